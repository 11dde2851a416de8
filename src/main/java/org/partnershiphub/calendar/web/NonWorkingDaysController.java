package org.partnershiphub.calendar.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.calendar.internal.LocalNonWorkingDays;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business unit adds the partnership's own non-working days, which every deadline then skips. */
@Controller
class NonWorkingDaysController {

    private final LocalNonWorkingDays days;

    NonWorkingDaysController(LocalNonWorkingDays days) {
        this.days = days;
    }

    record NewDay(String day, String month, String year,
                  @NotBlank(message = "{calendar.error.reason}") @Size(max = 200, message = "{calendar.error.reasonLength}") String reason) {

        LocalDate date() {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        }
    }

    @GetMapping("/calendar/non-working-days")
    String list(Model model) {
        model.addAttribute("form", new NewDay("", "", "", ""));
        return view(model);
    }

    @PostMapping("/calendar/non-working-days")
    String add(@Valid @ModelAttribute("form") NewDay form, BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate date = null;
        try {
            date = form.date();
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            errors.rejectValue("day", "calendar.error.date");
        }
        if (!errors.hasErrors() && !days.add(date, form.reason())) {
            errors.rejectValue("day", "calendar.error.duplicate");
        }
        if (errors.hasErrors()) {
            return view(model);
        }
        redirect.addFlashAttribute("notice", "calendar.added");
        return "redirect:/calendar/non-working-days";
    }

    @PostMapping("/calendar/non-working-days/{day}/remove")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        days.remove(day);
        redirect.addFlashAttribute("notice", "calendar.removed");
        return "redirect:/calendar/non-working-days";
    }

    private String view(Model model) {
        model.addAttribute("days", days.all());
        return "calendar/non-working-days";
    }
}

@Configuration(proxyBeanMethods = false)
class CalendarRoutes {

    @Bean
    RouteRules calendarRouteRules() {
        return routes -> routes
                .requestMatchers("/calendar/non-working-days", "/calendar/non-working-days/*/remove").hasRole(Role.BUSINESS_UNIT.name());
    }

    @Bean
    NavigationItem calendarNavigation() {
        return new NavigationItem(85, "nav.calendar", "/calendar/non-working-days", Set.of(Role.BUSINESS_UNIT));
    }
}
