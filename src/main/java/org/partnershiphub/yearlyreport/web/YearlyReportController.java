package org.partnershiphub.yearlyreport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.YearlyFigures;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The yearly report's figures for a period, live from every module: by default the last complete financial year
 * (1 April to 31 March). Read by the partnership's leaders, the independent scrutineer, the business unit and subgroup
 * members; each view is in the audit trail.
 */
@Controller
class YearlyReportController {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;

    /** One section of the report and its tables, in order. */
    record SectionFigures(YearlyFigures.Section section, List<YearlyFigures.Table> tables) {
    }

    private final List<YearlyFigures> contributions;
    private final AuditTrail audit;
    private final Clock clock;

    YearlyReportController(List<YearlyFigures> contributions, AuditTrail audit, Clock clock) {
        this.contributions = contributions.stream()
                .sorted(Comparator.comparing(YearlyFigures::section).thenComparingInt(YearlyFigures::order)).toList();
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/yearly-report")
    @Transactional
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        int startYear = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        LocalDate start = parse(from, LocalDate.of(startYear, 4, 1));
        LocalDate end = parse(to, start.plusYears(1).minusDays(1));
        boolean refused = end.isBefore(start);
        if (refused) {
            model.addAttribute("problem", "yearly.error.period");
            end = start.plusYears(1).minusDays(1);
        }
        Map<YearlyFigures.Section, List<YearlyFigures.Table>> bySection = new EnumMap<>(YearlyFigures.Section.class);
        for (YearlyFigures contribution : contributions) {
            bySection.computeIfAbsent(contribution.section(), s -> new ArrayList<>()).addAll(contribution.figures(start, end));
        }
        List<SectionFigures> sections = new ArrayList<>();
        for (YearlyFigures.Section section : YearlyFigures.Section.values()) {
            sections.add(new SectionFigures(section, bySection.getOrDefault(section, List.of())));
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, "YearlyReportFigures", null).withDetail(start + " to " + end));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("notTwelveMonths", !end.equals(start.plusYears(1).minusDays(1)));
        model.addAttribute("sections", sections);
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
