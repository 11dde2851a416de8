package org.partnershiphub.retention.web;

import java.util.Set;

import org.partnershiphub.retention.internal.RetentionSchedule;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator (or the data protection officer) sets how long each kind of record is kept. */
@Controller
class RetentionController {

    private final RetentionSchedule schedule;

    RetentionController(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/admin/retention")
    String page(Model model) {
        model.addAttribute("policies", schedule.policies());
        model.addAttribute("lastRuns", schedule.lastRuns());
        return "retention/retention";
    }

    @PostMapping("/admin/retention/{recordType}")
    String setPeriod(@PathVariable String recordType, @RequestParam(required = false) String retainDays, RedirectAttributes redirect) {
        int days;
        try {
            days = Integer.parseInt(retainDays == null ? "" : retainDays.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > 36_500) {
            redirect.addFlashAttribute("problem", "retention.error.days");
            return "redirect:/admin/retention";
        }
        try {
            schedule.setPeriod(recordType, days);
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("problem", "retention.error.type");
            return "redirect:/admin/retention";
        }
        redirect.addFlashAttribute("notice", "retention.saved");
        return "redirect:/admin/retention";
    }
}

@Configuration(proxyBeanMethods = false)
class RetentionRoutes {

    @Bean
    RouteRules retentionRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/admin/retention").hasAnyRole(Role.ADMINISTRATOR.name(), Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/admin/retention/*").hasAnyRole(Role.ADMINISTRATOR.name(), Role.AUDITOR.name());
    }

    @Bean
    NavigationItem retentionNavigation() {
        return new NavigationItem(96, "nav.retention", "/admin/retention", Set.of(Role.ADMINISTRATOR, Role.AUDITOR));
    }
}
