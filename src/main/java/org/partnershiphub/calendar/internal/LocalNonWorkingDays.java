package org.partnershiphub.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's own non-working days, held in memory (a handful a year) and reloaded when they change. */
@Service
public class LocalNonWorkingDays {

    private final LocalNonWorkingDayRepository repository;
    private final AuditTrail audit;
    private final AtomicReference<Set<LocalDate>> cache = new AtomicReference<>();

    public LocalNonWorkingDays(LocalNonWorkingDayRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    boolean contains(LocalDate date) {
        Set<LocalDate> days = cache.get();
        if (days == null) {
            days = repository.findAll().stream().map(LocalNonWorkingDay::getDay).collect(Collectors.toUnmodifiableSet());
            cache.set(days);
        }
        return days.contains(date);
    }

    @Transactional(readOnly = true)
    public List<LocalNonWorkingDay> all() {
        return repository.findAllByOrderByDayAsc();
    }

    /** Adds a local non-working day; false when the day is already one. */
    @Transactional
    public boolean add(LocalDate day, String reason) {
        if (repository.existsById(day)) {
            return false;
        }
        repository.save(new LocalNonWorkingDay(day, reason.strip()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "LocalNonWorkingDay", day).withDetail("reason: " + reason.strip()));
        cache.set(null);
        return true;
    }

    @Transactional
    public void remove(LocalDate day) {
        if (repository.existsById(day)) {
            repository.deleteById(day);
            audit.record(AuditEvent.of(AuditAction.DELETE, "LocalNonWorkingDay", day));
            cache.set(null);
        }
    }
}
