package org.partnershiphub.reviews.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.reviews.internal.RapidReview;
import org.partnershiphub.reviews.internal.ReviewWorkflow;
import org.partnershiphub.reviews.internal.SeriousIncident;
import org.partnershiphub.reviews.internal.WorkflowRefusal;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business unit's steps on a case. Each refused step (a decision made twice, a close without a decision, a
 * publication too soon) comes back to the same page with the reason next to the field and everything typed kept.
 */
@Controller
class ReviewStepsController {

    private final ReviewWorkflow workflow;
    private final Directory directory;

    ReviewStepsController(ReviewWorkflow workflow, Directory directory) {
        this.workflow = workflow;
        this.directory = directory;
    }

    private String back(long id, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/reviews/" + id;
    }

    // Notification decision -------------------------------------------------------------------------------------

    @GetMapping("/reviews/{id}/notification")
    String notificationForm(@PathVariable long id, Model model) {
        SeriousIncident incident = workflow.view(id);
        model.addAttribute("form", new ReviewForms.Notification(null, "", DateInput.EMPTY));
        model.addAttribute("ofsted", new ReviewForms.OfstedAndSecretaryOfState(DateInput.of(incident.getOfstedNotifiedDate()),
                DateInput.of(incident.getSosNotifiedDate())));
        return notificationView(incident, model);
    }

    private String notificationView(SeriousIncident incident, Model model) {
        model.addAttribute("incident", incident);
        if (!model.containsAttribute("ofsted")) {
            model.addAttribute("ofsted", new ReviewForms.OfstedAndSecretaryOfState(DateInput.of(incident.getOfstedNotifiedDate()),
                    DateInput.of(incident.getSosNotifiedDate())));
        }
        return "reviews/notification";
    }

    @PostMapping("/reviews/{id}/notification")
    String decideNotification(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForms.Notification form,
                              BindingResult errors, Model model, RedirectAttributes redirect) {
        SeriousIncident incident = workflow.view(id);
        LocalDate sent = null;
        if (form.decision() == SeriousIncident.NotificationDecision.NOTIFY) {
            sent = DateInput.read(form.sentDate(), "sentDate", errors, true, "notification.error.sentDate");
        }
        if (!errors.hasErrors()) {
            try {
                if (form.decision() == SeriousIncident.NotificationDecision.NOTIFY) {
                    workflow.decideToNotify(id, form.reasons(), sent);
                } else {
                    workflow.decideNotToNotify(id, form.reasons());
                }
                return back(id, redirect, "notification.saved");
            } catch (WorkflowRefusal refusal) {
                Refusals.reject(errors, refusal);
            }
        }
        return notificationView(incident, model);
    }

    @PostMapping("/reviews/{id}/ofsted")
    String recordOfsted(@PathVariable long id, @ModelAttribute("ofsted") ReviewForms.OfstedAndSecretaryOfState form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate ofsted = DateInput.read(form.ofstedDate(), "ofstedDate", errors, false, null);
        LocalDate sos = DateInput.read(form.secretaryOfStateDate(), "secretaryOfStateDate", errors, false, null);
        if (!errors.hasErrors()) {
            try {
                workflow.recordOfstedAndSecretaryOfState(id, ofsted, sos);
                return back(id, redirect, "ofsted.saved");
            } catch (WorkflowRefusal refusal) {
                Refusals.reject(errors, refusal);
            }
        }
        model.addAttribute("form", new ReviewForms.Notification(null, "", DateInput.EMPTY));
        return notificationView(workflow.view(id), model);
    }

    // Agency summaries ------------------------------------------------------------------------------------------

    @PostMapping("/reviews/{id}/summaries")
    String requestSummary(@PathVariable long id, @Valid @ModelAttribute("summaryRequest") ReviewForms.SummaryRequest form,
                          BindingResult errors, RedirectAttributes redirect) {
        LocalDate due = DateInput.read(form.dueDate(), "dueDate", errors, false, null);
        if (!errors.hasErrors()) {
            try {
                workflow.requestSummary(id, form.agencyId(), due);
                return back(id, redirect, "summary.requested");
            } catch (WorkflowRefusal refusal) {
                redirect.addFlashAttribute("problem", refusal.messageKey());
                return "redirect:/reviews/" + id;
            }
        }
        redirect.addFlashAttribute("problem", errors.getFieldError("agencyId") != null ? "summary.error.agency" : "date.error.real");
        return "redirect:/reviews/" + id;
    }

    @GetMapping("/reviews/{id}/summaries/{summaryId}")
    String summaryForm(@PathVariable long id, @PathVariable long summaryId, Model model) {
        var summary = summary(id, summaryId);
        model.addAttribute("form", new ReviewForms.SummaryText(summary.getSummary() == null ? "" : summary.getSummary()));
        return summaryView(id, summaryId, model);
    }

    private org.partnershiphub.reviews.internal.AgencySummary summary(long id, long summaryId) {
        return workflow.summaries(id).stream().filter(s -> s.getId() == summaryId).findFirst()
                .orElseThrow(() -> new NotFoundException("summary"));
    }

    private String summaryView(long id, long summaryId, Model model) {
        SeriousIncident incident = workflow.view(id);
        var summary = summary(id, summaryId);
        model.addAttribute("incident", incident);
        model.addAttribute("summary", summary);
        model.addAttribute("agencyName", directory.agencyName(summary.getAgencyId()));
        return "reviews/summary";
    }

    @PostMapping("/reviews/{id}/summaries/{summaryId}")
    String recordSummary(@PathVariable long id, @PathVariable long summaryId, @Valid @ModelAttribute("form") ReviewForms.SummaryText form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return summaryView(id, summaryId, model);
        }
        workflow.recordSummary(id, summaryId, form.summary());
        return back(id, redirect, "summary.saved");
    }

    // Rapid review ----------------------------------------------------------------------------------------------

    @GetMapping("/reviews/{id}/rapid-review")
    String rapidReviewForm(@PathVariable long id, Model model) {
        SeriousIncident incident = workflow.view(id);
        RapidReview review = workflow.rapidReview(id);
        model.addAttribute("form", new ReviewForms.RapidReviewRecord(DateInput.of(review.getPanelMeetingDate()),
                review.getImmediateSafetyActions(), review.getLearningIdentified(), DateInput.of(review.getLaSignedOff()),
                DateInput.of(review.getPoliceSignedOff()), DateInput.of(review.getHealthSignedOff()),
                DateInput.of(review.getSubmittedToPanel()), review.getPanelResponse(), review.getVersion()));
        model.addAttribute("incident", incident);
        model.addAttribute("review", review);
        return "reviews/rapid-review";
    }

    @PostMapping("/reviews/{id}/rapid-review")
    String recordRapidReview(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForms.RapidReviewRecord form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate panel = DateInput.read(form.panelMeetingDate(), "panelMeetingDate", errors, false, null);
        LocalDate la = DateInput.read(form.laSignedOff(), "laSignedOff", errors, false, null);
        LocalDate police = DateInput.read(form.policeSignedOff(), "policeSignedOff", errors, false, null);
        LocalDate health = DateInput.read(form.healthSignedOff(), "healthSignedOff", errors, false, null);
        LocalDate submitted = DateInput.read(form.submittedToPanel(), "submittedToPanel", errors, false, null);
        if (!errors.hasErrors()) {
            try {
                workflow.recordRapidReview(id, new ReviewWorkflow.RapidReviewRecord(panel, form.immediateSafetyActions(),
                        form.learningIdentified(), la, police, health, submitted, form.panelResponse()),
                        form.version() == null ? -1 : form.version());
                return back(id, redirect, "rapidReview.saved");
            } catch (WorkflowRefusal refusal) {
                Refusals.reject(errors, refusal);
            } catch (ObjectOptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        model.addAttribute("incident", workflow.view(id));
        model.addAttribute("review", workflow.rapidReview(id));
        return "reviews/rapid-review";
    }

    // Decision and closing --------------------------------------------------------------------------------------

    @GetMapping("/reviews/{id}/decision")
    String decisionForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new ReviewForms.Decision(null, null, "", DateInput.EMPTY));
        return decisionView(id, model);
    }

    private String decisionView(long id, Model model) {
        model.addAttribute("incident", workflow.view(id));
        model.addAttribute("review", workflow.rapidReview(id));
        return "reviews/decision";
    }

    @PostMapping("/reviews/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForms.Decision form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        LocalDate decisionDate = DateInput.read(form.decisionDate(), "decisionDate", errors, true, "decision.error.decisionDate");
        if (!errors.hasErrors()) {
            try {
                workflow.decide(id, form.decision(), form.nationalReviewAppropriate(), form.rationale(), decisionDate);
                return back(id, redirect, "decision.saved");
            } catch (WorkflowRefusal refusal) {
                Refusals.reject(errors, refusal);
            }
        }
        return decisionView(id, model);
    }

    @PostMapping("/reviews/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        try {
            workflow.close(id);
            return back(id, redirect, "close.saved");
        } catch (WorkflowRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.messageKey());
            return "redirect:/reviews/" + id;
        }
    }

    // Local child safeguarding practice review ---------------------------------------------------------------------

    @GetMapping("/reviews/{id}/practice-review")
    String practiceReview(@PathVariable long id, Model model) {
        var review = workflow.practiceReview(id);
        model.addAttribute("commission", new ReviewForms.Commission(review.getReviewer(), review.getTermsOfReference()));
        model.addAttribute("schedule", new ReviewForms.Schedule(DateInput.of(review.getFinalReportSent()), DateInput.of(review.getPublicationDate())));
        model.addAttribute("publish", new ReviewForms.Publish(review.getPublicationLink(), review.getImprovementsSummary()));
        return practiceReviewView(id, model);
    }

    private String practiceReviewView(long id, Model model) {
        var review = workflow.practiceReview(id);
        model.addAttribute("incident", workflow.view(id));
        model.addAttribute("review", review);
        model.addAttribute("earliestPublication", review.getFinalReportSent() == null ? null : workflow.earliestPublication(review.getFinalReportSent()));
        if (!model.containsAttribute("commission")) {
            model.addAttribute("commission", new ReviewForms.Commission(review.getReviewer(), review.getTermsOfReference()));
        }
        if (!model.containsAttribute("schedule")) {
            model.addAttribute("schedule", new ReviewForms.Schedule(DateInput.of(review.getFinalReportSent()), DateInput.of(review.getPublicationDate())));
        }
        if (!model.containsAttribute("publish")) {
            model.addAttribute("publish", new ReviewForms.Publish(review.getPublicationLink(), review.getImprovementsSummary()));
        }
        return "reviews/practice-review";
    }

    @PostMapping("/reviews/{id}/practice-review/commission")
    String commission(@PathVariable long id, @Valid @ModelAttribute("commission") ReviewForms.Commission form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return practiceReviewView(id, model);
        }
        workflow.commission(id, form.reviewer(), form.termsOfReference());
        return back(id, redirect, "commission.saved");
    }

    @PostMapping("/reviews/{id}/practice-review/schedule")
    String schedule(@PathVariable long id, @ModelAttribute("schedule") ReviewForms.Schedule form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        LocalDate sent = DateInput.read(form.finalReportSent(), "finalReportSent", errors, false, null);
        LocalDate publication = DateInput.read(form.publicationDate(), "publicationDate", errors, false, null);
        if (!errors.hasErrors()) {
            try {
                workflow.schedulePublication(id, sent, publication);
                return back(id, redirect, "schedule.saved");
            } catch (WorkflowRefusal refusal) {
                Refusals.reject(errors, refusal);
            }
        }
        return practiceReviewView(id, model);
    }

    @PostMapping("/reviews/{id}/practice-review/publish")
    String publish(@PathVariable long id, @Valid @ModelAttribute("publish") ReviewForms.Publish form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                workflow.publish(id, form.publicationLink(), form.improvementsSummary());
                return back(id, redirect, "publish.saved");
            } catch (WorkflowRefusal refusal) {
                Refusals.reject(errors, refusal);
            }
        }
        return practiceReviewView(id, model);
    }

    // Review group members assigned to the case ------------------------------------------------------------------

    @PostMapping("/reviews/{id}/assign")
    String assign(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) Long userId,
                  RedirectAttributes redirect) {
        boolean member = userId != null && directory.activeWithRole(org.partnershiphub.shared.Role.REVIEW_GROUP_MEMBER, null)
                .stream().anyMatch(c -> c.id() == userId);
        if (!member) {
            redirect.addFlashAttribute("problem", "assign.error.person");
            return "redirect:/reviews/" + id;
        }
        workflow.assign(id, userId);
        return back(id, redirect, "assign.saved");
    }

    @PostMapping("/reviews/{id}/legal-hold")
    String legalHold(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean hold,
                     RedirectAttributes redirect) {
        workflow.legalHold(id, hold);
        return back(id, redirect, hold ? "legalHold.placed" : "legalHold.lifted");
    }

    // The child's identity --------------------------------------------------------------------------------------

    @GetMapping("/reviews/{id}/identity")
    String identityForm(@PathVariable long id, Model model) {
        model.addAttribute("incident", workflow.view(id));
        model.addAttribute("form", new ReviewForms.IdentityReason(""));
        return "reviews/identity";
    }

    @PostMapping("/reviews/{id}/identity")
    String revealIdentity(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForms.IdentityReason form,
                          BindingResult errors, Model model) {
        model.addAttribute("incident", workflow.view(id));
        if (!errors.hasErrors()) {
            model.addAttribute("children", workflow.revealIdentity(id, form.reason()));
        }
        return "reviews/identity";
    }
}
