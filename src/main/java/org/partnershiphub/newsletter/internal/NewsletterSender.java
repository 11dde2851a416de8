package org.partnershiphub.newsletter.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through queued deliveries in the background, a batch every few seconds. Each delivery is claimed (QUEUED to
 * SENDING, committed) before its email goes and marked SENT or BOUNCED after, so a restart resumes with what is still
 * queued and never sends anyone the same issue twice: a delivery found claimed at start-up was cut off mid-send and is
 * marked INTERRUPTED, not sent again. When the mail server cannot be reached the delivery goes back to the queue with
 * the reason, and the batch stops until the next run. A bounce stops every later sending to that subscriber.
 */
@Component
class NewsletterSender {

    private static final Logger log = LoggerFactory.getLogger(NewsletterSender.class);
    static final int BATCH = 50;

    private final IssueRepository issues;
    private final SubscriberRepository subscribers;
    private final NewsletterMail mail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NewsletterSender(IssueRepository issues, SubscriberRepository subscribers, NewsletterMail mail, JdbcTemplate jdbc,
                     TransactionTemplate transactions, Clock clock) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Deliveries claimed when the application last stopped: their emails may or may not have gone, so none is sent again. */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        int interrupted = jdbc.update("update newsletter_delivery set status = 'INTERRUPTED', detail = ? where status = 'SENDING'",
                "The application stopped while this email was being sent; it is not sent again so nobody receives the issue twice.");
        if (interrupted > 0) {
            log.warn("{} newsletter emails were being sent when the application stopped; marked interrupted, not resent", interrupted);
        }
    }

    @Scheduled(fixedDelayString = "${hub.newsletter.send-every:2s}", initialDelayString = "${hub.newsletter.send-every:2s}")
    public void sendQueued() {
        for (Issue issue : transactions.execute(status -> issues.findBySendStatus(Issue.SendStatus.SENDING))) {
            try {
                sendBatch(issue.getId());
            } catch (RuntimeException e) {
                log.warn("Newsletter issue {}: sending stopped for now: {}", issue.getId(), e.toString());
            }
        }
    }

    /** Sends up to one batch of an issue's queued deliveries; returns how many were sent or bounced. */
    int sendBatch(long issueId) {
        Issue issue = transactions.execute(status -> {
            Issue found = issues.findById(issueId).orElseThrow();
            found.sections();
            return found;
        });
        List<long[]> queued = jdbc.query("select id, subscriber_id from newsletter_delivery where issue_id = ? and status = 'QUEUED' order by id limit ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, issueId, BATCH);
        int done = 0;
        for (long[] delivery : queued) {
            Timestamp now = Timestamp.from(clock.instant());
            if (jdbc.update("update newsletter_delivery set status = 'SENDING', attempted_at = ? where id = ? and status = 'QUEUED'", now, delivery[0]) != 1) {
                continue; // another run claimed it
            }
            Subscriber subscriber = subscribers.findById(delivery[1]).orElse(null);
            if (subscriber == null || subscriber.getStatus() != Subscriber.Status.CONFIRMED) {
                jdbc.update("update newsletter_delivery set status = 'BOUNCED', detail = ? where id = ?",
                        "Not sent: the subscriber left the list before this email went", delivery[0]);
                done++;
                continue;
            }
            NewsletterMail.Result result = mail.sendIssue(issue, subscriber);
            switch (result.outcome()) {
                case SENT -> jdbc.update("update newsletter_delivery set status = 'SENT', detail = null where id = ?", delivery[0]);
                case BOUNCED -> {
                    jdbc.update("update newsletter_delivery set status = 'BOUNCED', detail = ? where id = ?", result.detail(), delivery[0]);
                    jdbc.update("update newsletter_subscriber set status = 'BOUNCED', bounced_at = ?, bounce_detail = ?, version = version + 1 "
                            + "where id = ? and status = 'CONFIRMED'", now, result.detail(), subscriber.getId());
                }
                case RETRY -> {
                    jdbc.update("update newsletter_delivery set status = 'QUEUED', detail = ? where id = ?", result.detail(), delivery[0]);
                    return done;
                }
            }
            done++;
        }
        Long left = jdbc.queryForObject("select count(*) from newsletter_delivery where issue_id = ? and status in ('QUEUED', 'SENDING')",
                Long.class, issueId);
        if (left != null && left == 0) {
            transactions.executeWithoutResult(status -> {
                Issue current = issues.findById(issueId).orElseThrow();
                current.finishSending(clock.instant());
                issues.saveAndFlush(current);
            });
        }
        return done;
    }
}
