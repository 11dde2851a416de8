package org.partnershiphub.reviews.internal;

import java.time.Clock;
import java.util.List;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.identity.Permissions.Access;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's safeguarding lead sees the summaries asked of their agency (reference, pseudonym, due date) and returns
 * them, without access to the restricted case file. Another agency's request is refused and audited.
 */
@Service
public class AgencySummaryReturns {

    public record Request(long id, String reference, String pseudonym, java.time.LocalDate dueDate, boolean returned, String summary) {
    }

    private final AgencySummaryRepository summaries;
    private final SeriousIncidentRepository incidents;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    AgencySummaryReturns(AgencySummaryRepository summaries, SeriousIncidentRepository incidents, Permissions permissions,
                         AuditTrail audit, Clock clock) {
        this.summaries = summaries;
        this.incidents = incidents;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    private Request view(AgencySummary summary) {
        SeriousIncident incident = incidents.findById(summary.getIncidentId()).orElseThrow();
        return new Request(summary.getId(), incident.getReference(), incident.getChildPseudonym(), summary.getDueDate(),
                summary.isReturned(), summary.getSummary());
    }

    @Transactional(readOnly = true)
    public List<Request> forMyAgency() {
        return summaries.findByAgencyIdOrderByDueDateAscIdAsc(CurrentUser.require().agencyId()).stream().map(this::view).toList();
    }

    @Transactional
    public Request request(long summaryId) {
        AgencySummary summary = summaries.findById(summaryId).orElseThrow(() -> new NotFoundException("summary"));
        permissions.check(Access.READ, summary);
        return view(summary);
    }

    @Transactional
    public void returnSummary(long summaryId, String text) {
        AgencySummary summary = summaries.findById(summaryId).orElseThrow(() -> new NotFoundException("summary"));
        permissions.check(Access.CHANGE, summary);
        SeriousIncident incident = incidents.findById(summary.getIncidentId()).orElseThrow();
        if (incident.getStage() != org.partnershiphub.reviews.Stage.RAPID_REVIEW) {
            throw new WorkflowRefusal("reviews.refusal.notInRapidReview");
        }
        summary.returned(text.strip(), CurrentUser.require().userId(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "AgencySummary", summaryId).withDetail("returned by the agency"));
    }
}
