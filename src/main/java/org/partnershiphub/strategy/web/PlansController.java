package org.partnershiphub.strategy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.Role;
import org.partnershiphub.strategy.internal.BusinessPlans;
import org.partnershiphub.strategy.internal.LeadNames;
import org.partnershiphub.strategy.internal.Plan;
import org.partnershiphub.strategy.internal.PlanPriority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's plans: the list, a new plan, the plan as its document reads, priorities and agreeing a version. */
@Controller
class PlansController {

    private final BusinessPlans plans;
    private final Directory directory;

    PlansController(BusinessPlans plans, Directory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    /** Years are typed as "2024" and "2025" for 2024-25; "2019" and "2022" for a three-year plan. */
    record PlanForm(@NotBlank(message = "{plan.error.title}") @Size(max = 200, message = "{error.tooLong200}") String title,
                    String firstYear, String lastYear,
                    @Size(max = 8000, message = "{error.tooLong8000}") String introduction) {
    }

    record AgreeForm(@NotBlank(message = "{plan.error.whatChanged}") @Size(max = 4000, message = "{error.tooLong4000}") String whatChanged) {
    }

    record PriorityForm(@NotBlank(message = "{priority.error.code}") @Size(max = 20, message = "{priority.error.codeLength}") String code,
                        @NotBlank(message = "{priority.error.title}") @Size(max = 300, message = "{priority.error.titleLength}") String title,
                        @Size(max = 8000, message = "{error.tooLong8000}") String statement,
                        @Size(max = 4000, message = "{error.tooLong4000}") String commitment,
                        @Size(max = 200, message = "{error.tooLong200}") String partnershipLead,
                        @Size(max = 200, message = "{error.tooLong200}") String boardOfficer,
                        @Size(max = 4000, message = "{error.tooLong4000}") String deliveryMechanism) {
        static PriorityForm of(PlanPriority p) {
            return new PriorityForm(p.getCode(), p.getTitle(), p.getStatement(), p.getCommitment(), p.getPartnershipLead(),
                    p.getBoardOfficer(), p.getDeliveryMechanism());
        }

        BusinessPlans.PriorityDetails details() {
            return new BusinessPlans.PriorityDetails(code, title, statement, commitment, partnershipLead, boardOfficer, deliveryMechanism);
        }
    }

    @GetMapping("/plan")
    String list(Model model) {
        model.addAttribute("plans", plans.plans());
        model.addAttribute("canEdit", CurrentUser.require().hasRole(Role.BUSINESS_UNIT));
        return "strategy/plans";
    }

    @GetMapping("/plan/new")
    String newPlan(Model model) {
        int year = plans.currentQuarter().financialYear();
        model.addAttribute("form", new PlanForm("", String.valueOf(year), String.valueOf(year + 1), ""));
        model.addAttribute("planId", null);
        return "strategy/plan-form";
    }

    @PostMapping("/plan")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        BusinessPlans.PlanDetails details = details(form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("planId", null);
            return "strategy/plan-form";
        }
        Plan plan = plans.createPlan(details);
        redirect.addFlashAttribute("notice", "plan.created");
        return "redirect:/plan/" + plan.getId();
    }

    @GetMapping("/plan/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Plan plan = plans.plan(id);
        model.addAttribute("form", new PlanForm(plan.getTitle(), String.valueOf(plan.getFirstYear()), String.valueOf(plan.getLastYear()),
                plan.getIntroduction()));
        model.addAttribute("planId", id);
        return "strategy/plan-form";
    }

    @PostMapping("/plan/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        plans.plan(id);
        BusinessPlans.PlanDetails details = details(form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("planId", id);
            return "strategy/plan-form";
        }
        plans.editPlan(id, details);
        redirect.addFlashAttribute("notice", "plan.saved");
        return "redirect:/plan/" + id;
    }

    private static BusinessPlans.PlanDetails details(PlanForm form, BindingResult errors) {
        Integer first = year(form.firstYear(), "firstYear", errors);
        Integer last = year(form.lastYear(), "lastYear", errors);
        if (first != null && last != null && (last <= first || last - first > 5)) {
            errors.rejectValue("lastYear", "plan.error.lastYearOrder");
        }
        return errors.hasErrors() ? null : new BusinessPlans.PlanDetails(form.title().trim(), first, last, form.introduction());
    }

    private static Integer year(String text, String field, BindingResult errors) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.trim());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue(field, "plan.error." + field);
        return null;
    }

    @GetMapping("/plan/{id}")
    String document(@PathVariable long id, Model model) {
        model.addAttribute("doc", plans.document(id));
        model.addAttribute("names", new LeadNames(directory));
        model.addAttribute("canEdit", CurrentUser.require().hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("today", plans.today());
        model.addAttribute("quarter", plans.currentQuarter());
        return "strategy/plan";
    }

    @GetMapping("/plan/{id}/agree")
    String agreeForm(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.plan(id));
        model.addAttribute("form", new AgreeForm(""));
        return "strategy/plan-agree";
    }

    @PostMapping("/plan/{id}/agree")
    String agree(@PathVariable long id, @Valid @ModelAttribute("form") AgreeForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("plan", plans.plan(id));
            return "strategy/plan-agree";
        }
        plans.agree(id, form.whatChanged().trim());
        redirect.addFlashAttribute("notice", "plan.agreed");
        return "redirect:/plan/" + id;
    }

    @GetMapping("/plan/{id}/priorities/new")
    String newPriority(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.plan(id));
        model.addAttribute("form", new PriorityForm("", "", "", "", "", "", ""));
        model.addAttribute("priorityId", null);
        return "strategy/priority-form";
    }

    @PostMapping("/plan/{id}/priorities")
    String addPriority(@PathVariable long id, @Valid @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        Plan plan = plans.plan(id);
        if (form.code() != null && !form.code().isBlank() && plans.codeTaken(id, form.code(), null)) {
            errors.rejectValue("code", "priority.error.codeTaken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("plan", plan);
            model.addAttribute("priorityId", null);
            return "strategy/priority-form";
        }
        plans.addPriority(id, form.details());
        redirect.addFlashAttribute("notice", "priority.saved");
        return "redirect:/plan/" + id;
    }

    @GetMapping("/plan/{id}/priorities/{priorityId}/edit")
    String editPriority(@PathVariable long id, @PathVariable long priorityId, Model model) {
        model.addAttribute("plan", plans.plan(id));
        model.addAttribute("form", PriorityForm.of(plans.priority(id, priorityId)));
        model.addAttribute("priorityId", priorityId);
        return "strategy/priority-form";
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/edit")
    String savePriority(@PathVariable long id, @PathVariable long priorityId, @Valid @ModelAttribute("form") PriorityForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        Plan plan = plans.plan(id);
        plans.priority(id, priorityId);
        if (form.code() != null && !form.code().isBlank() && plans.codeTaken(id, form.code(), priorityId)) {
            errors.rejectValue("code", "priority.error.codeTaken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("plan", plan);
            model.addAttribute("priorityId", priorityId);
            return "strategy/priority-form";
        }
        plans.editPriority(id, priorityId, form.details());
        redirect.addFlashAttribute("notice", "priority.saved");
        return "redirect:/plan/" + id;
    }
}
