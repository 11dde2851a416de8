package org.partnershiphub.scorecard.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.scorecard.internal.Benchmark;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.web.SpreadsheetTables;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Benchmarks from a spreadsheet the business unit supplies (for example figures copied from the Department for
 * Education's local authority interactive tool): one row per indicator, comparator and period; every row or none.
 */
@Controller
class BenchmarkUploadController {

    static final List<String> COLUMNS = List.of("Code", "Comparator", "Period", "Value");
    private static final Map<String, Benchmark.Kind> KINDS = Map.of("england", Benchmark.Kind.ENGLAND, "national", Benchmark.Kind.ENGLAND,
            "region", Benchmark.Kind.REGION, "regional", Benchmark.Kind.REGION, "statistical neighbours", Benchmark.Kind.STATISTICAL_NEIGHBOURS,
            "statistical neighbour", Benchmark.Kind.STATISTICAL_NEIGHBOURS, "stat neighbours", Benchmark.Kind.STATISTICAL_NEIGHBOURS,
            "sn", Benchmark.Kind.STATISTICAL_NEIGHBOURS);

    private final Scorecard scorecard;
    private final UploadChecker checker;

    BenchmarkUploadController(Scorecard scorecard, UploadChecker checker) {
        this.scorecard = scorecard;
        this.checker = checker;
    }

    @GetMapping("/scorecard/benchmarks/upload")
    String page(Model model) {
        model.addAttribute("columns", COLUMNS);
        return "scorecard/benchmark-upload";
    }

    @PostMapping("/scorecard/benchmarks/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        model.addAttribute("columns", COLUMNS);
        if (file == null || file.isEmpty()) {
            return refused(model, "scorecard.upload.choose", new Object[0]);
        }
        CheckedUpload upload;
        try {
            upload = checker.check(file, EnumSet.of(FileKind.XLSX, FileKind.CSV));
        } catch (UploadRefused refused) {
            return refused(model, refused.messageKey(), refused.messageArguments());
        }
        List<List<String>> table = upload.kind() == FileKind.XLSX ? SpreadsheetTables.xlsx(upload.content(), 5001)
                : SpreadsheetTables.csv(upload.content());
        if (table.size() < 2) {
            return refused(model, "scorecard.upload.empty", new Object[0]);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < table.get(0).size(); c++) {
            String heading = table.get(0).get(c).strip().toLowerCase(Locale.UK);
            for (String column : COLUMNS) {
                if (heading.equals(column.toLowerCase(Locale.UK))) {
                    index.putIfAbsent(column, c);
                }
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                return refused(model, "scorecard.upload.column", new Object[] {column});
            }
        }
        List<Scorecard.BenchmarkLine> lines = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            String code = cell(cells, index.get("Code"));
            String value = cell(cells, index.get("Value"));
            if (code.isEmpty() && value.isEmpty()) {
                continue;
            }
            String kind = cell(cells, index.get("Comparator")).toLowerCase(Locale.UK).replaceAll("[^a-z ]", "").strip();
            lines.add(new Scorecard.BenchmarkLine(r + 1, code, KINDS.get(kind), cell(cells, index.get("Period")),
                    ScorecardFormat.parse(value).orElse(null)));
        }
        if (lines.isEmpty()) {
            return refused(model, "scorecard.upload.empty", new Object[0]);
        }
        List<Scorecard.LineProblem> problems = scorecard.recordBenchmarks(CurrentUser.require(), lines);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("pageErrors", true);
            return "scorecard/benchmark-upload";
        }
        redirect.addFlashAttribute("notice", "scorecard.benchmarks.saved");
        redirect.addFlashAttribute("noticeArguments", new Object[] {lines.size()});
        return "redirect:/scorecard";
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip();
    }

    private static String refused(Model model, String key, Object[] arguments) {
        model.addAttribute("fileError", key);
        model.addAttribute("fileErrorArguments", arguments);
        model.addAttribute("pageErrors", true);
        return "scorecard/benchmark-upload";
    }
}
