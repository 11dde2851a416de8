package org.partnershiphub.strategy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.strategy.ActionProposed;
import org.partnershiphub.strategy.PlanActions;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns proposals into plan actions, once each (the event may be delivered again after a restart). */
@Service
public class BusinessPlanActions implements PlanActions {

    public static final int PAGE_SIZE = 50;

    private final PlanActionRepository actions;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    BusinessPlanActions(PlanActionRepository actions, AuditTrail audit, Clock clock, JdbcTemplate jdbc) {
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ActionProposed proposal) {
        if (actions.existsBySourceTypeAndSourceId(proposal.sourceType(), proposal.sourceId())) {
            return;
        }
        PlanAction action = actions.save(new PlanAction(proposal.title(), proposal.leadAgencyId(), proposal.dueDate(),
                proposal.sourceType(), proposal.sourceReference(), proposal.sourceId(), clock.instant()));
        audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.CREATE, "PlanAction", action.getId())
                .withDetail("from " + proposal.sourceType() + " " + proposal.sourceId() + " (" + proposal.sourceReference() + ")"));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ActionSummary> forSources(String sourceType, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return actions.findBySourceTypeAndSourceIdIn(sourceType, sourceIds).stream()
                .collect(Collectors.toMap(PlanAction::getSourceId, a -> new ActionSummary(a.getId(), a.getTitle(), a.getDueDate(), a.getStatus().name())));
    }

    /** Source ids per query: well inside what either database takes as parameters. */
    static final int SOURCES_PER_QUERY = 1000;

    @Override
    @Transactional(readOnly = true)
    public Map<String, Integer> statusesAt(String sourceType, Collection<Long> sourceIds, LocalDate day) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(sourceIds);
        for (int start = 0; start < ids.size(); start += SOURCES_PER_QUERY) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + SOURCES_PER_QUERY));
            String in = " in (" + StatusAtEnd.placeholders(chunk.size()) + ")";
            List<Object> args = new ArrayList<>();
            args.add(StatusAtEnd.endOf(day));
            args.add(StatusAtEnd.endOf(day));
            args.add(sourceType);
            args.addAll(chunk);
            jdbc.query("select l.status, count(*) as n from plan_action a" + StatusAtEnd.LATEST_UPDATE
                    + " where a.source_type = ? and a.source_id" + in + " group by l.status", rs -> {
                String status = rs.getString("status");
                counts.merge(status == null ? ActionStatus.NOT_STARTED.name() : status, rs.getInt("n"), Integer::sum);
            }, args.toArray());
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<PlanAction> page(Long afterId) {
        return actions.page(afterId, Limit.of(PAGE_SIZE + 1));
    }
}
