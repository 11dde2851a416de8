package org.partnershiphub.strategy.internal;

import java.time.Clock;
import java.util.Collection;
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

    BusinessPlanActions(PlanActionRepository actions, AuditTrail audit, Clock clock) {
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
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

    @Transactional(readOnly = true)
    public List<PlanAction> page(Long afterId) {
        return actions.page(afterId, Limit.of(PAGE_SIZE + 1));
    }
}
