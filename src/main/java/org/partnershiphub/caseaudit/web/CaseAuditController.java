package org.partnershiphub.caseaudit.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.caseaudit.internal.Audit;
import org.partnershiphub.caseaudit.internal.CaseAuditRefused;
import org.partnershiphub.caseaudit.internal.CaseAudits;
import org.partnershiphub.caseaudit.internal.Grade;
import org.partnershiphub.caseaudit.internal.ToolSection;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.reviews.LearningThemes;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit programme, planning an audit, an audit's page, its cases, the child's identity, the meeting, learning and actions. */
@Controller
class CaseAuditController {

    private final CaseAudits audits;
    private final Directory directory;
    private final LearningThemes themes;

    CaseAuditController(CaseAudits audits, Directory directory, LearningThemes themes) {
        this.audits = audits;
        this.directory = directory;
        this.themes = themes;
    }

    @GetMapping("/case-audits")
    String programme(Model model) {
        HubPrincipal actor = CurrentUser.require();
        boolean across = CaseAudits.readsAcross(actor);
        model.addAttribute("audits", across ? audits.programme() : audits.ownAudits(actor));
        model.addAttribute("canManage", actor.hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("across", across);
        return "caseaudit/programme";
    }

    record AuditForm(String programmeYear, @NotBlank(message = "{ca.error.theme}") @Size(max = 200, message = "{error.tooLong200}") String theme,
                     String source, @Size(max = 1000, message = "{error.tooLong1000}") String sourceNote,
                     @Size(max = 4000, message = "{error.tooLong4000}") String scope, Long toolId, DateInput deadline, List<Long> agencyIds) {
    }

    @GetMapping("/case-audits/new")
    String newAudit(Model model) {
        LocalDate today = audits.today();
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return auditForm(new AuditForm(String.valueOf(year), "", "REVIEW", "", "", null, DateInput.EMPTY, List.of()), model);
    }

    private String auditForm(AuditForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("tools", audits.currentTools());
        model.addAttribute("sources", Audit.Source.values());
        model.addAttribute("agencies", directory.agencies().stream()
                .filter(a -> a.type() != org.partnershiphub.identity.OrganisationType.PARTNERSHIP).toList());
        return "caseaudit/audit-form";
    }

    @PostMapping("/case-audits")
    String planAudit(@Valid @ModelAttribute("form") AuditForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Integer year = null;
        try {
            year = Integer.valueOf(form.programmeYear() == null ? "" : form.programmeYear().strip());
            if (year < 2000 || year > 2100) {
                errors.rejectValue("programmeYear", "ca.error.year");
            }
        } catch (NumberFormatException e) {
            errors.rejectValue("programmeYear", "ca.error.year");
        }
        Audit.Source source = null;
        try {
            source = Audit.Source.valueOf(form.source() == null ? "" : form.source());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("source", "ca.error.source");
        }
        LocalDate deadline = DateInput.read(form.deadline(), "deadline", errors, true, "ca.error.deadline");
        if (!errors.hasErrors()) {
            try {
                Audit audit = audits.planAudit(CurrentUser.require(), new CaseAudits.AuditDetails(year, form.theme(), source, form.sourceNote(),
                        form.scope(), form.toolId(), deadline, form.agencyIds() == null ? List.of() : form.agencyIds()));
                redirect.addFlashAttribute("notice", "ca.audit.planned");
                return "redirect:/case-audits/" + audit.getId();
            } catch (CaseAuditRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return auditForm(form, model);
    }

    record CaseForm(@NotBlank(message = "{ca.error.reference}") @Size(max = 40, message = "{ca.error.referenceLength}") String reference,
                    @Size(max = 2000, message = "{error.tooLong2000}") String summary,
                    @Size(max = 200, message = "{error.tooLong200}") String childName, DateInput dateOfBirth) {
    }

    record LearningForm(@NotBlank(message = "{ca.error.learning}") @Size(max = 4000, message = "{error.tooLong4000}") String learningText,
                        String theme) {
    }

    record ActionForm(@NotBlank(message = "{ca.error.action}") @Size(max = 2000, message = "{error.tooLong2000}") String actionText,
                      Long leadAgencyId, DateInput due) {
    }

    @GetMapping("/case-audits/{auditId}")
    String audit(@PathVariable long auditId, Model model) {
        return auditPage(auditId, model);
    }

    private String auditPage(long auditId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        CaseAudits.AuditView view = audits.view(actor, auditId);
        model.addAttribute("view", view);
        model.addAttribute("canManage", actor.hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("across", CaseAudits.readsAcross(actor));
        model.addAttribute("ownAgency", audits.takesPart(actor, auditId) ? actor.agencyId() : null);
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("themes", themes.names());
        model.addAttribute("today", audits.today());
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute("caseForm", new CaseForm("", "", "", DateInput.EMPTY));
        }
        if (!model.containsAttribute("learningForm")) {
            model.addAttribute("learningForm", new LearningForm("", ""));
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new ActionForm("", null, DateInput.EMPTY));
        }
        return "caseaudit/audit";
    }

    @PostMapping("/case-audits/{auditId}/cases")
    String addCase(@PathVariable long auditId, @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        LocalDate dob = DateInput.read(form.dateOfBirth(), "dateOfBirth", errors, false, "ca.error.dateOfBirth");
        if (!errors.hasErrors()) {
            try {
                audits.addCase(CurrentUser.require(), auditId, form.reference(), form.summary(), form.childName(), dob);
                redirect.addFlashAttribute("notice", "ca.case.added");
                return "redirect:/case-audits/" + auditId + "#cases";
            } catch (CaseAuditRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return auditPage(auditId, model);
    }

    @PostMapping("/case-audits/{auditId}/learning")
    String addLearning(@PathVariable long auditId, @Valid @ModelAttribute("learningForm") LearningForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            audits.addLearning(CurrentUser.require(), auditId, form.learningText(), form.theme());
            redirect.addFlashAttribute("notice", "ca.learning.added");
            return "redirect:/case-audits/" + auditId + "#learning";
        }
        return auditPage(auditId, model);
    }

    @PostMapping("/case-audits/{auditId}/actions")
    String addAction(@PathVariable long auditId, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        LocalDate due = DateInput.read(form.due(), "due", errors, false, "ca.error.due");
        if (!errors.hasErrors()) {
            try {
                audits.addAction(CurrentUser.require(), auditId, form.actionText(), form.leadAgencyId(), due);
                redirect.addFlashAttribute("notice", "ca.action.added");
                return "redirect:/case-audits/" + auditId + "#actions";
            } catch (CaseAuditRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return auditPage(auditId, model);
    }

    @PostMapping("/case-audits/{auditId}/close")
    String close(@PathVariable long auditId, RedirectAttributes redirect) {
        try {
            audits.close(CurrentUser.require(), auditId);
            redirect.addFlashAttribute("notice", "ca.audit.closed");
        } catch (CaseAuditRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/case-audits/" + auditId;
    }

    // ---- the child's identity, with a reason

    record ReasonForm(@NotBlank(message = "{ca.error.reason}") @Size(max = 1000, message = "{error.tooLong1000}") String reason) {
    }

    @GetMapping("/case-audits/{auditId}/cases/{caseId}/identity")
    String identityForm(@PathVariable long auditId, @PathVariable long caseId, Model model) {
        model.addAttribute("audit", audits.find(auditId));
        model.addAttribute("auditCase", audits.auditCase(auditId, caseId));
        model.addAttribute("form", new ReasonForm(""));
        return "caseaudit/identity";
    }

    @PostMapping("/case-audits/{auditId}/cases/{caseId}/identity")
    String identity(@PathVariable long auditId, @PathVariable long caseId, @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors,
                    Model model) {
        model.addAttribute("audit", audits.find(auditId));
        model.addAttribute("auditCase", audits.auditCase(auditId, caseId));
        if (!errors.hasErrors()) {
            model.addAttribute("identity", audits.revealIdentity(CurrentUser.require(), auditId, caseId, form.reason()));
        }
        return "caseaudit/identity";
    }

    // ---- the multi-agency audit meeting

    @GetMapping("/case-audits/{auditId}/cases/{caseId}/meeting")
    String meeting(@PathVariable long auditId, @PathVariable long caseId, Model model) {
        CaseAudits.Meeting meeting = audits.meeting(CurrentUser.require(), auditId, caseId);
        Map<String, String> typed = new HashMap<>();
        meeting.agreed().forEach((s, g) -> typed.put("grade-" + s, g.name()));
        meeting.notes().forEach((s, n) -> typed.put("note-" + s, n));
        DateInput on = DateInput.of(meeting.audit().getMeetingOn() == null ? audits.today() : meeting.audit().getMeetingOn());
        typed.put("meetingOn.day", on.day());
        typed.put("meetingOn.month", on.month());
        typed.put("meetingOn.year", on.year());
        return meetingPage(meeting, typed, null, model);
    }

    private String meetingPage(CaseAudits.Meeting meeting, Map<String, String> typed, String problem, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("typed", typed);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("meetingError", problem);
        if (problem != null) {
            model.addAttribute("pageErrors", true);
        }
        return "caseaudit/meeting";
    }

    @PostMapping("/case-audits/{auditId}/cases/{caseId}/meeting")
    String agree(@PathVariable long auditId, @PathVariable long caseId, @RequestParam Map<String, String> typed, Model model,
                 RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        CaseAudits.Meeting meeting = audits.meeting(actor, auditId, caseId);
        Map<Long, Grade> grades = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (ToolSection s : meeting.sections()) {
            String g = typed.get("grade-" + s.getId());
            if (g != null && !g.isBlank()) {
                try {
                    grades.put(s.getId(), Grade.valueOf(g));
                } catch (IllegalArgumentException e) {
                    return meetingPage(meeting, typed, "ca.error.grade", model);
                }
            }
            notes.put(s.getId(), typed.get("note-" + s.getId()));
        }
        org.springframework.validation.MapBindingResult errors = new org.springframework.validation.MapBindingResult(new HashMap<>(), "meeting");
        LocalDate on = DateInput.read(new DateInput(typed.get("meetingOn.day"), typed.get("meetingOn.month"), typed.get("meetingOn.year")),
                "meetingOn", errors, true, "ca.error.meetingOn");
        if (errors.hasErrors()) {
            return meetingPage(meeting, typed, errors.getFieldError().getCode(), model);
        }
        try {
            audits.agree(actor, auditId, caseId, on, grades, notes);
            redirect.addFlashAttribute("notice", "ca.meeting.saved");
            return "redirect:/case-audits/" + auditId + "#cases";
        } catch (CaseAuditRefused refused) {
            return meetingPage(meeting, typed, refused.messageKey(), model);
        }
    }
}
