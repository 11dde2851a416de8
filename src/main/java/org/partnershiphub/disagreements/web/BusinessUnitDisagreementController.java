package org.partnershiphub.disagreements.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.disagreements.internal.Disagreement;
import org.partnershiphub.disagreements.internal.DisagreementRefused;
import org.partnershiphub.disagreements.internal.DisagreementReport;
import org.partnershiphub.disagreements.internal.Disagreements;
import org.partnershiphub.disagreements.internal.EscalationPolicy;
import org.partnershiphub.disagreements.internal.EscalationStage;
import org.partnershiphub.disagreements.internal.Theme;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.CsvCells;
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

/** What the business unit uses: the escalation stages, every disagreement with filters, and the report. */
@Controller
class BusinessUnitDisagreementController {

    private final Disagreements disagreements;
    private final EscalationPolicy policy;
    private final DisagreementReport reports;
    private final Directory directory;
    private final MessageSource messages;
    private final AuditTrail audit;

    BusinessUnitDisagreementController(Disagreements disagreements, EscalationPolicy policy, DisagreementReport reports, Directory directory,
                                       MessageSource messages, AuditTrail audit) {
        this.disagreements = disagreements;
        this.policy = policy;
        this.reports = reports;
        this.directory = directory;
        this.messages = messages;
        this.audit = audit;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Every disagreement

    @GetMapping("/disagreements/all")
    String all(@RequestParam(required = false) String status, @RequestParam(required = false) String stage,
               @RequestParam(required = false) String agency, @RequestParam(required = false) String theme,
               @RequestParam(required = false) String page, Model model) {
        Disagreement.Status s = null;
        for (Disagreement.Status candidate : Disagreement.Status.values()) {
            if (candidate.name().equals(status)) {
                s = candidate;
            }
        }
        Long stageNumber = DisagreementController.parseId(stage);
        Long pageNumber = DisagreementController.parseId(page);
        Disagreements.Filter filter = new Disagreements.Filter(s, stageNumber == null ? null : stageNumber.intValue(),
                DisagreementController.parseId(agency), DisagreementController.parseTheme(theme));
        Disagreements.Page result = disagreements.all(filter, pageNumber == null || pageNumber < 1 ? 0 : (int) (pageNumber - 1));
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", Disagreement.Status.values());
        model.addAttribute("stages", policy.stages());
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("themes", Theme.values());
        Map<Long, String> names = new HashMap<>();
        directory.agencies().forEach(a -> names.put(a.id(), a.name()));
        model.addAttribute("agencyNames", names);
        Map<Long, org.partnershiphub.calendar.Deadline> deadlines = new HashMap<>();
        result.items().stream().filter(Disagreement::open).forEach(d -> deadlines.put(d.getId(), disagreements.deadline(d.getCurrentDue())));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("query", "status=" + (s == null ? "" : s.name()) + "&stage=" + (filter.stage() == null ? "" : filter.stage())
                + "&agency=" + (filter.agencyId() == null ? "" : filter.agencyId()) + "&theme=" + (filter.theme() == null ? "" : filter.theme().name()));
        return "disagreements/all";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The report

    @GetMapping("/disagreements/report")
    String report(Model model) {
        model.addAttribute("report", reports.report());
        audit.record(AuditEvent.of(AuditAction.VIEW, "DisagreementReport", null));
        return "disagreements/report";
    }

    @GetMapping("/disagreements/report.csv")
    ResponseEntity<byte[]> reportCsv() {
        DisagreementReport.Report report = reports.report();
        Locale uk = Locale.UK;
        StringBuilder csv = new StringBuilder();
        csv.append(CsvCells.row(msg("report.csv.section"), msg("report.csv.label"), msg("report.csv.value"), msg("report.csv.value2")));
        csv.append(CsvCells.row(msg("report.totals"), msg("report.total"), report.total(), ""));
        csv.append(CsvCells.row(msg("report.totals"), msg("disagreement.status.OPEN"), report.open(), ""));
        csv.append(CsvCells.row(msg("report.totals"), msg("disagreement.status.RESOLVED"), report.resolved(), ""));
        csv.append(CsvCells.row(msg("report.totals"), msg("disagreement.status.WITHDRAWN"), report.withdrawn(), ""));
        for (DisagreementReport.Count c : report.themes()) {
            csv.append(CsvCells.row(msg("report.themes"), msg(c.messageKey()), c.count(), ""));
        }
        for (DisagreementReport.AgencyRow a : report.agencies()) {
            csv.append(CsvCells.row(msg("report.agencies"), a.agency(), a.raisedBy(), a.raisedWith()));
        }
        for (DisagreementReport.PairRow p : report.pairs()) {
            csv.append(CsvCells.row(msg("report.pairs"), p.raisedBy() + " -> " + p.raisedWith(), p.count(), ""));
        }
        for (DisagreementReport.Count c : report.resolvedAtStage()) {
            csv.append(CsvCells.row(msg("report.resolvedAtStage"), messages.getMessage("report.stageNumber", new Object[] {c.label()}, uk), c.count(), ""));
        }
        csv.append(CsvCells.row(msg("report.timeliness"), msg("report.resolvedInTime"), report.resolvedInTime(), ""));
        csv.append(CsvCells.row(msg("report.timeliness"), msg("report.resolvedLate"), report.resolvedLate(), ""));
        csv.append(CsvCells.row(msg("report.timeliness"), msg("report.averageDays"), report.averageWorkingDays() == null ? "" : String.format(uk, "%.1f", report.averageWorkingDays()), ""));
        csv.append(CsvCells.row(msg("report.timeliness"), msg("report.medianDays"), report.medianWorkingDays() == null ? "" : String.format(uk, "%.1f", report.medianWorkingDays()), ""));
        csv.append(CsvCells.row(msg("report.overdue"), msg("report.overdueNow"), report.overdue().size(), ""));
        audit.record(AuditEvent.of(AuditAction.EXPORT, "DisagreementReport", null).withDetail("report.csv"));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("disagreements-report.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The escalation stages

    record StageForm(String position,
                     @Size(max = 200, message = "{error.tooLong200}") String name,
                     String workingDays,
                     String lead,
                     @Size(max = 1000, message = "{error.tooLong1000}") String guidance,
                     String version) {
    }

    @GetMapping("/disagreements/stages")
    String stages(Model model) {
        model.addAttribute("stages", policy.stages());
        Map<Long, String> leads = new HashMap<>();
        policy.stages().stream().filter(s -> s.getLeadId() != null)
                .forEach(s -> leads.put(s.getLeadId(), disagreements.personName(s.getLeadId())));
        model.addAttribute("leads", leads);
        return "disagreements/stages";
    }

    @GetMapping("/disagreements/stages/new")
    String newStage(Model model) {
        int next = policy.stages().stream().mapToInt(EscalationStage::getPosition).max().orElse(0) + 1;
        model.addAttribute("form", new StageForm(String.valueOf(next), "", "", "", "", null));
        return stageView(null, model);
    }

    @GetMapping("/disagreements/stages/{id}")
    String editStage(@PathVariable long id, Model model) {
        EscalationStage stage = policy.stage(id);
        model.addAttribute("form", new StageForm(String.valueOf(stage.getPosition()), stage.getName(), String.valueOf(stage.getWorkingDays()),
                stage.getLeadId() == null ? "" : String.valueOf(stage.getLeadId()), stage.getGuidance(), String.valueOf(stage.getVersion())));
        return stageView(stage, model);
    }

    private String stageView(EscalationStage stage, Model model) {
        model.addAttribute("stage", stage);
        model.addAttribute("people", directory.usablePeople());
        return "disagreements/stage-form";
    }

    @PostMapping("/disagreements/stages")
    String addStage(@Valid @ModelAttribute("form") StageForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        EscalationPolicy.StageDetails details = details(form, errors, null);
        if (errors.hasErrors()) {
            return stageView(null, model);
        }
        policy.add(details);
        redirect.addFlashAttribute("notice", "stage.saved");
        return "redirect:/disagreements/stages";
    }

    @PostMapping("/disagreements/stages/{id}")
    String changeStage(@PathVariable long id, @Valid @ModelAttribute("form") StageForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        EscalationStage stage = policy.stage(id);
        EscalationPolicy.StageDetails details = details(form, errors, id);
        if (errors.hasErrors()) {
            return stageView(stage, model);
        }
        Long version = DisagreementController.parseId(form.version());
        try {
            policy.change(id, version == null ? -1 : version, details);
        } catch (DisagreementRefused | org.springframework.orm.ObjectOptimisticLockingFailureException refused) {
            model.addAttribute("problem", refused instanceof DisagreementRefused r ? r.messageKey() : "error.stale");
            return stageView(stage, model);
        }
        redirect.addFlashAttribute("notice", "stage.saved");
        return "redirect:/disagreements/stages";
    }

    private EscalationPolicy.StageDetails details(StageForm form, BindingResult errors, Long id) {
        Integer position = number(form.position());
        if (position == null || position < 1 || position > 20) {
            errors.rejectValue("position", "stage.error.position");
        } else if (policy.positionTaken(position, id)) {
            errors.rejectValue("position", "stage.error.positionTaken");
        }
        if (DisagreementController.blank(form.name())) {
            errors.rejectValue("name", "stage.error.name");
        }
        Integer days = number(form.workingDays());
        if (days == null || days < 1 || days > 60) {
            errors.rejectValue("workingDays", "stage.error.workingDays");
        }
        Long lead = DisagreementController.parseId(form.lead());
        if (!DisagreementController.blank(form.lead()) && (lead == null || directory.usablePeople().stream().noneMatch(p -> p.id() == lead))) {
            errors.rejectValue("lead", "stage.error.lead");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new EscalationPolicy.StageDetails(position, form.name().trim(), days, lead,
                DisagreementController.blank(form.guidance()) ? null : form.guidance().trim());
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
