package org.partnershiphub.training.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The waiting list's clock, every few minutes: offers not accepted in time, and places held for a manager who did not
 * approve in time, pass to the next person.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingRules.class)
class TrainingJobs {

    private final Bookings bookings;

    TrainingJobs(Bookings bookings) {
        this.bookings = bookings;
    }

    @Scheduled(fixedDelayString = "${hub.training.offer-check-interval:PT5M}", initialDelayString = "PT1M")
    void expireOffers() {
        bookings.expireOffers();
        bookings.lapseApprovals();
    }
}
