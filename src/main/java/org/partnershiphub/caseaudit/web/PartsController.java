package org.partnershiphub.caseaudit.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.caseaudit.internal.CaseAuditRefused;
import org.partnershiphub.caseaudit.internal.CaseAudits;
import org.partnershiphub.caseaudit.internal.Grade;
import org.partnershiphub.caseaudit.internal.Response;
import org.partnershiphub.caseaudit.internal.ToolSection;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's auditor completes its part for a case, section by section, and submits it; readers see any agency's part. */
@Controller
class PartsController {

    static final int MAX_TEXT = 4000;

    private final CaseAudits audits;
    private final MessageSource messages;

    PartsController(CaseAudits audits, MessageSource messages) {
        this.audits = audits;
        this.messages = messages;
    }

    @GetMapping("/case-audits/{auditId}/cases/{caseId}/agencies/{agencyId}")
    String read(@PathVariable long auditId, @PathVariable long caseId, @PathVariable long agencyId, Model model) {
        model.addAttribute("part", audits.part(CurrentUser.require(), auditId, caseId, agencyId));
        return "caseaudit/part-view";
    }

    @GetMapping("/case-audits/{auditId}/cases/{caseId}/part")
    String form(@PathVariable long auditId, @PathVariable long caseId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        CaseAudits.Part part = audits.part(actor, auditId, caseId, actor.agencyId());
        Map<String, String> typed = new HashMap<>();
        for (Map.Entry<Long, Response> e : part.responses().entrySet()) {
            Response r = e.getValue();
            typed.put("grade-" + e.getKey(), r.getGrade() == null ? "" : r.getGrade().name());
            typed.put("evidence-" + e.getKey(), r.getEvidence());
            typed.put("commentary-" + e.getKey(), r.getCommentary());
        }
        return page(part, typed, Map.of(), model);
    }

    private String page(CaseAudits.Part part, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("part", part);
        model.addAttribute("typed", typed);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("fieldErrors", errors);
        if (!errors.isEmpty()) {
            model.addAttribute("pageErrors", true);
        }
        return "caseaudit/part";
    }

    @PostMapping("/case-audits/{auditId}/cases/{caseId}/part")
    String save(@PathVariable long auditId, @PathVariable long caseId, @RequestParam Map<String, String> typed, Model model,
                RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        CaseAudits.Part part = audits.part(actor, auditId, caseId, actor.agencyId());
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Long, CaseAudits.SectionAnswer> answers = new LinkedHashMap<>();
        for (ToolSection s : part.sections()) {
            String g = typed.getOrDefault("grade-" + s.getId(), "");
            Grade grade = null;
            if (!g.isBlank()) {
                try {
                    grade = Grade.valueOf(g);
                } catch (IllegalArgumentException e) {
                    errors.put("grade-" + s.getId(), message("ca.error.grade"));
                }
            }
            for (String field : new String[] {"evidence-", "commentary-"}) {
                String text = typed.get(field + s.getId());
                if (text != null && text.length() > MAX_TEXT) {
                    errors.put(field + s.getId(), message("error.tooLong4000"));
                }
            }
            answers.put(s.getId(), new CaseAudits.SectionAnswer(grade, typed.get("evidence-" + s.getId()), typed.get("commentary-" + s.getId())));
        }
        if (errors.isEmpty()) {
            try {
                boolean submit = "submit".equals(typed.get("then"));
                audits.savePart(actor, auditId, caseId, answers, submit);
                redirect.addFlashAttribute("notice", submit ? "ca.part.submitted" : "ca.part.saved");
                return "redirect:/case-audits/" + auditId;
            } catch (CaseAuditRefused refused) {
                errors.put(refused.field().equals("sections") && !part.sections().isEmpty() ? "grade-" + firstUngraded(part, answers)
                        : refused.field(), messages.getMessage(refused.messageKey(), refused.arguments(), Locale.UK));
            }
        }
        return page(part, typed, errors, model); // a refusal saved nothing: the part read above is still what is stored
    }

    private static long firstUngraded(CaseAudits.Part part, Map<Long, CaseAudits.SectionAnswer> answers) {
        return part.sections().stream().filter(s -> answers.get(s.getId()) == null || answers.get(s.getId()).grade() == null)
                .map(ToolSection::getId).findFirst().orElse(part.sections().get(0).getId());
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
