package org.partnershiphub.strategy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spreadsheet imports into a plan: a checked reading waits (an hour at most) for the business unit to confirm it, then
 * its rows are saved in the background in one transaction, so progress can be shown and either every row is saved or
 * none is. Imports are kept in memory: an import in flight when the service stops is rolled back and can be repeated.
 */
@Service
public class PlanImports {

    private static final Logger log = LoggerFactory.getLogger(PlanImports.class);
    private static final Duration KEPT_FOR = Duration.ofHours(1);

    public enum State { READY, RUNNING, DONE, FAILED }

    /** One import: the reading, who made it, and how far saving has got. */
    public static final class Job {
        private final String id;
        private final long planId;
        private final long userId;
        private final String fileName;
        private final PlanSpreadsheets.Reading reading;
        private final byte[] content;
        private final boolean xlsx;
        private final Map<Integer, Integer> mapping;
        private final Instant createdAt;
        private final AtomicInteger saved = new AtomicInteger();
        private volatile State state;

        Job(String id, long planId, long userId, String fileName, PlanSpreadsheets.Reading reading, byte[] content, boolean xlsx,
            Map<Integer, Integer> mapping, Instant createdAt) {
            this.id = id;
            this.content = content;
            this.xlsx = xlsx;
            this.mapping = Map.copyOf(mapping);
            this.planId = planId;
            this.userId = userId;
            this.fileName = fileName;
            this.reading = reading;
            this.createdAt = createdAt;
            this.state = State.READY;
        }

        public String id() { return id; }
        public long planId() { return planId; }
        public String fileName() { return fileName; }
        public PlanSpreadsheets.Reading reading() { return reading; }
        public int saved() { return saved.get(); }
        /** The headings the user matched to columns: upload position to column index. */
        public Map<Integer, Integer> mapping() { return mapping; }
        public int total() { return reading.rows().size(); }
        public State state() { return state; }
        public int percent() { return total() == 0 ? 100 : saved.get() * 100 / total(); }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "plan-import");
        thread.setDaemon(true);
        return thread;
    });
    private final BusinessPlans plans;
    private final PlanSpreadsheets spreadsheets;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    PlanImports(BusinessPlans plans, PlanSpreadsheets spreadsheets, TransactionTemplate transactions, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.spreadsheets = spreadsheets;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads an upload and keeps the reading (and the file, to read again with matched columns) for the person to confirm. */
    public Job hold(long planId, String fileName, byte[] content, boolean xlsx) {
        return hold(planId, fileName, content, xlsx, Map.of());
    }

    private Job hold(long planId, String fileName, byte[] content, boolean xlsx, Map<Integer, Integer> mapping) {
        PlanSpreadsheets.Reading reading = spreadsheets.read(planId, content, xlsx, mapping);
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.createdAt.plus(KEPT_FOR).isBefore(now) && job.state != State.RUNNING);
        Job job = new Job(UUID.randomUUID().toString(), planId, CurrentUser.require().userId(), fileName, reading, content, xlsx,
                mapping, now);
        jobs.put(job.id, job);
        return job;
    }

    /**
     * Reads a waiting import's file again with the headings the user matched to the product's columns (upload position
     * to column index, negative to leave one out), as a new import to check; the earlier one is dropped.
     */
    public Job remap(Job job, Map<Integer, Integer> mapping) {
        if (job.state != State.READY) {
            return job;
        }
        Map<Integer, Integer> all = new HashMap<>(job.mapping);
        all.putAll(mapping);
        Job again = hold(job.planId, job.fileName, job.content, job.xlsx, all);
        jobs.remove(job.id);
        return again;
    }

    /** The import, only for the person who made it and the plan it was made for. */
    public Optional<Job> find(long planId, String jobId) {
        long userId = CurrentUser.require().userId();
        return Optional.ofNullable(jobs.get(jobId)).filter(job -> job.planId == planId && job.userId == userId);
    }

    /** Starts saving a ready import; does nothing when it has problems or has already started. */
    public synchronized boolean start(Job job) {
        return start(job, false);
    }

    /**
     * Starts saving; with {@code goodRowsOnly} the rows without problems go in although others have some (the user
     * takes the others away as a spreadsheet to fix). Does nothing when nothing can be saved or it has already started.
     */
    public synchronized boolean start(Job job, boolean goodRowsOnly) {
        if (job.state != State.READY || job.reading.nothingToSave() || !job.reading.problems().isEmpty() && !goodRowsOnly) {
            return false;
        }
        job.state = State.RUNNING;
        worker.submit(new DelegatingSecurityContextRunnable(() -> run(job)));
        return true;
    }

    /** Adds the new priorities, then the new outcomes, then the actions under them, all or none. */
    private void run(Job job) {
        PlanSpreadsheets.Reading reading = job.reading;
        try {
            transactions.executeWithoutResult(status -> {
                Map<String, Long> priorityIds = new HashMap<>();
                plans.priorities(job.planId).forEach(p -> priorityIds.put(key(p.getCode()), p.getId()));
                for (PlanSpreadsheets.NewPriority priority : reading.newPriorities()) {
                    priorityIds.put(key(priority.details().code()), plans.addPriority(job.planId, priority.details()).getId());
                }
                Map<String, Long> outcomeIds = new HashMap<>();
                plans.outcomes(job.planId).forEach(o -> outcomeIds.putIfAbsent(o.getPriorityId() + "\n" + key(o.getTitle()), o.getId()));
                for (PlanSpreadsheets.NewOutcome outcome : reading.newOutcomes()) {
                    long priorityId = priorityIds.get(key(outcome.priorityCode()));
                    outcomeIds.putIfAbsent(priorityId + "\n" + key(outcome.title()),
                            plans.addOutcome(job.planId, priorityId, outcome.title()).getId());
                }
                for (PlanSpreadsheets.ImportRow row : reading.rows()) {
                    Long priorityId = row.priorityCode().isEmpty() ? null : priorityIds.get(key(row.priorityCode()));
                    Long outcomeId = row.outcome().isEmpty() ? null : outcomeIds.get(priorityId + "\n" + key(row.outcome()));
                    plans.addAction(job.planId, row.details().underPriority(priorityId), outcomeId);
                    job.saved.incrementAndGet();
                }
                audit.record(AuditEvent.of(AuditAction.CREATE, "PlanImport", job.planId)
                        .withDetail(job.total() + " actions, " + reading.newPriorities().size() + " priorities and "
                                + reading.newOutcomes().size() + " outcomes imported"));
            });
            job.state = State.DONE;
        } catch (RuntimeException e) {
            log.warn("Plan import into plan {} failed and was rolled back", job.planId, e);
            job.saved.set(0);
            job.state = State.FAILED;
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(java.util.Locale.UK);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
