package org.partnershiphub.disagreements.internal;

import java.util.List;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's escalation stages, kept by the business unit. A change applies to stages disagreements reach from
 * then on; a stage already reached keeps the name, limit and lead it had.
 */
@Service
public class EscalationPolicy {

    public record StageDetails(int position, String name, int workingDays, Long leadId, String guidance) {
    }

    private final StageRepository stages;
    private final AuditTrail audit;

    EscalationPolicy(StageRepository stages, AuditTrail audit) {
        this.stages = stages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EscalationStage> stages() {
        return stages.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public EscalationStage stage(long id) {
        return stages.findById(id).orElseThrow(() -> new NotFoundException("stage"));
    }

    /** Whether another stage (not {@code exceptId}) already has this place in the order. */
    @Transactional(readOnly = true)
    public boolean positionTaken(int position, Long exceptId) {
        return stages.findByPosition(position).filter(s -> !s.getId().equals(exceptId)).isPresent();
    }

    @Transactional
    public EscalationStage add(StageDetails details) {
        if (positionTaken(details.position(), null)) {
            throw new DisagreementRefused("stage.error.positionTaken");
        }
        EscalationStage stage = stages.save(new EscalationStage(details.position(), details.name(), details.workingDays(), details.leadId(),
                details.guidance()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "DisagreementStage", stage.getId()).withDetail(describe(details)));
        return stage;
    }

    @Transactional
    public void change(long id, long expectedVersion, StageDetails details) {
        EscalationStage stage = stage(id);
        if (stage.getVersion() != expectedVersion) {
            throw new DisagreementRefused("error.stale");
        }
        if (positionTaken(details.position(), id)) {
            throw new DisagreementRefused("stage.error.positionTaken");
        }
        String before = describe(new StageDetails(stage.getPosition(), stage.getName(), stage.getWorkingDays(), stage.getLeadId(), null));
        stage.change(details.position(), details.name(), details.workingDays(), details.leadId(), details.guidance());
        stages.saveAndFlush(stage);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "DisagreementStage", id).withDetail(before + " -> " + describe(details)));
    }

    private static String describe(StageDetails d) {
        return "order " + d.position() + ", " + d.workingDays() + " working days, lead " + d.leadId();
    }
}
