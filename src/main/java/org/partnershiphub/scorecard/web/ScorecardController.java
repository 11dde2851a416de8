package org.partnershiphub.scorecard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphub.scorecard.internal.Benchmark;
import org.partnershiphub.scorecard.internal.Figure;
import org.partnershiphub.scorecard.internal.Indicator;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.scorecard.internal.ScorecardRefused;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Quarter;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scorecard for a quarter, an indicator's trend, entering and signing off a figure, benchmarks, and the export. */
@Controller
class ScorecardController {

    private final Scorecard scorecard;
    private final MessageSource messages;
    private final org.partnershiphub.shared.pdf.PdfDocuments pdf;
    private final String partnership;

    ScorecardController(Scorecard scorecard, MessageSource messages, org.partnershiphub.shared.pdf.PdfDocuments pdf,
                        @org.springframework.beans.factory.annotation.Value("${hub.partnership-name}") String partnership) {
        this.scorecard = scorecard;
        this.messages = messages;
        this.pdf = pdf;
        this.partnership = partnership;
    }

    /** The quarter's scorecard as a tagged PDF (PDF/UA) for the Executive's papers; audited like every export. */
    @GetMapping("/scorecard/export.pdf")
    ResponseEntity<byte[]> exportPdf(@RequestParam(required = false) String quarter) {
        HubPrincipal actor = CurrentUser.require();
        Scorecard.View view = scorecard.view(actor, quarter(quarter));
        scorecard.recordExport(actor, view.quarter());
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("view", view);
        variables.put("fmt", FORMAT);
        variables.put("partnership", partnership);
        variables.put("today", scorecard.today());
        byte[] document = pdf.render("scorecard/_scorecard-pdf", "/pdf/plan.css", variables);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("scorecard-" + view.quarter().key() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    record FigureForm(String value, String numerator, String denominator, String commentary) {
    }

    record BenchmarkForm(String kind, String period, String benchmarkValue) {
    }

    private Quarter quarter(String key) {
        return key == null || key.isBlank() ? scorecard.reportingQuarter()
                : Quarter.ofKey(key).filter(scorecard.quarters()::contains).orElseThrow(() -> new NotFoundException("quarter"));
    }

    @GetMapping("/scorecard")
    String scorecard(@RequestParam(required = false) String quarter, Model model) {
        HubPrincipal actor = CurrentUser.require();
        Quarter shown = quarter(quarter);
        Scorecard.View view = scorecard.view(actor, shown);
        model.addAttribute("view", view);
        model.addAttribute("groups", new ScorecardRows(messages).groups(view));
        model.addAttribute("signedOff", messages.getMessage("scorecard.signedOffTag", null, Locale.UK));
        model.addAttribute("notRecorded", messages.getMessage("common.notRecorded", null, Locale.UK));
        model.addAttribute("quarters", scorecard.quarters());
        model.addAttribute("across", Scorecard.readsAcross(actor));
        model.addAttribute("canDefine", actor.hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("canEnter", actor.hasAnyRole(Role.BUSINESS_UNIT, Role.AGENCY_LEAD));
        model.addAttribute("fmt", FORMAT);
        model.addAttribute("kinds", Benchmark.Kind.values());
        model.addAttribute("today", scorecard.today());
        return "scorecard/scorecard";
    }

    /** The template's view of {@link ScorecardFormat}. */
    static final Formatting FORMAT = new Formatting();

    static final class Formatting {
        public String value(Indicator indicator, BigDecimal value) {
            return ScorecardFormat.value(indicator.getUnit(), value);
        }

        public String number(BigDecimal value) {
            return ScorecardFormat.number(value);
        }

        /** The chart's bar height in the 0-160 drawing, against the largest value or target shown. */
        public int height(BigDecimal value, BigDecimal max) {
            if (value == null || max == null || max.signum() <= 0) {
                return 0;
            }
            return Math.max(1, value.multiply(BigDecimal.valueOf(160)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue());
        }
    }

    @GetMapping("/scorecard/indicators/{id}")
    String indicator(@PathVariable long id, Model model) {
        HubPrincipal actor = CurrentUser.require();
        Scorecard.History history = scorecard.history(actor, id);
        model.addAttribute("history", history);
        BigDecimal max = history.points().stream().map(Scorecard.Point::value).filter(java.util.Objects::nonNull)
                .reduce(history.indicator().getTarget() == null ? BigDecimal.ZERO : history.indicator().getTarget(), BigDecimal::max);
        if (history.indicator().getTargetUpper() != null) {
            max = max.max(history.indicator().getTargetUpper());
        }
        model.addAttribute("max", max);
        model.addAttribute("fmt", FORMAT);
        model.addAttribute("mayEnter", Scorecard.mayEnter(actor, history.indicator()));
        model.addAttribute("canDefine", actor.hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("kinds", Benchmark.Kind.values());
        if (!model.containsAttribute("benchmark")) {
            model.addAttribute("benchmark", new BenchmarkForm("", "", ""));
        }
        return "scorecard/indicator";
    }

    @GetMapping("/scorecard/indicators/{id}/figures/{quarter}")
    String figureForm(@PathVariable long id, @PathVariable String quarter, Model model) {
        HubPrincipal actor = CurrentUser.require();
        Quarter q = quarter(quarter);
        Figure figure = scorecard.figure(actor, id, q.key()).orElse(null);
        FigureForm form = figure == null ? new FigureForm("", "", "", "")
                : new FigureForm(plain(figure.getValue()), plain(figure.getNumerator()), plain(figure.getDenominator()), figure.getCommentary());
        return figurePage(actor, id, q, figure, form, model);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private String figurePage(HubPrincipal actor, long id, Quarter quarter, Figure figure, FigureForm form, Model model) {
        Indicator indicator = scorecard.indicator(actor, id);
        if (!Scorecard.mayEnter(actor, indicator)) {
            throw org.partnershiphub.identity.Permissions.deniedAfterAudit();
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("quarter", quarter);
        model.addAttribute("figure", figure);
        model.addAttribute("form", form);
        model.addAttribute("due", scorecard.dueDate(quarter));
        model.addAttribute("canSignOff", actor.hasRole(Role.BUSINESS_UNIT));
        return "scorecard/figure-form";
    }

    @PostMapping("/scorecard/indicators/{id}/figures/{quarter}")
    String enter(@PathVariable long id, @PathVariable String quarter, @ModelAttribute("form") FigureForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        Quarter q = quarter(quarter);
        for (String field : List.of("value", "numerator", "denominator")) {
            String typed = field.equals("value") ? form.value() : field.equals("numerator") ? form.numerator() : form.denominator();
            if (!ScorecardFormat.readable(typed)) {
                errors.rejectValue(field, "scorecard.error.number");
            }
        }
        if (!errors.hasErrors()) {
            try {
                scorecard.enterFigure(actor, id, new Scorecard.FigureCommand(q.key(), ScorecardFormat.parse(form.value()).orElse(null),
                        ScorecardFormat.parse(form.numerator()).orElse(null), ScorecardFormat.parse(form.denominator()).orElse(null),
                        form.commentary()));
                redirect.addFlashAttribute("notice", "scorecard.figure.saved");
                return "redirect:/scorecard/indicators/" + id;
            } catch (ScorecardRefused refused) {
                errors.rejectValue(refused.field().equals("quarter") || refused.field().equals("figure") ? "value" : refused.field(),
                        refused.messageKey());
            }
        }
        return figurePage(actor, id, q, scorecard.figure(actor, id, q.key()).orElse(null), form, model);
    }

    @PostMapping("/scorecard/indicators/{id}/figures/{quarter}/sign-off")
    String signOff(@PathVariable long id, @PathVariable String quarter, RedirectAttributes redirect) {
        try {
            scorecard.signOff(CurrentUser.require(), id, quarter(quarter).key());
            redirect.addFlashAttribute("notice", "scorecard.figure.signedOff");
        } catch (ScorecardRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/scorecard/indicators/" + id;
    }

    @PostMapping("/scorecard/indicators/{id}/benchmarks")
    String benchmark(@PathVariable long id, @ModelAttribute("benchmark") BenchmarkForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        Benchmark.Kind kind = null;
        try {
            kind = form.kind() == null || form.kind().isBlank() ? null : Benchmark.Kind.valueOf(form.kind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (!ScorecardFormat.readable(form.benchmarkValue())) {
            errors.rejectValue("benchmarkValue", "scorecard.error.number");
        } else {
            try {
                scorecard.recordBenchmark(CurrentUser.require(), id, kind, form.period(), ScorecardFormat.parse(form.benchmarkValue()).orElse(null));
                redirect.addFlashAttribute("notice", "scorecard.benchmark.saved");
                return "redirect:/scorecard/indicators/" + id + "#benchmarks";
            } catch (ScorecardRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return indicator(id, model);
    }

    @GetMapping("/scorecard/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String quarter) {
        HubPrincipal actor = CurrentUser.require();
        Scorecard.View view = scorecard.view(actor, quarter(quarter));
        scorecard.recordExport(actor, view.quarter());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Scorecard " + view.quarter().key());
            String[] heading = {"Priority", "Code", "Indicator", "Owner", "Unit", "Target", view.quarter().label(), "RAG",
                    "Last quarter", "Since last quarter", "Same quarter last year", "Since last year", "Statistical neighbours", "Region",
                    "England", "Commentary", "Status"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < heading.length; c++) {
                header.createCell(c).setCellValue(heading[c]);
            }
            int r = 1;
            for (Scorecard.Group group : view.groups()) {
                for (Scorecard.Line line : group.lines()) {
                    Indicator i = line.indicator();
                    Row row = sheet.createRow(r++);
                    Object[] cells = {group.name(), i.getCode(), i.getTitle(), line.owner(), text("scorecard.unit." + i.getUnit()),
                            target(i), line.value(), text("scorecard.rag." + line.rag()),
                            line.lastQuarter() == null ? null : line.lastQuarter().getValue(), text("scorecard.travel." + line.sinceLastQuarter()),
                            line.lastYear() == null ? null : line.lastYear().getValue(), text("scorecard.travel." + line.sinceLastYear()),
                            bench(line, Benchmark.Kind.STATISTICAL_NEIGHBOURS), bench(line, Benchmark.Kind.REGION),
                            bench(line, Benchmark.Kind.ENGLAND), line.figure() == null ? "" : line.figure().getCommentary(),
                            text("scorecard.due." + line.due())};
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] instanceof BigDecimal number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(cells[c] == null ? "" : cells[c].toString()); // text cells: never formulas
                        }
                    }
                }
            }
            for (int c = 0; c < heading.length; c++) {
                sheet.setColumnWidth(c, (c == 2 || c == 15 ? 50 : 18) * 256);
            }
            workbook.write(out);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("scorecard-" + view.quarter().key() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }

    private String target(Indicator i) {
        if (i.getTarget() == null) {
            return text("scorecard.noTarget");
        }
        return i.getTargetUpper() == null ? ScorecardFormat.value(i.getUnit(), i.getTarget())
                : ScorecardFormat.value(i.getUnit(), i.getTarget()) + " to " + ScorecardFormat.value(i.getUnit(), i.getTargetUpper());
    }

    private static BigDecimal bench(Scorecard.Line line, Benchmark.Kind kind) {
        Benchmark b = line.benchmarks().get(kind);
        return b == null ? null : b.getValue();
    }
}
