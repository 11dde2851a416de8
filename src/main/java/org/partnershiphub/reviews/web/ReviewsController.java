package org.partnershiphub.reviews.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.partnershiphub.calendar.Deadline;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.reviews.internal.AgencySummary;
import org.partnershiphub.reviews.internal.Caseload;
import org.partnershiphub.reviews.internal.PracticeReview;
import org.partnershiphub.reviews.internal.RapidReview;
import org.partnershiphub.reviews.internal.ReviewWorkflow;
import org.partnershiphub.reviews.internal.SeriousIncident;
import org.partnershiphub.reviews.internal.Timeliness;
import org.partnershiphub.reviews.internal.WorkflowRefusal;
import org.partnershiphub.shared.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caseload, referral of a possible serious incident, and the case page. */
@Controller
class ReviewsController {

    private final ReviewWorkflow workflow;
    private final Caseload caseload;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final Timeliness timeliness;

    ReviewsController(ReviewWorkflow workflow, Caseload caseload, Directory directory, WorkingDayCalendar calendar,
                      Timeliness timeliness) {
        this.timeliness = timeliness;
        this.workflow = workflow;
        this.caseload = caseload;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping("/reviews")
    String caseload(Model model) {
        model.addAttribute("rows", caseload.openCases());
        return "reviews/caseload";
    }

    @GetMapping("/reviews/refer")
    String referForm(Model model) {
        model.addAttribute("form", ReviewForms.Referral.empty());
        return "reviews/refer";
    }

    @PostMapping("/reviews/refer")
    String refer(@Valid @ModelAttribute("form") ReviewForms.Referral form, BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate incidentDate = DateInput.read(form.incidentDate(), "incidentDate", errors, false, null);
        LocalDate aware = DateInput.read(form.laAwareDate(), "laAwareDate", errors, true, "referral.error.laAwareDate");
        LocalDate dob = DateInput.read(form.childDateOfBirth(), "childDateOfBirth", errors, false, null);
        List<ReviewWorkflow.OtherChild> others = new java.util.ArrayList<>();
        List<ReviewForms.OtherChild> rows = form.otherChildren() == null ? List.of() : form.otherChildren();
        for (int i = 0; i < rows.size(); i++) {
            ReviewForms.OtherChild row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            LocalDate born = DateInput.read(row.dateOfBirth(), "otherChildren[" + i + "].dateOfBirth", errors, false, null);
            if (row.name() == null || row.name().isBlank()) {
                errors.rejectValue("otherChildren[" + i + "].name", "referral.error.otherChildName");
            } else {
                others.add(new ReviewWorkflow.OtherChild(row.name(), born));
            }
        }
        if (!errors.hasErrors()) {
            try {
                SeriousIncident incident = workflow.refer(new ReviewWorkflow.Referral(form.kind(), form.whatHappened(), incidentDate,
                        aware, form.abuseOrNeglect(), form.harm(), form.lookedAfter(), form.childName(), dob, others));
                redirect.addFlashAttribute("reference", incident.getReference());
                redirect.addFlashAttribute("pseudonym", incident.getChildren());
                redirect.addFlashAttribute("children", incident.getChildPseudonyms().size());
                redirect.addFlashAttribute("notificationDue", incident.getNotificationDue());
                return "redirect:/reviews/referral-sent";
            } catch (WorkflowRefusal refusal) {
                Refusals.reject(errors, refusal);
            }
        }
        return "reviews/refer";
    }

    @GetMapping("/reviews/referral-sent")
    String referred() {
        return "reviews/referred";
    }

    record SummaryRow(AgencySummary summary, String agencyName, Deadline deadline) {
    }

    @GetMapping("/reviews/{id}")
    String show(@PathVariable long id, Model model) {
        SeriousIncident incident = workflow.view(id);
        LocalDate today = workflow.today();
        RapidReview rapidReview = workflow.findRapidReview(id).orElse(null);
        PracticeReview practiceReview = workflow.findPracticeReview(id).orElse(null);
        List<AgencySummary> summaries = workflow.summaries(id);
        model.addAttribute("incident", incident);
        model.addAttribute("referringAgency", directory.agencyName(incident.getReferringAgencyId()));
        model.addAttribute("notificationDeadline", calendar.deadline(incident.getNotificationDue(), today));
        model.addAttribute("rapidReview", rapidReview);
        model.addAttribute("rapidReviewDeadline", rapidReview == null ? null : calendar.deadline(rapidReview.getDueDate(), today));
        model.addAttribute("summaries", summaries.stream().map(s -> new SummaryRow(s, directory.agencyName(s.getAgencyId()),
                calendar.deadline(s.getDueDate(), today))).toList());
        model.addAttribute("practiceReview", practiceReview);
        model.addAttribute("notificationLate", incident.getNotificationDecision() == null ? 0 : timeliness.notificationDaysLate(incident));
        model.addAttribute("submissionLate", rapidReview == null ? 0 : timeliness.submissionDaysLate(rapidReview));
        model.addAttribute("completionLate", practiceReview == null ? 0 : timeliness.completionDaysLate(practiceReview));
        model.addAttribute("publicationLate", practiceReview == null ? 0 : timeliness.publicationDaysLate(practiceReview));
        model.addAttribute("targetDeadline", practiceReview == null ? null : calendar.deadline(practiceReview.getTargetCompletion(), today));
        model.addAttribute("earliestPublication", practiceReview == null || practiceReview.getFinalReportSent() == null ? null
                : workflow.earliestPublication(practiceReview.getFinalReportSent()));
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("assigned", incident.getAssignedUsers().stream().map(directory::person).flatMap(java.util.Optional::stream)
                .map(Directory.Person::name).sorted().toList());
        model.addAttribute("reviewMembers", directory.activeWithRole(org.partnershiphub.shared.Role.REVIEW_GROUP_MEMBER, null).stream()
                .filter(c -> !incident.getAssignedUsers().contains(c.id())).toList());
        model.addAttribute("summaryRequest", new ReviewForms.SummaryRequest(null, DateInput.EMPTY));
        model.addAttribute("defaultSummaryDue", workflow.defaultSummaryDue(incident));
        model.addAttribute("next", caseload.nextStep(incident, summaries.stream().filter(s -> !s.isReturned()).toList(), today));
        return "reviews/case";
    }
}
