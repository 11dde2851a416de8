package org.partnershiphub.yearlyreport.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.yearlyreport.internal.YearlyReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The yearly report's figures for any period, live from every module: by default the last complete financial year
 * (1 April to 31 March). Read by the partnership's leaders, the independent scrutineer, the business unit and subgroup
 * members; each view is in the audit trail.
 */
@Controller
class YearlyReportController {

    private final YearlyReports reports;

    YearlyReportController(YearlyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/yearly-report")
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate start = parse(from, reports.defaultFrom());
        LocalDate end = parse(to, start.plusYears(1).minusDays(1));
        if (end.isBefore(start)) {
            model.addAttribute("problem", "yearly.error.period");
            end = start.plusYears(1).minusDays(1);
        }
        model.addAttribute("sections", reports.figures(CurrentUser.require(), start, end));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("notTwelveMonths", !end.equals(start.plusYears(1).minusDays(1)));
        return "yearlyreport/figures";
    }

    private static LocalDate parse(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
