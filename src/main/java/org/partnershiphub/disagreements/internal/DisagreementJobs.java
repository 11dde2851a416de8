package org.partnershiphub.disagreements.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour (by default): disagreements whose stage's time limit has passed move on to the next stage. */
@Component
class DisagreementJobs {

    private final Disagreements disagreements;

    DisagreementJobs(Disagreements disagreements) {
        this.disagreements = disagreements;
    }

    @Scheduled(cron = "${hub.disagreements.escalation-cron:0 10 * * * *}", zone = "Europe/London")
    void escalateOverdue() {
        disagreements.escalateOverdue();
    }
}
