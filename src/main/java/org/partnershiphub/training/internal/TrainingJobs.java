package org.partnershiphub.training.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The waiting list's clock: offers that were not accepted in time pass to the next person, every few minutes. */
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
    }
}
