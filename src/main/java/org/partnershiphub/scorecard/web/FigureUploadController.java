package org.partnershiphub.scorecard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.scorecard.internal.ScorecardRefused;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Quarter;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.shared.web.SpreadsheetTables;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A quarter's figures from a spreadsheet: a template listing the person's own indicators, the upload, a preview with
 * every problem by row (nothing saved), and confirming, which saves every row or none.
 */
@Controller
class FigureUploadController {

    static final List<String> COLUMNS = List.of("Code", "Indicator", "Quarter", "Value", "Numerator", "Denominator", "Commentary");
    private static final int MAX_ROWS = 2000;
    private static final Map<String, String> HEADINGS = Map.ofEntries(Map.entry("code", "Code"), Map.entry("indicator code", "Code"),
            Map.entry("ref", "Code"), Map.entry("quarter", "Quarter"), Map.entry("period", "Quarter"), Map.entry("value", "Value"),
            Map.entry("figure", "Value"), Map.entry("numerator", "Numerator"), Map.entry("denominator", "Denominator"),
            Map.entry("commentary", "Commentary"), Map.entry("comments", "Commentary"), Map.entry("comment", "Commentary"));

    private final Scorecard scorecard;
    private final UploadChecker checker;
    private final FigureUploads uploads;

    FigureUploadController(Scorecard scorecard, UploadChecker checker, FigureUploads uploads) {
        this.scorecard = scorecard;
        this.checker = checker;
        this.uploads = uploads;
    }

    @GetMapping("/scorecard/upload")
    String page(Model model) {
        model.addAttribute("quarter", scorecard.reportingQuarter());
        model.addAttribute("columns", COLUMNS);
        return "scorecard/upload";
    }

    /** A template with a row for each indicator the person may enter, for the quarter being collected. */
    @GetMapping("/scorecard/upload/template.xlsx")
    ResponseEntity<byte[]> template() {
        HubPrincipal actor = CurrentUser.require();
        Quarter quarter = scorecard.reportingQuarter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Figures " + quarter.key());
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (Scorecard.Line line : scorecard.view(actor, quarter).lines()) {
                if (Scorecard.mayEnter(actor, line.indicator()) && (line.figure() == null || !line.figure().isLocked())) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.indicator().getCode());
                    row.createCell(1).setCellValue(line.indicator().getTitle());
                    row.createCell(2).setCellValue(quarter.label());
                }
            }
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(6, 60 * 256);
            workbook.write(out);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("scorecard-figures-" + quarter.key() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/scorecard/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            return refused(model, "scorecard.upload.choose", new Object[0]);
        }
        CheckedUpload upload;
        try {
            upload = checker.check(file, EnumSet.of(FileKind.XLSX, FileKind.CSV));
        } catch (UploadRefused refused) {
            return refused(model, refused.messageKey(), refused.messageArguments());
        }
        List<List<String>> table = upload.kind() == FileKind.XLSX ? SpreadsheetTables.xlsx(upload.content(), MAX_ROWS + 1)
                : SpreadsheetTables.csv(upload.content());
        if (table.size() < 2) {
            return refused(model, "scorecard.upload.empty", new Object[0]);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> heading = table.get(0);
        for (int c = 0; c < heading.size(); c++) {
            String name = HEADINGS.get(heading.get(c).strip().toLowerCase(Locale.UK).replaceAll("[^a-z ]", "").strip());
            if (name != null) {
                index.putIfAbsent(name, c);
            }
        }
        for (String needed : List.of("Code", "Quarter")) {
            if (!index.containsKey(needed)) {
                return refused(model, "scorecard.upload.column", new Object[] {needed});
            }
        }
        List<Scorecard.UploadLine> lines = new ArrayList<>();
        Map<Integer, String[]> unreadable = new HashMap<>();
        for (int r = 1; r < table.size() && r <= MAX_ROWS; r++) {
            List<String> cells = table.get(r);
            String code = cell(cells, index.get("Code"));
            String typedQuarter = cell(cells, index.get("Quarter"));
            String value = cell(cells, index.get("Value"));
            String numerator = cell(cells, index.get("Numerator"));
            String denominator = cell(cells, index.get("Denominator"));
            if (code.isEmpty() && value.isEmpty() && numerator.isEmpty() && denominator.isEmpty()) {
                continue; // a template row left empty, or a blank row
            }
            int row = r + 1;
            Quarter quarter = ScorecardFormat.quarter(typedQuarter).orElse(null);
            if (quarter == null) {
                unreadable.put(row, new String[] {"Quarter", "scorecard.upload.quarter"});
            }
            for (String[] number : new String[][] {{"Value", value}, {"Numerator", numerator}, {"Denominator", denominator}}) {
                if (!ScorecardFormat.readable(number[1])) {
                    unreadable.putIfAbsent(row, new String[] {number[0], "scorecard.error.number"});
                }
            }
            lines.add(new Scorecard.UploadLine(row, code, new Scorecard.FigureCommand(quarter == null ? null : quarter.key(),
                    ScorecardFormat.parse(value).orElse(null),
                    ScorecardFormat.parse(numerator).orElse(null),
                    ScorecardFormat.parse(denominator).orElse(null),
                    cell(cells, index.get("Commentary")))));
        }
        if (lines.isEmpty()) {
            return refused(model, "scorecard.upload.empty", new Object[0]);
        }
        FigureUploads.Upload held = uploads.hold(CurrentUser.require().userId(), upload.originalName(), lines, unreadable);
        return "redirect:/scorecard/upload/" + held.token();
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip();
    }

    private String refused(Model model, String key, Object[] arguments) {
        model.addAttribute("quarter", scorecard.reportingQuarter());
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("fileError", key);
        model.addAttribute("fileErrorArguments", arguments);
        model.addAttribute("pageErrors", true);
        return "scorecard/upload";
    }

    /** One row of the preview: what was typed and, if any, the problem with it. */
    record PreviewRow(int row, String code, String indicator, String quarter, String value, String column, String problemKey) {
    }

    @GetMapping("/scorecard/upload/{token}")
    String preview(@PathVariable String token, Model model) {
        HubPrincipal actor = CurrentUser.require();
        FigureUploads.Upload upload = uploads.find(token, actor.userId()).orElseThrow(() -> new NotFoundException("upload"));
        List<PreviewRow> rows = new ArrayList<>();
        for (Scorecard.Checked c : scorecard.check(actor, upload.lines())) {
            String[] unreadable = upload.unreadable().get(c.line().row());
            String column = unreadable != null ? unreadable[0] : c.ready() ? null : column(c.field());
            String problem = unreadable != null ? unreadable[1] : c.problemKey();
            Quarter quarter = c.line().command().quarterKey() == null ? null : Quarter.ofKey(c.line().command().quarterKey()).orElse(null);
            rows.add(new PreviewRow(c.line().row(), c.line().code(), c.indicator() == null ? "" : c.indicator().getTitle(),
                    quarter == null ? "" : quarter.label(), c.value() == null || c.indicator() == null ? ""
                            : ScorecardFormat.value(c.indicator().getUnit(), c.value()), column, problem));
        }
        model.addAttribute("upload", upload);
        model.addAttribute("rows", rows);
        model.addAttribute("problems", rows.stream().filter(r -> r.problemKey() != null).count());
        return "scorecard/upload-preview";
    }

    private static String column(String field) {
        return switch (field) {
            case "code" -> "Code";
            case "quarter" -> "Quarter";
            case "numerator" -> "Numerator";
            case "denominator" -> "Denominator";
            case "commentary" -> "Commentary";
            default -> "Value";
        };
    }

    @PostMapping("/scorecard/upload/{token}/confirm")
    String confirm(@PathVariable String token, RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        FigureUploads.Upload upload = uploads.find(token, actor.userId()).orElseThrow(() -> new NotFoundException("upload"));
        if (!upload.unreadable().isEmpty()) {
            return "redirect:/scorecard/upload/" + token;
        }
        try {
            int saved = scorecard.enterAll(actor, upload.lines());
            uploads.drop(token);
            redirect.addFlashAttribute("notice", "scorecard.upload.saved");
            redirect.addFlashAttribute("noticeArguments", new Object[] {saved});
            return "redirect:/scorecard";
        } catch (ScorecardRefused refused) {
            return "redirect:/scorecard/upload/" + token;
        }
    }
}
