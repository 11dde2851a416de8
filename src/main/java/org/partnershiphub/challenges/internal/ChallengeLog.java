package org.partnershiphub.challenges.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the challenge log: the business unit records and updates entries, the challenged agency's safeguarding lead
 * records the response to a challenge addressed to their agency, and the partnership's leaders and the independent
 * scrutineer read it. Every view, change, export and refusal is written to the audit trail.
 */
@Service
public class ChallengeLog {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Who may read the whole log and its report. */
    public static final Set<Role> READERS = Set.of(Role.LEAD_PARTNER, Role.EXECUTIVE_MEMBER, Role.INDEPENDENT_SCRUTINEER,
            Role.BUSINESS_UNIT);

    /** What the business unit records about a challenge when it is raised. */
    public record Details(LocalDate raisedOn, Long raisedByPersonId, Long raisedByAgencyId, Long challengedAgencyId,
                          Long challengedPersonId, Long forumGroupId, String forumOther, String issue, LocalDate responseDue,
                          String evidenceLink) {
    }

    /** Where the challenge stands: the response, the status, the outcome and the impact. */
    public record Progress(String response, LocalDate respondedOn, ChallengeStatus status, String outcome, String impact) {
    }

    /** The log's filters; null or false means "any". */
    public record Filter(ChallengeStatus status, Long agencyId, Long forumGroupId, boolean otherForum, boolean overdueOnly, String text) {

        public static final Filter NONE = new Filter(null, null, null, false, false, null);

        boolean isEmpty() {
            return equals(NONE) || (status == null && agencyId == null && forumGroupId == null && !otherForum && !overdueOnly
                    && (text == null || text.isBlank()));
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (status != null) {
                parts.add("status=" + status);
            }
            if (agencyId != null) {
                parts.add("agency=" + agencyId);
            }
            if (forumGroupId != null) {
                parts.add("forum=" + forumGroupId);
            }
            if (otherForum) {
                parts.add("forum=other");
            }
            if (overdueOnly) {
                parts.add("overdue");
            }
            if (text != null && !text.isBlank()) {
                parts.add("text search");
            }
            return String.join(" ", parts);
        }
    }

    /** A count of challenges to one agency, by status. */
    public record AgencyLine(Long agencyId, long open, long responseReceived, long closedResolved, long closedEscalated, long overdue) {

        public long total() {
            return open + responseReceived + closedResolved + closedEscalated;
        }
    }

    /** What the Executive is told: counts by status, overdue responses, challenges by agency, and what recently closed. */
    public record Report(LocalDate today, Map<ChallengeStatus, Long> byStatus, long total, List<ChallengeLogEntry> overdue,
                         List<AgencyLine> byAgency, List<ChallengeLogEntry> recentlyClosed) {

        public long count(ChallengeStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    private final ChallengeLogEntryRepository entries;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;

    ChallengeLog(ChallengeLogEntryRepository entries, AuditTrail audit, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                 Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Today in England. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    @Transactional
    public ChallengeLogEntry record(Details details) {
        String reference = nextReference(details.raisedOn().getYear());
        ChallengeLogEntry entry = entries.save(new ChallengeLogEntry(reference, details, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ChallengeLogEntry.RECORD_TYPE, entry.getId())
                .withDetail(reference + " to agency " + entry.getChallengedAgencyId()));
        return entry;
    }

    /** The business unit's changes to an entry, refused as stale when someone saved it since the form was opened. */
    @Transactional
    public ChallengeLogEntry amend(long id, long version, Details details, Progress progress) {
        ChallengeLogEntry entry = find(id);
        if (entry.getVersion() != version) {
            throw new OptimisticLockingFailureException("challenge " + id + " changed since version " + version);
        }
        ChallengeStatus before = entry.getStatus();
        entry.describe(details, clock.instant());
        entry.progress(progress, CurrentUser.find().map(HubPrincipal::userId).orElse(null), today(), clock.instant());
        entries.saveAndFlush(entry);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ChallengeLogEntry.RECORD_TYPE, id)
                .withDetail(entry.getReference() + " status: " + before + " -> " + entry.getStatus()));
        return entry;
    }

    /** The challenged agency's response, recorded by its safeguarding lead (or the business unit on their behalf). */
    @Transactional
    public ChallengeLogEntry respond(long id, long version, String response, LocalDate respondedOn) {
        ChallengeLogEntry entry = find(id);
        HubPrincipal user = CurrentUser.require();
        refuseUnless(mayRespond(user, entry), entry, AuditAction.UPDATE, "response: not addressed to their agency");
        if (entry.getVersion() != version) {
            throw new OptimisticLockingFailureException("challenge " + id + " changed since version " + version);
        }
        ChallengeStatus before = entry.getStatus();
        entry.respond(response, respondedOn, user.userId(), clock.instant());
        entries.saveAndFlush(entry);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ChallengeLogEntry.RECORD_TYPE, id)
                .withDetail(entry.getReference() + " response recorded; status: " + before + " -> " + entry.getStatus()));
        return entry;
    }

    /** An entry to read: the log's readers see every entry, an agency lead those addressed to their agency. */
    @Transactional
    public ChallengeLogEntry view(long id) {
        ChallengeLogEntry entry = find(id);
        HubPrincipal user = CurrentUser.require();
        refuseUnless(mayRead(user, entry), entry, AuditAction.VIEW, "not addressed to their agency");
        audit.record(AuditEvent.of(AuditAction.VIEW, ChallengeLogEntry.RECORD_TYPE, id));
        return entry;
    }

    /** An entry opened to record its response: only by those who may respond. */
    @Transactional
    public ChallengeLogEntry forResponse(long id) {
        ChallengeLogEntry entry = answerable(id);
        audit.record(AuditEvent.of(AuditAction.VIEW, ChallengeLogEntry.RECORD_TYPE, id).withDetail("response form"));
        return entry;
    }

    /** An entry the signed-in person may answer; anyone else is refused (403) and the attempt is recorded. */
    @Transactional
    public ChallengeLogEntry answerable(long id) {
        ChallengeLogEntry entry = find(id);
        refuseUnless(mayRespond(CurrentUser.require(), entry), entry, AuditAction.UPDATE, "response: not addressed to their agency");
        return entry;
    }

    /** An entry opened for editing by the business unit. */
    @Transactional
    public ChallengeLogEntry forEdit(long id) {
        ChallengeLogEntry entry = find(id);
        audit.record(AuditEvent.of(AuditAction.VIEW, ChallengeLogEntry.RECORD_TYPE, id).withDetail("edit form"));
        return entry;
    }

    public boolean mayRead(HubPrincipal user, ChallengeLogEntry entry) {
        return READERS.stream().anyMatch(user::hasRole) || isChallengedAgencyLead(user, entry);
    }

    public boolean mayRespond(HubPrincipal user, ChallengeLogEntry entry) {
        return user.hasRole(Role.BUSINESS_UNIT) || isChallengedAgencyLead(user, entry);
    }

    private static boolean isChallengedAgencyLead(HubPrincipal user, ChallengeLogEntry entry) {
        return user.hasRole(Role.AGENCY_LEAD) && entry.getChallengedAgencyId() != null
                && entry.getChallengedAgencyId() == user.agencyId();
    }

    private void refuseUnless(boolean allowed, ChallengeLogEntry entry, AuditAction attempted, String why) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, ChallengeLogEntry.RECORD_TYPE, entry.recordId(), AuditOutcome.DENIED, null,
                    attempted + " " + why));
            throw Permissions.deniedAfterAudit();
        }
    }

    private ChallengeLogEntry find(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("challenge"));
    }

    /** A page of the log, newest first, after (older than) the entry {@code beforeId}; one more than asked shows a next page. */
    @Transactional
    public List<ChallengeLogEntry> page(Filter filter, Long beforeId, int limit) {
        Specification<ChallengeLogEntry> spec = matching(filter);
        if (beforeId != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("id"), beforeId));
        }
        List<ChallengeLogEntry> found = entries.findBy(spec, q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit).all());
        if (!filter.isEmpty() || beforeId != null) {
            audit.record(AuditEvent.of(AuditAction.SEARCH, ChallengeLogEntry.RECORD_TYPE, null).withDetail(filter.describe()));
        }
        return found;
    }

    /** Every entry matching the filter, newest first, for the CSV export (written to the audit trail). */
    @Transactional
    public List<ChallengeLogEntry> export(Filter filter) {
        List<ChallengeLogEntry> found = entries.findAll(matching(filter), Sort.by(Sort.Direction.DESC, "id"));
        audit.record(AuditEvent.of(AuditAction.EXPORT, ChallengeLogEntry.RECORD_TYPE, null)
                .withDetail(found.size() + " entries " + filter.describe()));
        return found;
    }

    private Specification<ChallengeLogEntry> matching(Filter filter) {
        LocalDate today = today();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.agencyId() != null) {
                where.add(cb.equal(root.get("challengedAgencyId"), filter.agencyId()));
            }
            if (filter.forumGroupId() != null) {
                where.add(cb.equal(root.get("forumGroupId"), filter.forumGroupId()));
            }
            if (filter.otherForum()) {
                where.add(cb.isNull(root.get("forumGroupId")));
            }
            if (filter.overdueOnly()) {
                where.add(cb.equal(root.get("status"), ChallengeStatus.OPEN));
                where.add(cb.lessThan(root.get("responseDue"), today));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.like(cb.lower(root.get("issue")), pattern, '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @Transactional
    public Report report() {
        audit.record(AuditEvent.of(AuditAction.VIEW, "ChallengeLogReport", null));
        LocalDate today = today();
        Map<ChallengeStatus, Long> byStatus = new EnumMap<>(ChallengeStatus.class);
        for (ChallengeStatus status : ChallengeStatus.values()) {
            byStatus.put(status, 0L);
        }
        long total = 0;
        for (Object[] row : entries.countByStatus()) {
            byStatus.put((ChallengeStatus) row[0], (Long) row[1]);
            total += (Long) row[1];
        }
        List<ChallengeLogEntry> overdue = entries.overdue(today);
        Map<Long, long[]> agencies = new LinkedHashMap<>();
        for (Object[] row : entries.countByAgencyAndStatus()) {
            long[] counts = agencies.computeIfAbsent((Long) row[0], k -> new long[5]);
            counts[((ChallengeStatus) row[1]).ordinal()] += (Long) row[2];
        }
        for (ChallengeLogEntry late : overdue) {
            agencies.computeIfAbsent(late.getChallengedAgencyId(), k -> new long[5])[4]++;
        }
        List<AgencyLine> byAgency = agencies.entrySet().stream()
                .map(e -> new AgencyLine(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                .toList();
        return new Report(today, byStatus, total, overdue, byAgency, entries.recentlyClosed(Limit.of(10)));
    }

    public long overdueCount() {
        return entries.countOverdue(today());
    }

    public long awaitingResponse(long agencyId) {
        return entries.countAwaitingResponse(agencyId);
    }

    /** The challenges addressed to an agency, newest first: its safeguarding lead's list. */
    @Transactional
    public List<ChallengeLogEntry> addressedTo(long agencyId) {
        audit.record(AuditEvent.of(AuditAction.SEARCH, ChallengeLogEntry.RECORD_TYPE, null).withDetail("addressed to agency " + agencyId));
        return entries.addressedTo(agencyId, Limit.of(200));
    }

    public long count() {
        return entries.count();
    }

    /**
     * The next reference of the year, e.g. CH-2026-004. The year's counter row is created (in its own transaction, so a
     * clash with another first entry of the year leaves this one untouched) and then locked by the update that takes the
     * number until this transaction ends.
     */
    private String nextReference(int year) {
        separately.executeWithoutResult(status -> {
            try {
                jdbc.update("insert into challenge_reference_counter (ref_year, last_number) select ?, 0 where not exists "
                        + "(select 1 from challenge_reference_counter where ref_year = ?)", year, year);
            } catch (DuplicateKeyException createdAtTheSameMoment) {
                status.setRollbackOnly();
            }
        });
        jdbc.update("update challenge_reference_counter set last_number = last_number + 1 where ref_year = ?", year);
        Integer number = jdbc.queryForObject("select last_number from challenge_reference_counter where ref_year = ?", Integer.class, year);
        return "CH-%d-%03d".formatted(year, Objects.requireNonNull(number));
    }
}
