package org.partnershiphub.yearlyreport.web;

import org.partnershiphub.shared.pdf.PdfDocuments;
import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.yearlyreport.internal.YearlyReports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published yearly reports on the public site, as signed off: an accessible page and a tagged PDF of each. */
@Controller
class PublicYearlyReportsController {

    private final YearlyReports reports;
    private final PdfDocuments pdf;
    private final HubProperties hub;

    PublicYearlyReportsController(YearlyReports reports, PdfDocuments pdf, HubProperties hub) {
        this.reports = reports;
        this.pdf = pdf;
        this.hub = hub;
    }

    @GetMapping("/yearly-reports")
    String list(Model model) {
        model.addAttribute("reports", reports.published());
        return "yearlyreport/public-list";
    }

    @GetMapping("/yearly-reports/{reportId}")
    String view(@PathVariable long reportId, Model model) {
        model.addAttribute("view", reports.publishedReport(reportId));
        return "yearlyreport/public-report";
    }

    @GetMapping("/yearly-reports/{reportId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long reportId) {
        return ReportsController.pdfResponse(pdf, hub, reports.publishedReport(reportId));
    }
}
