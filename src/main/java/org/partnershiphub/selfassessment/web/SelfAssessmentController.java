package org.partnershiphub.selfassessment.web;

import static org.partnershiphub.shared.web.FormValues.choice;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.selfassessment.internal.Cycle;
import org.partnershiphub.selfassessment.internal.Framework;
import org.partnershiphub.selfassessment.internal.ReturnChases;
import org.partnershiphub.selfassessment.internal.SelfAssessmentRefused;
import org.partnershiphub.selfassessment.internal.SelfAssessments;
import org.partnershiphub.selfassessment.internal.Standard;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The self-assessment overview, the standards library, opening a cycle, a cycle's returns, escalation and the report. */
@Controller
class SelfAssessmentController {

    private final SelfAssessments assessments;
    private final ReturnChases chases;

    SelfAssessmentController(SelfAssessments assessments, ReturnChases chases) {
        this.assessments = assessments;
        this.chases = chases;
    }

    @GetMapping("/self-assessment")
    String overview(Model model) {
        HubPrincipal actor = CurrentUser.require();
        List<Cycle> cycles = assessments.cycles();
        model.addAttribute("cycles", cycles);
        model.addAttribute("cycleNames", cycles.stream().collect(Collectors.toMap(Cycle::getId, Cycle::getName)));
        model.addAttribute("cycleDue", cycles.stream().collect(Collectors.toMap(Cycle::getId, Cycle::getDueOn)));
        model.addAttribute("own", assessments.ownReturns(actor));
        model.addAttribute("across", SelfAssessments.readsAcross(actor));
        model.addAttribute("canManage", actor.hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("today", assessments.today());
        return "selfassessment/overview";
    }

    // ---- the standards library

    @GetMapping("/self-assessment/standards")
    String standards(Model model) {
        model.addAttribute("library", assessments.library());
        model.addAttribute("canManage", CurrentUser.require().hasRole(Role.BUSINESS_UNIT));
        return "selfassessment/standards";
    }

    record StandardForm(String framework,
                        @NotBlank(message = "{sa.error.number}") @Size(max = 10, message = "{sa.error.numberLength}") String number,
                        @NotBlank(message = "{sa.error.title}") @Size(max = 300, message = "{sa.error.titleLength}") String title,
                        @Size(max = 4000, message = "{error.tooLong4000}") String guidance, Boolean active) {
    }

    @GetMapping("/self-assessment/standards/new")
    String newStandard(Model model) {
        return standardForm(null, new StandardForm(Framework.SECTION_11.name(), "", "", "", true), model);
    }

    @PostMapping("/self-assessment/standards")
    String addStandard(@Valid @ModelAttribute("form") StandardForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Framework framework = choice(Framework.class, form.framework());
        if (framework == null) {
            errors.rejectValue("framework", "sa.error.framework");
        }
        if (!errors.hasErrors()) {
            try {
                assessments.addStandard(CurrentUser.require(),
                        new SelfAssessments.StandardDetails(framework, form.number(), form.title(), form.guidance(), true));
                redirect.addFlashAttribute("notice", "sa.standard.saved");
                return "redirect:/self-assessment/standards#" + framework.name();
            } catch (SelfAssessmentRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return standardForm(null, form, model);
    }

    @GetMapping("/self-assessment/standards/{standardId}/edit")
    String editStandard(@PathVariable long standardId, Model model) {
        Standard s = assessments.standard(standardId);
        return standardForm(s, new StandardForm(s.getFramework().name(), s.getNumber(), s.getTitle(), s.getGuidance(), s.isActive()), model);
    }

    @PostMapping("/self-assessment/standards/{standardId}/edit")
    String saveStandard(@PathVariable long standardId, @Valid @ModelAttribute("form") StandardForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        Standard s = assessments.standard(standardId);
        if (!errors.hasErrors()) {
            try {
                assessments.editStandard(CurrentUser.require(), standardId,
                        new SelfAssessments.StandardDetails(s.getFramework(), form.number(), form.title(), form.guidance(), Boolean.TRUE.equals(form.active())));
                redirect.addFlashAttribute("notice", "sa.standard.saved");
                return "redirect:/self-assessment/standards#" + s.getFramework().name();
            } catch (SelfAssessmentRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return standardForm(s, form, model);
    }

    private String standardForm(Standard standard, StandardForm form, Model model) {
        model.addAttribute("standard", standard);
        model.addAttribute("form", form);
        model.addAttribute("frameworks", Framework.values());
        return "selfassessment/standard-form";
    }

    // ---- cycles

    record CycleForm(@NotBlank(message = "{sa.error.cycleName}") @Size(max = 100, message = "{sa.error.cycleNameLength}") String name,
                     DateInput dueOn) {
    }

    @GetMapping("/self-assessment/cycles/new")
    String newCycle(Model model) {
        model.addAttribute("form", new CycleForm("", DateInput.EMPTY));
        return "selfassessment/cycle-form";
    }

    @PostMapping("/self-assessment/cycles")
    String openCycle(@Valid @ModelAttribute("form") CycleForm form, BindingResult errors, RedirectAttributes redirect) {
        LocalDate due = DateInput.read(form.dueOn(), "dueOn", errors, true, "sa.error.dueOn");
        if (!errors.hasErrors()) {
            try {
                Cycle cycle = assessments.openCycle(CurrentUser.require(), form.name(), due);
                redirect.addFlashAttribute("notice", "sa.cycle.opened");
                return "redirect:/self-assessment/cycles/" + cycle.getId();
            } catch (SelfAssessmentRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return "selfassessment/cycle-form";
    }

    @GetMapping("/self-assessment/cycles/{cycleId}")
    String cycle(@PathVariable long cycleId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        List<SelfAssessments.ReturnRow> rows = assessments.returnRows(actor, cycleId);
        model.addAttribute("cycle", assessments.cycle(cycleId));
        model.addAttribute("rows", rows);
        model.addAttribute("returned", rows.stream().filter(r -> r.ret().getStatus().returned()).count());
        model.addAttribute("overdue", rows.stream().filter(SelfAssessments.ReturnRow::overdue).count());
        model.addAttribute("lastChased", chases.lastChased(cycleId));
        model.addAttribute("chair", chases.independentChair());
        model.addAttribute("canManage", actor.hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("today", assessments.today());
        return "selfassessment/cycle";
    }

    @PostMapping("/self-assessment/cycles/{cycleId}/escalate")
    String escalate(@PathVariable long cycleId, RedirectAttributes redirect) {
        try {
            int escalated = chases.escalate(CurrentUser.require(), cycleId);
            redirect.addFlashAttribute("notice", "sa.escalated");
            redirect.addFlashAttribute("noticeArguments", new Object[] {escalated});
        } catch (SelfAssessmentRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/self-assessment/cycles/" + cycleId;
    }

    @GetMapping("/self-assessment/cycles/{cycleId}/report")
    String report(@PathVariable long cycleId, Model model) {
        SelfAssessments.Report report = assessments.report(CurrentUser.require(), cycleId);
        model.addAttribute("report", report);
        model.addAttribute("frameworks", Framework.values());
        model.addAttribute("today", assessments.today());
        return "selfassessment/report";
    }
}
