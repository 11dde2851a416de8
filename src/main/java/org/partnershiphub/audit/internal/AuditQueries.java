package org.partnershiphub.audit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches the audit trail by person, record, action and date, newest first, a page at a time (keyset on seq). */
@Service
public class AuditQueries {

    public static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;

    private final AuditEntryRepository entries;

    AuditQueries(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public record Filter(Long personId, String recordType, String recordId, String action, LocalDate from, LocalDate to) {

        public String describe() {
            List<String> parts = new ArrayList<>();
            if (personId != null) parts.add("person " + personId);
            if (recordType != null && !recordType.isBlank()) parts.add("type " + recordType);
            if (recordId != null && !recordId.isBlank()) parts.add("record " + recordId);
            if (action != null && !action.isBlank()) parts.add("action " + action);
            if (from != null) parts.add("from " + from);
            if (to != null) parts.add("to " + to);
            return parts.isEmpty() ? "all entries" : String.join("; ", parts);
        }
    }

    private static Specification<AuditEntry> matching(Filter filter, Long beforeSeq) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.personId() != null) where.add(cb.equal(root.get("actorUserId"), filter.personId()));
            if (filter.recordType() != null && !filter.recordType().isBlank()) where.add(cb.equal(root.get("recordType"), filter.recordType().strip()));
            if (filter.recordId() != null && !filter.recordId().isBlank()) where.add(cb.equal(root.get("recordId"), filter.recordId().strip()));
            if (filter.action() != null && !filter.action().isBlank()) where.add(cb.equal(root.get("action"), filter.action().strip()));
            if (filter.from() != null) where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
            if (filter.to() != null) where.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            if (beforeSeq != null) where.add(cb.lessThan(root.get("seq"), beforeSeq));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> page(Filter filter, Long beforeSeq) {
        return entries.findAll(matching(filter, beforeSeq), PageRequest.of(0, PAGE_SIZE + 1, Sort.by(Sort.Direction.DESC, "seq"))).getContent();
    }

    /** Every matching entry, newest first, up to a limit, a batch at a time. */
    @Transactional(readOnly = true)
    public void forEach(Filter filter, Consumer<AuditEntry> consumer) {
        Long before = null;
        int sent = 0;
        while (sent < EXPORT_LIMIT) {
            List<AuditEntry> batch = entries.findAll(matching(filter, before), PageRequest.of(0, 1_000, Sort.by(Sort.Direction.DESC, "seq"))).getContent();
            if (batch.isEmpty()) {
                return;
            }
            for (AuditEntry entry : batch) {
                consumer.accept(entry);
                sent++;
            }
            before = batch.get(batch.size() - 1).getSeq();
        }
    }

    @Transactional(readOnly = true)
    public long count() {
        return entries.count();
    }
}
