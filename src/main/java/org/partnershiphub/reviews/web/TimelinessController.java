package org.partnershiphub.reviews.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.partnershiphub.reviews.internal.ReviewWorkflow;
import org.partnershiphub.reviews.internal.Timeliness;
import org.partnershiphub.shared.web.CsvCells;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The yearly figures for the yearly report: each statutory step on time or late, for a financial year, as a table and CSV. */
@Controller
class TimelinessController {

    /** The earliest and latest financial years offered: the product keeps no figures before 2000. */
    private static final int FIRST_YEAR = 2000;

    private final Timeliness timeliness;
    private final ReviewWorkflow workflow;
    private final MessageSource messages;

    TimelinessController(Timeliness timeliness, ReviewWorkflow workflow, MessageSource messages) {
        this.timeliness = timeliness;
        this.workflow = workflow;
        this.messages = messages;
    }

    private int year(Integer requested) {
        int current = Timeliness.financialYearOf(workflow.today());
        return requested == null || requested < FIRST_YEAR || requested > current ? current : requested;
    }

    @GetMapping("/reviews/timeliness")
    String report(@RequestParam(required = false) Integer year, Model model) {
        int startYear = year(year);
        model.addAttribute("figures", timeliness.yearly(startYear, false));
        model.addAttribute("previousYear", startYear > FIRST_YEAR ? startYear - 1 : null);
        model.addAttribute("nextYear", startYear < Timeliness.financialYearOf(workflow.today()) ? startYear + 1 : null);
        return "reviews/timeliness";
    }

    @GetMapping("/reviews/timeliness.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        Timeliness.YearlyFigures figures = timeliness.yearly(year(year), true);
        String period = messages.getMessage("timeliness.period", new Object[] {figures.startYear(), figures.startYear() + 1}, Locale.UK);
        StringBuilder csv = new StringBuilder();
        csv.append(CsvCells.row(msg("timeliness.csv.period"), msg("timeliness.step"), msg("timeliness.onTime"), msg("timeliness.late"),
                msg("timeliness.total")));
        for (Timeliness.StepFigures step : figures.steps()) {
            csv.append(CsvCells.row(period, msg(step.messageKey()), step.onTime(), step.late(), step.total()));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("review-timeliness-" + figures.startYear() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
