package org.partnershiphub.yearlyreport.web;

import static org.partnershiphub.shared.web.FormValues.choice;
import static org.partnershiphub.shared.web.FormValues.version;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.pdf.PdfDocuments;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.yearlyreport.internal.YearlyReport;
import org.partnershiphub.yearlyreport.internal.YearlyReportRefused;
import org.partnershiphub.yearlyreport.internal.YearlyReports;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved yearly reports: started by the business unit for a period, each section's narrative written (the scrutineer
 * writes what scrutiny found), signed off by the three lead partners, published and its sending recorded. Each
 * controller method binds a form and calls one service method that owns the rules.
 */
@Controller
class ReportsController {

    record StartForm(DateInput from, DateInput to, @Size(max = 200, message = "{yearly.error.titleLength}") String title, DateInput publishBy) {
    }

    record SectionForm(@Size(max = 20000, message = "{yearly.error.narrativeLength}") String narrative, String version) {
    }

    record SignOffForm(String partner, @Size(max = 200, message = "{error.tooLong200}") String name,
                       @Size(max = 200, message = "{error.tooLong200}") String role, DateInput on,
                       @Size(max = 300, message = "{yearly.error.howLength}") String how) {
    }

    record SendingForm(DateInput sentOn, @Size(max = 300, message = "{yearly.error.howLength}") String how) {
    }

    record ReopenForm(@Size(max = 300, message = "{yearly.error.howLength}") String reason) {
    }

    private final YearlyReports reports;
    private final PdfDocuments pdf;
    private final HubProperties hub;

    ReportsController(YearlyReports reports, PdfDocuments pdf, HubProperties hub) {
        this.reports = reports;
        this.pdf = pdf;
        this.hub = hub;
    }

    @GetMapping("/yearly-report/reports")
    String list(Model model) {
        HubPrincipal actor = CurrentUser.require();
        model.addAttribute("reports", reports.reports(actor));
        model.addAttribute("canManage", YearlyReports.mayManage(actor));
        return "yearlyreport/reports";
    }

    @GetMapping("/yearly-report/reports/new")
    String startForm(Model model) {
        LocalDate from = reports.defaultFrom();
        return startPage(new StartForm(DateInput.of(from), DateInput.of(from.plusYears(1).minusDays(1)), "", DateInput.EMPTY), model);
    }

    @PostMapping("/yearly-report/reports")
    String start(@Valid @ModelAttribute("form") StartForm form, BindingResult errors, Model model) {
        LocalDate from = DateInput.read(form.from(), "from", errors, true, "yearly.error.from");
        LocalDate to = DateInput.read(form.to(), "to", errors, true, "yearly.error.to");
        LocalDate publishBy = DateInput.read(form.publishBy(), "publishBy", errors, false, null);
        if (!errors.hasErrors()) {
            try {
                YearlyReport report = reports.start(CurrentUser.require(), new YearlyReports.StartCommand(from, to, form.title(), publishBy));
                return "redirect:/yearly-report/reports/" + report.getId();
            } catch (YearlyReportRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return startPage(form, model);
    }

    private static String startPage(StartForm form, Model model) {
        model.addAttribute("form", form);
        return "yearlyreport/start";
    }

    @GetMapping("/yearly-report/reports/{reportId}")
    String view(@PathVariable long reportId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        YearlyReports.ReportView view = reports.view(actor, reportId);
        model.addAttribute("view", view);
        model.addAttribute("canManage", YearlyReports.mayManage(actor));
        model.addAttribute("canWriteScrutiny", YearlyReports.mayWrite(actor, YearlyFigures.Section.SCRUTINY));
        YearlyReport.Partner partner = reports.partnerOf(actor);
        model.addAttribute("mySignature", actor.hasRole(org.partnershiphub.shared.Role.LEAD_PARTNER) ? partner : null);
        model.addAttribute("partners", YearlyReport.Partner.values());
        model.addAttribute("sendWithin", reports.sendWithinWorkingDays());
        model.addAttribute("sendingForm", new SendingForm(DateInput.of(reports.today()), ""));
        model.addAttribute("reopenForm", new ReopenForm(""));
        return "yearlyreport/report";
    }

    @GetMapping("/yearly-report/reports/{reportId}/sections/{section}")
    String sectionForm(@PathVariable long reportId, @PathVariable String section, Model model) {
        YearlyFigures.Section which = section(section);
        YearlyReport report = reports.forWriting(CurrentUser.require(), reportId, which);
        var current = report.section(which);
        return sectionPage(report, which, new SectionForm(current.getNarrative(), String.valueOf(current.getVersion())), model);
    }

    @PostMapping("/yearly-report/reports/{reportId}/sections/{section}")
    String writeSection(@PathVariable long reportId, @PathVariable String section, @Valid @ModelAttribute("form") SectionForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        YearlyFigures.Section which = section(section);
        HubPrincipal actor = CurrentUser.require();
        if (!errors.hasErrors()) {
            try {
                reports.write(actor, reportId, which, version(form.version()), form.narrative());
                redirect.addFlashAttribute("notice", "yearly.sectionSaved");
                return "redirect:/yearly-report/reports/" + reportId + "#section-" + which.name();
            } catch (YearlyReportRefused refused) {
                errors.rejectValue("narrative", refused.messageKey(), refused.arguments(), null);
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        return sectionPage(reports.forWriting(actor, reportId, which), which, form, model);
    }

    private static String sectionPage(YearlyReport report, YearlyFigures.Section section, SectionForm form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("section", section);
        model.addAttribute("form", form);
        return "yearlyreport/section-form";
    }

    @PostMapping("/yearly-report/reports/{reportId}/sign-off")
    String signOff(@PathVariable long reportId, RedirectAttributes redirect) {
        try {
            reports.signOff(CurrentUser.require(), reportId);
            redirect.addFlashAttribute("notice", "yearly.signed");
        } catch (YearlyReportRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/yearly-report/reports/" + reportId + "#sign-off";
    }

    @GetMapping("/yearly-report/reports/{reportId}/sign-offs/new")
    String signOffForm(@PathVariable long reportId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        return signOffPage(reports.view(actor, reportId).report(), new SignOffForm("", "", "", DateInput.of(reports.today()), ""), model);
    }

    @PostMapping("/yearly-report/reports/{reportId}/sign-offs")
    String recordSignOff(@PathVariable long reportId, @Valid @ModelAttribute("form") SignOffForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        LocalDate on = DateInput.read(form.on(), "on", errors, true, "yearly.error.signedOn");
        YearlyReports.SignOffCommand command = new YearlyReports.SignOffCommand(choice(YearlyReport.Partner.class, form.partner()),
                form.name(), form.role(), on, form.how());
        if (errors.hasErrors()) {
            // what else is wrong, so every problem is shown at once
            Set<String> unreadable = new HashSet<>();
            errors.getFieldErrors().forEach(e -> unreadable.add(e.getField()));
            reject(reports.signOffProblems(command, unreadable), errors);
        }
        if (!errors.hasErrors()) {
            try {
                reports.recordSignOff(actor, reportId, command);
                redirect.addFlashAttribute("notice", "yearly.signOffRecorded");
                return "redirect:/yearly-report/reports/" + reportId + "#sign-off";
            } catch (FieldRefusals refused) {
                reject(refused.refusals(), errors);
            } catch (YearlyReportRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return signOffPage(reports.view(actor, reportId).report(), form, model);
    }

    private static void reject(List<FieldRefusals.Refusal> refusals, BindingResult errors) {
        refusals.forEach(r -> errors.rejectValue(r.field(), r.messageKey(), r.argumentArray(), null));
    }

    private static String signOffPage(YearlyReport report, SignOffForm form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("partners", Arrays.stream(YearlyReport.Partner.values()).filter(p -> report.signedBy(p).isEmpty()).toList());
        return "yearlyreport/sign-off-form";
    }

    @PostMapping("/yearly-report/reports/{reportId}/reopen")
    String reopen(@PathVariable long reportId, @Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        try {
            if (errors.hasErrors()) {
                throw new YearlyReportRefused("reason", "yearly.error.howLength", 300);
            }
            reports.reopen(CurrentUser.require(), reportId, form.reason());
            redirect.addFlashAttribute("notice", "yearly.reopened");
        } catch (YearlyReportRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/yearly-report/reports/" + reportId;
    }

    @PostMapping("/yearly-report/reports/{reportId}/publish")
    String publish(@PathVariable long reportId, RedirectAttributes redirect) {
        try {
            reports.publish(CurrentUser.require(), reportId);
            redirect.addFlashAttribute("notice", "yearly.publishedNotice");
        } catch (YearlyReportRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/yearly-report/reports/" + reportId + "#publication";
    }

    @PostMapping("/yearly-report/reports/{reportId}/sendings/{recipient}")
    String recordSending(@PathVariable long reportId, @PathVariable String recipient, @Valid @ModelAttribute("sendingForm") SendingForm form,
                         BindingResult errors, RedirectAttributes redirect) {
        YearlyReport.Recipient to = choice(YearlyReport.Recipient.class, recipient);
        if (to == null) {
            throw new NotFoundException("yearly report");
        }
        LocalDate sentOn = DateInput.read(form.sentOn(), "sentOn", errors, true, "yearly.error.sentOn");
        try {
            if (errors.hasErrors()) {
                throw new YearlyReportRefused("sentOn", errors.getFieldErrors().get(0).getCode());
            }
            reports.recordSending(CurrentUser.require(), reportId, to, sentOn, form.how());
            redirect.addFlashAttribute("notice", "yearly.sentRecorded");
        } catch (YearlyReportRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/yearly-report/reports/" + reportId + "#publication";
    }

    @GetMapping("/yearly-report/reports/{reportId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long reportId) {
        YearlyReports.ReportView view = reports.forExport(CurrentUser.require(), reportId);
        return pdfResponse(pdf, hub, view);
    }

    static ResponseEntity<byte[]> pdfResponse(PdfDocuments pdf, HubProperties hub, YearlyReports.ReportView view) {
        byte[] document = pdf.render("yearlyreport/_report-pdf", "/pdf/plan.css", Map.of("view", view, "partnership", hub.partnershipName(),
                "partners", YearlyReport.Partner.values()));
        String name = "yearly-report-" + view.report().getPeriodFrom() + "-to-" + view.report().getPeriodTo() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(document);
    }

    private static YearlyFigures.Section section(String value) {
        YearlyFigures.Section section = choice(YearlyFigures.Section.class, value);
        if (section == null) {
            throw new NotFoundException("yearly report");
        }
        return section;
    }
}
