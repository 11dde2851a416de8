package org.partnershiphub.training.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The partnership's own rules for training, set in configuration ({@code hub.training.*}): how many working days
 * before a session a cancellation becomes late, what late cancellation and not attending cost the home agency (in
 * pence), how long a person offered a freed place has to accept it, and how long a place is held while a manager decides.
 */
@ConfigurationProperties("hub.training")
public record TrainingRules(int lateCancellationWorkingDays, int lateCancellationChargePence, int noShowChargePence, int offerHours,
                            int approvalHours) {

    public TrainingRules {
        if (lateCancellationWorkingDays <= 0) {
            lateCancellationWorkingDays = 3;
        }
        if (offerHours <= 0) {
            offerHours = 48;
        }
        if (approvalHours <= 0) {
            approvalHours = 72;
        }
    }
}
