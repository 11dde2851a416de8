package org.partnershiphub.strategy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.strategy.internal.BusinessPlans;
import org.partnershiphub.strategy.internal.PlanOutcome;
import org.partnershiphub.strategy.internal.PlanPriority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A priority's outcomes, the level between a priority and its actions: added and reworded by the business unit. */
@Controller
class OutcomesController {

    private final BusinessPlans plans;

    OutcomesController(BusinessPlans plans) {
        this.plans = plans;
    }

    record OutcomeForm(@NotBlank(message = "{outcome.error.title}")
                       @Size(max = PlanOutcome.MAX_TITLE, message = "{error.tooLong1000}") String title) {
    }

    @GetMapping("/plan/{id}/priorities/{priorityId}/outcomes/new")
    String newOutcome(@PathVariable long id, @PathVariable long priorityId, Model model) {
        return form(id, plans.priority(id, priorityId), null, new OutcomeForm(""), model);
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/outcomes")
    String add(@PathVariable long id, @PathVariable long priorityId, @Valid @ModelAttribute("form") OutcomeForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        PlanPriority priority = plans.priority(id, priorityId);
        if (errors.hasErrors()) {
            return form(id, priority, null, form, model);
        }
        PlanOutcome outcome = plans.addOutcome(id, priorityId, form.title());
        redirect.addFlashAttribute("notice", "outcome.saved");
        return "redirect:/plan/" + id + "#outcome-" + outcome.getId();
    }

    @GetMapping("/plan/{id}/outcomes/{outcomeId}/edit")
    String edit(@PathVariable long id, @PathVariable long outcomeId, Model model) {
        PlanOutcome outcome = plans.outcome(id, outcomeId);
        return form(id, plans.priority(id, outcome.getPriorityId()), outcome, new OutcomeForm(outcome.getTitle()), model);
    }

    @PostMapping("/plan/{id}/outcomes/{outcomeId}/edit")
    String save(@PathVariable long id, @PathVariable long outcomeId, @Valid @ModelAttribute("form") OutcomeForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        PlanOutcome outcome = plans.outcome(id, outcomeId);
        if (errors.hasErrors()) {
            return form(id, plans.priority(id, outcome.getPriorityId()), outcome, form, model);
        }
        plans.renameOutcome(id, outcomeId, form.title());
        redirect.addFlashAttribute("notice", "outcome.saved");
        return "redirect:/plan/" + id + "#outcome-" + outcomeId;
    }

    private String form(long planId, PlanPriority priority, PlanOutcome outcome, OutcomeForm form, Model model) {
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("priority", priority);
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", form);
        return "strategy/outcome-form";
    }
}
