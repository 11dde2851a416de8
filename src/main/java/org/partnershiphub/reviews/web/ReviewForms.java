package org.partnershiphub.reviews.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.partnershiphub.reviews.ReviewDecision;
import org.partnershiphub.reviews.internal.SeriousIncident;
import org.partnershiphub.shared.web.DateInput;

/** The forms of the reviews module: records bound from the request, never entities. */
final class ReviewForms {

    private ReviewForms() {
    }

    record Referral(@NotNull(message = "{referral.error.kind}") SeriousIncident.Kind kind,
                    @NotBlank(message = "{referral.error.whatHappened}") @Size(max = 4000, message = "{error.tooLong4000}") String whatHappened,
                    DateInput incidentDate, DateInput laAwareDate,
                    @NotNull(message = "{referral.error.abuseOrNeglect}") SeriousIncident.AbuseOrNeglect abuseOrNeglect,
                    @NotNull(message = "{referral.error.harm}") SeriousIncident.Harm harm,
                    @NotNull(message = "{referral.error.lookedAfter}") Boolean lookedAfter,
                    @NotBlank(message = "{referral.error.childName}") @Size(max = 200, message = "{error.tooLong200}") String childName,
                    DateInput childDateOfBirth,
                    @jakarta.validation.Valid List<OtherChild> otherChildren) {

        /** Room for 3 more children (siblings) on the same referral; always exactly 3 rows, so each shows again as typed. */
        static final int OTHER_CHILDREN = SeriousIncident.MAX_CHILDREN - 1;

        Referral {
            List<OtherChild> rows = new ArrayList<>(otherChildren == null ? List.of() : otherChildren);
            rows.replaceAll(row -> row == null ? new OtherChild("", DateInput.EMPTY) : row);
            while (rows.size() < OTHER_CHILDREN) {
                rows.add(new OtherChild("", DateInput.EMPTY));
            }
            otherChildren = List.copyOf(rows);
        }

        static Referral empty() {
            return new Referral(null, "", DateInput.EMPTY, DateInput.EMPTY, null, null, null, "", DateInput.EMPTY, List.of());
        }
    }

    /** A further child on the referral: both left blank means no further child. */
    record OtherChild(@Size(max = 200, message = "{error.tooLong200}") String name, DateInput dateOfBirth) {

        boolean isBlank() {
            return (name == null || name.isBlank()) && (dateOfBirth == null || dateOfBirth.isBlank());
        }
    }

    record Notification(@NotNull(message = "{notification.error.decision}") SeriousIncident.NotificationDecision decision,
                        @NotBlank(message = "{notification.error.reasons}") @Size(max = 4000, message = "{error.tooLong4000}") String reasons,
                        DateInput sentDate) {
    }

    record OfstedAndSecretaryOfState(DateInput ofstedDate, DateInput secretaryOfStateDate) {
    }

    record SummaryRequest(@NotNull(message = "{summary.error.agency}") Long agencyId, DateInput dueDate) {
    }

    record SummaryText(@NotBlank(message = "{summary.error.text}") @Size(max = 8000, message = "{error.tooLong8000}") String summary) {
    }

    record RapidReviewRecord(DateInput panelMeetingDate,
                             @Size(max = 4000, message = "{error.tooLong4000}") String immediateSafetyActions,
                             @Size(max = 4000, message = "{error.tooLong4000}") String learningIdentified,
                             DateInput laSignedOff, DateInput policeSignedOff, DateInput healthSignedOff, DateInput submittedToPanel,
                             @Size(max = 4000, message = "{error.tooLong4000}") String panelResponse,
                             Long version) {
    }

    record Decision(@NotNull(message = "{decision.error.decision}") ReviewDecision decision,
                    @NotNull(message = "{decision.error.national}") Boolean nationalReviewAppropriate,
                    @NotBlank(message = "{decision.error.rationale}") @Size(max = 4000, message = "{error.tooLong4000}") String rationale,
                    DateInput decisionDate) {
    }

    record Commission(@Size(max = 200, message = "{error.tooLong200}") String reviewer,
                      @Size(max = 8000, message = "{error.tooLong8000}") String termsOfReference) {
    }

    record Schedule(DateInput finalReportSent, DateInput publicationDate) {
    }

    record Publish(@Size(max = 500, message = "{error.tooLong500}")
                   @jakarta.validation.constraints.Pattern(regexp = "^(https?://\\S+)?$", message = "{publish.error.link}") String publicationLink,
                   @Size(max = 8000, message = "{error.tooLong8000}") String improvementsSummary) {
    }

    record IdentityReason(@NotBlank(message = "{identity.error.reason}") @Size(max = 1000, message = "{error.tooLong1000}") String reason) {
    }
}
