package org.partnershiphub.caseaudit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphub.caseaudit.internal.CaseAudits;
import org.partnershiphub.caseaudit.internal.Grade;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.pdf.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The audit report: grades per section and case as a chart with its table, the change since the last audit on the theme, PDF and XLSX. */
@Controller
class AuditReportController {

    private final CaseAudits audits;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final String partnership;

    AuditReportController(CaseAudits audits, PdfDocuments pdf, MessageSource messages, @Value("${hub.partnership-name}") String partnership) {
        this.audits = audits;
        this.pdf = pdf;
        this.messages = messages;
        this.partnership = partnership;
    }

    @GetMapping("/case-audits/{auditId}/report")
    String report(@PathVariable long auditId, Model model) {
        model.addAttribute("report", audits.report(CurrentUser.require(), auditId));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("colours", List.of("#00703c", "#28a197", "#f47738", "#d4351c"));
        return "caseaudit/report";
    }

    @GetMapping("/case-audits/{auditId}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long auditId) {
        HubPrincipal actor = CurrentUser.require();
        CaseAudits.Report report = audits.report(actor, auditId);
        audits.recordExport(actor, auditId, "PDF");
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("grades", Grade.values());
        variables.put("partnership", partnership);
        variables.put("today", audits.today());
        return attachment(pdf.render("caseaudit/_report-pdf", "/pdf/plan.css", variables), MediaType.APPLICATION_PDF, "case-file-audit-" + auditId + ".pdf");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    @GetMapping("/case-audits/{auditId}/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable long auditId) {
        HubPrincipal actor = CurrentUser.require();
        CaseAudits.Report report = audits.report(actor, auditId);
        audits.recordExport(actor, auditId, "XLSX");
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet grades = book.createSheet(text("ca.report.gradesSheet"));
            Row head = grades.createRow(0);
            head.createCell(0).setCellValue(text("ca.report.section"));
            int col = 1;
            for (CaseAudits.CaseRow c : report.view().cases()) {
                head.createCell(col++).setCellValue(c.auditCase().getReference());
            }
            for (Grade g : Grade.values()) {
                head.createCell(col++).setCellValue(text("ca.grade." + g));
            }
            head.createCell(col).setCellValue(text("ca.report.goodOrBetterColumn"));
            int r = 1;
            for (CaseAudits.SectionGrades s : report.sections()) {
                Row row = grades.createRow(r++);
                row.createCell(0).setCellValue(s.section().getTitle());
                int c = 1;
                for (CaseAudits.CaseRow cr : report.view().cases()) {
                    Grade g = s.byCase().get(cr.auditCase().getId());
                    row.createCell(c++).setCellValue(g == null ? "" : text("ca.grade." + g));
                }
                for (Grade g : Grade.values()) {
                    row.createCell(c++).setCellValue(s.count(g));
                }
                row.createCell(c).setCellValue(s.graded() == 0 ? "" : String.valueOf(s.goodOrBetterShare()));
            }
            Sheet learning = book.createSheet(text("ca.report.learningSheet"));
            learning.createRow(0).createCell(0).setCellValue(text("ca.learning.heading"));
            learning.getRow(0).createCell(1).setCellValue(text("ca.learning.theme"));
            int l = 1;
            for (CaseAudits.Learning item : report.view().learning()) {
                Row row = learning.createRow(l++);
                row.createCell(0).setCellValue(item.text());
                row.createCell(1).setCellValue(item.theme() == null ? "" : item.theme());
            }
            Sheet actions = book.createSheet(text("ca.report.actionsSheet"));
            Row ah = actions.createRow(0);
            String[] heads = {text("ca.action.text"), text("ca.action.lead"), text("ca.action.due"), text("ca.action.progress")};
            for (int i = 0; i < heads.length; i++) {
                ah.createCell(i).setCellValue(heads[i]);
            }
            int a = 1;
            for (CaseAudits.ActionRow item : report.view().actions()) {
                Row row = actions.createRow(a++);
                row.createCell(0).setCellValue(item.text());
                row.createCell(1).setCellValue(item.leadAgency() == null ? "" : item.leadAgency());
                row.createCell(2).setCellValue(item.due() == null ? "" : item.due().toString());
                row.createCell(3).setCellValue(item.planAction() == null ? "" : text("plan.status." + item.planAction().status()));
            }
            book.write(out);
            return attachment(out.toByteArray(), MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    "case-file-audit-" + auditId + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
