package org.partnershiphub.strategy.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.strategy.internal.BusinessPlans;
import org.partnershiphub.strategy.internal.Plan;
import org.partnershiphub.strategy.internal.PlanImports;
import org.partnershiphub.strategy.internal.PlanPdf;
import org.partnershiphub.strategy.internal.PlanSpreadsheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing actions from a spreadsheet (template, upload, a preview of every problem, confirm, progress) and exporting
 * a plan to XLSX and PDF.
 */
@Controller
class ImportExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BusinessPlans plans;
    private final PlanSpreadsheets spreadsheets;
    private final PlanImports imports;
    private final PlanPdf pdf;
    private final UploadChecker checker;

    private final org.springframework.context.MessageSource messages;

    ImportExportController(BusinessPlans plans, PlanSpreadsheets spreadsheets, PlanImports imports, PlanPdf pdf, UploadChecker checker,
                           org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.spreadsheets = spreadsheets;
        this.imports = imports;
        this.pdf = pdf;
        this.checker = checker;
    }

    @GetMapping("/plan/{id}/import")
    String importPage(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.plan(id));
        model.addAttribute("columns", PlanSpreadsheets.COLUMNS);
        return "strategy/import";
    }

    @PostMapping("/plan/{id}/import")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        Plan plan = plans.plan(id);
        if (file == null || file.isEmpty()) {
            return uploadProblem(plan, model, "import.error.choose", new Object[0]);
        }
        CheckedUpload upload;
        try {
            upload = checker.check(file, EnumSet.of(FileKind.XLSX, FileKind.CSV));
        } catch (UploadRefused refused) {
            return uploadProblem(plan, model, refused.messageKey(), refused.messageArguments());
        }
        PlanImports.Job job = imports.hold(id, upload.originalName(), upload.content(), upload.kind() == FileKind.XLSX);
        return "redirect:/plan/" + id + "/import/" + job.id();
    }

    private String uploadProblem(Plan plan, Model model, String key, Object[] arguments) {
        model.addAttribute("plan", plan);
        model.addAttribute("columns", PlanSpreadsheets.COLUMNS);
        model.addAttribute("fileError", key);
        model.addAttribute("fileErrorArguments", arguments);
        return "strategy/import";
    }

    /** The preview before confirming, then progress while saving; htmx asks for the progress panel alone. */
    @GetMapping("/plan/{id}/import/{jobId}")
    String job(@PathVariable long id, @PathVariable String jobId,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        PlanImports.Job job = imports.find(id, jobId).orElseThrow(() -> new NotFoundException("import"));
        model.addAttribute("plan", plans.plan(id));
        model.addAttribute("job", job);
        model.addAttribute("columns", PlanSpreadsheets.COLUMNS);
        if (htmx != null && job.state() != PlanImports.State.READY) {
            return "strategy/_import-progress :: progress";
        }
        return "strategy/import-preview";
    }

    @PostMapping("/plan/{id}/import/{jobId}/confirm")
    String confirm(@PathVariable long id, @PathVariable String jobId, @RequestParam(required = false) String goodRows,
                   RedirectAttributes redirect) {
        PlanImports.Job job = imports.find(id, jobId).orElseThrow(() -> new NotFoundException("import"));
        imports.start(job, "yes".equals(goodRows));
        return "redirect:/plan/" + id + "/import/" + jobId;
    }

    /**
     * Reads the file again with the unknown headings matched to the product's columns as chosen on the preview page
     * ({@code column-<position>} = a column's index, blank to leave it out), then shows the new preview.
     */
    @PostMapping("/plan/{id}/import/{jobId}/columns")
    String columns(@PathVariable long id, @PathVariable String jobId, @RequestParam java.util.Map<String, String> form) {
        PlanImports.Job job = imports.find(id, jobId).orElseThrow(() -> new NotFoundException("import"));
        java.util.Map<Integer, Integer> mapping = new java.util.HashMap<>();
        for (PlanSpreadsheets.Unknown unknown : job.reading().unknown()) {
            String chosen = form.getOrDefault("column-" + unknown.position(), "");
            if (chosen.matches("\\d{1,2}") && Integer.parseInt(chosen) < PlanSpreadsheets.COLUMNS.size()) {
                mapping.put(unknown.position(), Integer.parseInt(chosen));
            }
        }
        return "redirect:/plan/" + id + "/import/" + imports.remap(job, mapping).id();
    }

    /** The rows with problems, as uploaded plus a column saying what is wrong, to fix and upload again. */
    @GetMapping("/plan/{id}/import/{jobId}/rejected.xlsx")
    ResponseEntity<byte[]> rejected(@PathVariable long id, @PathVariable String jobId) {
        PlanImports.Job job = imports.find(id, jobId).orElseThrow(() -> new NotFoundException("import"));
        byte[] xlsx = spreadsheets.rejectedXlsx(job.reading(), p -> messages.getMessage(p.messageKey(), p.arguments(), java.util.Locale.UK));
        return download(xlsx, XLSX, "rows-to-fix.xlsx");
    }

    @GetMapping("/plan/import-template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return download(spreadsheets.templateXlsx(), XLSX, "business-plan-import-template.xlsx");
    }

    @GetMapping("/plan/import-template.csv")
    ResponseEntity<byte[]> templateCsv() {
        return download(spreadsheets.templateCsv().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "business-plan-import-template.csv");
    }

    @GetMapping("/plan/{id}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
        BusinessPlans.PlanDocument doc = plans.document(id);
        plans.recordExport(id, "xlsx");
        return download(spreadsheets.exportXlsx(doc), XLSX, fileName(doc.plan()) + ".xlsx");
    }

    @GetMapping("/plan/{id}/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable long id) {
        BusinessPlans.PlanDocument doc = plans.document(id);
        plans.recordExport(id, "pdf");
        return download(pdf.render(doc), MediaType.APPLICATION_PDF, fileName(doc.plan()) + ".pdf");
    }

    private static String fileName(Plan plan) {
        return "business-plan-" + plan.period() + "-v" + plan.getVersionLabel();
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
