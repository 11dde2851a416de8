package org.partnershiphub.strategy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
        private final Instant createdAt;
        private final AtomicInteger saved = new AtomicInteger();
        private volatile State state;

        Job(String id, long planId, long userId, String fileName, PlanSpreadsheets.Reading reading, Instant createdAt) {
            this.id = id;
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
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    PlanImports(BusinessPlans plans, TransactionTemplate transactions, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps a reading for the signed-in person to confirm. */
    public Job hold(long planId, String fileName, PlanSpreadsheets.Reading reading) {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.createdAt.plus(KEPT_FOR).isBefore(now) && job.state != State.RUNNING);
        Job job = new Job(UUID.randomUUID().toString(), planId, CurrentUser.require().userId(), fileName, reading, now);
        jobs.put(job.id, job);
        return job;
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
        if (job.state != State.READY || job.reading.rows().isEmpty() || !job.reading.problems().isEmpty() && !goodRowsOnly) {
            return false;
        }
        job.state = State.RUNNING;
        worker.submit(new DelegatingSecurityContextRunnable(() -> run(job)));
        return true;
    }

    private void run(Job job) {
        try {
            transactions.executeWithoutResult(status -> {
                for (PlanSpreadsheets.ImportRow row : job.reading.rows()) {
                    plans.addAction(job.planId, row.details());
                    job.saved.incrementAndGet();
                }
                audit.record(AuditEvent.of(AuditAction.CREATE, "PlanImport", job.planId)
                        .withDetail(job.total() + " actions imported"));
            });
            job.state = State.DONE;
        } catch (RuntimeException e) {
            log.warn("Plan import into plan {} failed and was rolled back", job.planId, e);
            job.saved.set(0);
            job.state = State.FAILED;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
