package org.partnershiphub.voice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what children, families and practitioners said and what the partnership did about it. The business unit records,
 * changes and publishes; the partnership's leaders, the independent scrutineer and subgroup members read. Every view,
 * search, export and change is written to the audit trail; anyone else is refused and the refusal recorded.
 */
@Service
public class VoiceRecords {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Who reads the records (the public reads only the published pairs, in plain words). */
    public static final java.util.Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;

    /** What is recorded about one thing heard; blank optional fields are kept as blanks. */
    public record Details(VoiceItem.HeardFrom heardFrom, VoiceItem.Source source, String sourceDetail, String theme, LocalDate heardOn,
                          String said, String response, LocalDate respondedOn, VoiceItem.LinkKind linkKind, String linkPath,
                          String publicSaid, String publicDid) {
    }

    /** The list's filters; null or false means "any". */
    public record Filter(VoiceItem.HeardFrom heardFrom, VoiceItem.Source source, boolean awaitingOnly, String text) {

        public static final Filter NONE = new Filter(null, null, false, null);

        boolean isEmpty() {
            return heardFrom == null && source == null && !awaitingOnly && (text == null || text.isBlank());
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (heardFrom != null) {
                parts.add("heardFrom=" + heardFrom);
            }
            if (source != null) {
                parts.add("source=" + source);
            }
            if (awaitingOnly) {
                parts.add("awaiting response");
            }
            if (text != null && !text.isBlank()) {
                parts.add("text search");
            }
            return String.join(" ", parts);
        }
    }

    private final VoiceItemRepository items;
    private final AuditTrail audit;
    private final Clock clock;

    VoiceRecords(VoiceItemRepository items, AuditTrail audit, Clock clock) {
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    @Transactional
    public VoiceItem record(HubPrincipal actor, Details details) {
        refuseUnlessManager(actor, null, AuditAction.CREATE);
        check(details);
        VoiceItem item = items.save(new VoiceItem(details, actor.userId(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, VoiceItem.RECORD_TYPE, item.getId())
                .withDetail(details.heardFrom() + " via " + details.source()));
        return item;
    }

    /** The business unit's changes, refused as stale when someone saved the record since the form was opened. */
    @Transactional
    public VoiceItem amend(HubPrincipal actor, long id, long version, Details details) {
        VoiceItem item = find(id);
        refuseUnlessManager(actor, id, AuditAction.UPDATE);
        if (item.getVersion() != version) {
            throw new OptimisticLockingFailureException("voice item " + id + " changed since version " + version);
        }
        check(details);
        item.describe(details, clock.instant());
        items.saveAndFlush(item);
        audit.record(AuditEvent.of(AuditAction.UPDATE, VoiceItem.RECORD_TYPE, id).withDetail(item.isPublished() ? "published pair changed" : "changed"));
        return item;
    }

    @Transactional
    public VoiceItem publish(HubPrincipal actor, long id) {
        VoiceItem item = find(id);
        refuseUnlessManager(actor, id, AuditAction.UPDATE);
        item.publish(today(), clock.instant());
        items.saveAndFlush(item);
        audit.record(AuditEvent.of(AuditAction.UPDATE, VoiceItem.RECORD_TYPE, id).withDetail("published on you said, we did"));
        return item;
    }

    @Transactional
    public VoiceItem unpublish(HubPrincipal actor, long id) {
        VoiceItem item = find(id);
        refuseUnlessManager(actor, id, AuditAction.UPDATE);
        item.unpublish(clock.instant());
        items.saveAndFlush(item);
        audit.record(AuditEvent.of(AuditAction.UPDATE, VoiceItem.RECORD_TYPE, id).withDetail("taken off you said, we did"));
        return item;
    }

    /** A record to read (audited). */
    @Transactional
    public VoiceItem view(HubPrincipal actor, long id) {
        VoiceItem item = find(id);
        refuseUnless(mayRead(actor), id, AuditAction.VIEW);
        audit.record(AuditEvent.of(AuditAction.VIEW, VoiceItem.RECORD_TYPE, id));
        return item;
    }

    /** A record opened for changing by the business unit (audited). */
    @Transactional
    public VoiceItem forEdit(HubPrincipal actor, long id) {
        VoiceItem item = find(id);
        refuseUnlessManager(actor, id, AuditAction.UPDATE);
        audit.record(AuditEvent.of(AuditAction.VIEW, VoiceItem.RECORD_TYPE, id).withDetail("edit form"));
        return item;
    }

    public static boolean mayRead(HubPrincipal actor) {
        return READERS.stream().anyMatch(actor::hasRole);
    }

    public static boolean mayManage(HubPrincipal actor) {
        return actor.hasRole(Role.BUSINESS_UNIT);
    }

    /** A page of records, newest heard first (by id), older than {@code beforeId}; one more than asked shows a next page. */
    @Transactional
    public List<VoiceItem> page(HubPrincipal actor, Filter filter, Long beforeId, int limit) {
        refuseUnless(mayRead(actor), null, AuditAction.SEARCH);
        Specification<VoiceItem> spec = matching(filter);
        if (beforeId != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("id"), beforeId));
        }
        List<VoiceItem> found = items.findBy(spec, q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit).all());
        audit.record(AuditEvent.of(AuditAction.SEARCH, VoiceItem.RECORD_TYPE, null).withDetail(filter.describe()));
        return found;
    }

    /** Every record matching the filter for the CSV export (audited). */
    @Transactional
    public List<VoiceItem> export(HubPrincipal actor, Filter filter) {
        refuseUnless(mayRead(actor), null, AuditAction.EXPORT);
        List<VoiceItem> found = items.findAll(matching(filter), Sort.by(Sort.Direction.DESC, "id"));
        audit.record(AuditEvent.of(AuditAction.EXPORT, VoiceItem.RECORD_TYPE, null).withDetail(found.size() + " records " + filter.describe()));
        return found;
    }

    /** The published pairs for the public page: plain words only, by theme. */
    @Transactional(readOnly = true)
    public List<VoiceItem> published() {
        return items.publishedPairs();
    }

    public long awaitingResponse() {
        return items.countAwaitingResponse();
    }

    public long count() {
        return items.count();
    }

    private Specification<VoiceItem> matching(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.heardFrom() != null) {
                where.add(cb.equal(root.get("heardFrom"), filter.heardFrom()));
            }
            if (filter.source() != null) {
                where.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.awaitingOnly()) {
                where.add(cb.isNull(root.get("response")));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("said")), pattern, '\\'), cb.like(cb.lower(root.get("theme")), pattern, '\\'),
                        cb.like(cb.lower(root.get("response")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The rules a record keeps on every path, all refused together: when it was heard and answered, and where the answer is recorded. */
    private void check(Details d) {
        FieldRefusals.Collector refusals = new FieldRefusals.Collector();
        collectProblems(d, refusals);
        refusals.throwIfAny();
    }

    /**
     * The same rules for a form that could not read all it was sent (a date that is not a real date): what else is
     * wrong, so the person sees every problem at once. Fields given as null because they could not be read are skipped.
     */
    public List<FieldRefusals.Refusal> problems(Details d, Set<String> unreadable) {
        FieldRefusals.Collector refusals = new FieldRefusals.Collector();
        collectProblems(d, refusals);
        return refusals.found().stream().filter(r -> !unreadable.contains(r.field())).toList();
    }

    private void collectProblems(Details d, FieldRefusals.Collector refusals) {
        LocalDate today = today();
        if (d.heardFrom() == null) {
            refusals.reject("heardFrom", "voice.error.heardFrom");
        }
        if (d.source() == null) {
            refusals.reject("source", "voice.error.source");
        }
        if (d.heardOn() == null) {
            refusals.reject("heardOn", "voice.error.heardOn");
        } else if (d.heardOn().isAfter(today)) {
            refusals.reject("heardOn", "voice.error.heardOnFuture");
        }
        if (d.said() == null || d.said().isBlank()) {
            refusals.reject("said", "voice.error.said");
        }
        if (d.respondedOn() != null) {
            if (d.respondedOn().isAfter(today)) {
                refusals.reject("respondedOn", "voice.error.respondedOnFuture");
            } else if (d.heardOn() != null && d.respondedOn().isBefore(d.heardOn())) {
                refusals.reject("respondedOn", "voice.error.respondedBeforeHeard");
            }
            if (d.response() == null || d.response().isBlank()) {
                refusals.reject("response", "voice.error.responseForDate");
            }
        }
        String path = d.linkPath() == null ? "" : d.linkPath().strip();
        if (!path.isEmpty()) {
            if (d.linkKind() == null) {
                refusals.reject("linkKind", "voice.error.linkKind");
            } else if (!isProductPath(path) || !path.startsWith(d.linkKind().prefix())) {
                refusals.reject("linkPath", "voice.error.linkPath", d.linkKind().prefix());
            }
        }
    }

    /** An address inside the product: starts with one slash, no scheme or host, nothing that could run as script. */
    static boolean isProductPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && path.length() <= 300
                && path.chars().allMatch(c -> c > 32 && c < 127 && c != '"' && c != '<' && c != '>' && c != '\'');
    }

    private void refuseUnlessManager(HubPrincipal actor, Long id, AuditAction attempted) {
        refuseUnless(mayManage(actor), id, attempted);
    }

    private void refuseUnless(boolean allowed, Long id, AuditAction attempted) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, VoiceItem.RECORD_TYPE, id == null ? null : String.valueOf(id), AuditOutcome.DENIED,
                    null, attempted + " voice record"));
            throw Permissions.deniedAfterAudit();
        }
    }

    private VoiceItem find(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("voice"));
    }
}
