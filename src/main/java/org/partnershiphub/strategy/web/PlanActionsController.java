package org.partnershiphub.strategy.web;

import java.util.List;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.strategy.internal.BusinessPlanActions;
import org.partnershiphub.strategy.internal.PlanAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The business plan's actions, with where each came from. */
@Controller
class PlanActionsController {

    private final BusinessPlanActions actions;
    private final Directory directory;

    PlanActionsController(BusinessPlanActions actions, Directory directory) {
        this.actions = actions;
        this.directory = directory;
    }

    record Row(PlanAction action, String leadAgency) {
    }

    @GetMapping("/plan/actions")
    String list(@RequestParam(required = false) Long after, Model model) {
        List<PlanAction> page = actions.page(after);
        boolean more = page.size() > BusinessPlanActions.PAGE_SIZE;
        List<PlanAction> shown = more ? page.subList(0, BusinessPlanActions.PAGE_SIZE) : page;
        model.addAttribute("rows", shown.stream().map(a -> new Row(a, directory.agencyName(a.getLeadAgencyId()))).toList());
        model.addAttribute("nextAfter", more ? shown.get(shown.size() - 1).getId() : null);
        return "strategy/plan-actions";
    }
}
