package org.partnershiphub.strategy.web;

import java.util.ArrayList;
import java.util.List;

import org.partnershiphub.strategy.internal.ActionStatus;
import org.partnershiphub.strategy.internal.BusinessPlans;
import org.partnershiphub.strategy.internal.PlanDashboard;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Executive's at-a-glance view of a plan: a chart with the table behind it, and the overdue actions. */
@Controller
class DashboardController {

    private final PlanDashboard dashboard;
    private final BusinessPlans plans;
    private final MessageSource messages;

    DashboardController(PlanDashboard dashboard, BusinessPlans plans, MessageSource messages) {
        this.dashboard = dashboard;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/plan/dashboard")
    String current(Model model) {
        return plans.currentPlan().map(p -> "redirect:/plan/" + p.getId() + "/dashboard").orElse("redirect:/plan");
    }

    static final int BAR_START = 200;
    static final int BAR_WIDTH = 440;
    static final int ROW_HEIGHT = 36;

    record Segment(ActionStatus status, int count, int x, int width) {
    }

    record Bar(String label, int y, List<Segment> segments, int total) {
    }

    /** Stacked bars, one per priority, each segment a status, scaled to the priority with the most actions. */
    static List<Bar> bars(PlanDashboard.View view, String plannedWorkLabel) {
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (PlanDashboard.Line line : view.lines()) {
            List<Segment> segments = new ArrayList<>();
            int x = BAR_START;
            for (ActionStatus status : ActionStatus.values()) {
                int count = line.count(status);
                if (count > 0) {
                    int width = Math.max(2, Math.round((float) count * BAR_WIDTH / view.maxTotal()));
                    segments.add(new Segment(status, count, x, width));
                    x += width;
                }
            }
            bars.add(new Bar(line.plannedWork() ? plannedWorkLabel : line.code(), row * ROW_HEIGHT + 10, segments, line.total()));
            row++;
        }
        return bars;
    }

    @GetMapping("/plan/{id}/dashboard")
    String view(@PathVariable long id, Model model, java.util.Locale locale) {
        PlanDashboard.View view = dashboard.view(id);
        model.addAttribute("view", view);
        model.addAttribute("bars", bars(view, messages.getMessage("plan.plannedWork", null, locale)));
        model.addAttribute("chartHeight", view.lines().size() * ROW_HEIGHT + 20);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("plans", plans.plans());
        return "strategy/dashboard";
    }
}
