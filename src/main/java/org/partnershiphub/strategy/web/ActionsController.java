package org.partnershiphub.strategy.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.files.FileDownloads;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.shared.web.WebAddresses;
import org.partnershiphub.strategy.internal.ActionStatus;
import org.partnershiphub.strategy.internal.BusinessPlans;
import org.partnershiphub.strategy.internal.LeadNames;
import org.partnershiphub.strategy.internal.Plan;
import org.partnershiphub.strategy.internal.PlanAction;
import org.partnershiphub.strategy.internal.Timescale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing actions into a plan, an action's page with its updates, posting an update, and the actions a person leads. */
@Controller
class ActionsController {

    static final List<String> SOURCE_TYPES = List.of("INSPECTION", "AUDIT", "SCRUTINY", "OTHER");

    private final BusinessPlans plans;
    private final Directory directory;
    private final EvidenceFiles evidence;

    ActionsController(BusinessPlans plans, Directory directory, EvidenceFiles evidence) {
        this.plans = plans;
        this.directory = directory;
        this.evidence = evidence;
    }

    record ActionForm(String priorityId,
                      @NotBlank(message = "{action.error.title}") @Size(max = 4000, message = "{error.tooLong4000}") String title,
                      Long leadPersonId, Long leadAgencyId,
                      @Size(max = 200, message = "{error.tooLong200}") String leadDescription,
                      @Size(max = 4000, message = "{error.tooLong4000}") String deliveryMechanism,
                      @Size(max = Timescale.MAX_WRITTEN, message = "{action.error.timescale}") String timescale,
                      @Size(max = 4000, message = "{error.tooLong4000}") String successMeasure,
                      String sourceType,
                      @Size(max = 100, message = "{action.error.sourceReferenceLength}") String sourceReference,
                      String outcomeId) {

        static ActionForm empty(Long priorityId, Long outcomeId) {
            return new ActionForm(priorityId == null ? "" : String.valueOf(priorityId), "", null, null, "", "", "", "", "", "",
                    outcomeId == null ? "" : String.valueOf(outcomeId));
        }

        static ActionForm of(PlanAction a) {
            return new ActionForm(a.getPriorityId() == null ? "" : String.valueOf(a.getPriorityId()), a.getTitle(), a.getLeadPersonId(),
                    a.getLeadAgencyId(), a.getLeadDescription(), a.getDeliveryMechanism(), a.getTimescaleText(), a.getSuccessMeasure(),
                    a.getSourceType(), a.getSourceReference(), a.getOutcomeId() == null ? "" : String.valueOf(a.getOutcomeId()));
        }

        Long outcome() {
            return outcomeId == null || !outcomeId.matches("\\d{1,18}") ? null : Long.valueOf(outcomeId);
        }
    }

    record UpdateForm(ActionStatus status,
                      @NotBlank(message = "{update.error.commentary}") @Size(max = 8000, message = "{error.tooLong8000}") String commentary,
                      @Size(max = 2000, message = "{update.error.link}") String evidenceLink,
                      List<MultipartFile> evidence, String quarter) {
    }

    @GetMapping("/plan/{id}/actions/new")
    String newAction(@PathVariable long id, @RequestParam(required = false) Long priority, @RequestParam(required = false) Long outcome,
                     Model model) {
        Plan plan = plans.plan(id);
        return form(plan, null, ActionForm.empty(priority, outcome), model);
    }

    @PostMapping("/plan/{id}/actions")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        Plan plan = plans.plan(id);
        BusinessPlans.ActionDetails details = details(plan.getId(), form, errors);
        if (errors.hasErrors()) {
            return form(plan, null, form, model);
        }
        PlanAction action = plans.addAction(id, details, form.outcome());
        redirect.addFlashAttribute("notice", "action.saved");
        return "redirect:/plan/" + id + "#action-" + action.getId();
    }

    @GetMapping("/plan/actions/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) Long plan, Model model) {
        PlanAction action = plans.action(id);
        Long planId = action.getPlanId() != null ? action.getPlanId() : plan;
        if (planId == null) {
            model.addAttribute("plans", plans.plans());
            model.addAttribute("action", action);
            return "strategy/action-place";
        }
        return form(plans.plan(planId), action, ActionForm.of(action), model);
    }

    @PostMapping("/plan/actions/{id}/edit")
    String save(@PathVariable long id, @RequestParam(required = false) Long plan, @Valid @ModelAttribute("form") ActionForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        PlanAction action = plans.action(id);
        Long planId = action.getPlanId() != null ? action.getPlanId() : plan;
        if (planId == null) {
            return "redirect:/plan/actions/" + id + "/edit";
        }
        Plan target = plans.plan(planId);
        BusinessPlans.ActionDetails details = details(planId, form, errors);
        if (errors.hasErrors()) {
            return form(target, action, form, model);
        }
        plans.editAction(id, planId, details, form.outcome());
        redirect.addFlashAttribute("notice", "action.saved");
        return "redirect:/plan/actions/" + id;
    }

    private String form(Plan plan, PlanAction action, ActionForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("priorities", plans.priorities(plan.getId()));
        model.addAttribute("outcomes", plans.outcomes(plan.getId()));
        model.addAttribute("people", plans.possibleLeads());
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("sourceTypes", SOURCE_TYPES);
        return "strategy/action-form";
    }

    private BusinessPlans.ActionDetails details(long planId, ActionForm form, BindingResult errors) {
        Long priorityId = null;
        if (form.priorityId() != null && !form.priorityId().isBlank()) {
            try {
                priorityId = Long.valueOf(form.priorityId());
                final long wanted = priorityId;
                if (plans.priorities(planId).stream().noneMatch(p -> p.getId() == wanted)) {
                    errors.rejectValue("priorityId", "action.error.priority");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("priorityId", "action.error.priority");
            }
        }
        // no lead yet is allowed, as in an imported plan: the action is flagged "No lead" until one is named
        if (form.leadPersonId() != null && !plans.isPossibleLead(form.leadPersonId())) {
            errors.rejectValue("leadPersonId", "action.error.leadPerson");
        }
        if (form.leadAgencyId() != null && directory.agency(form.leadAgencyId()).isEmpty()) {
            errors.rejectValue("leadAgencyId", "action.error.leadAgency");
        }
        Optional<Timescale> timescale = Timescale.asWritten(form.timescale());
        if (form.timescale() != null && !form.timescale().isBlank() && timescale.isEmpty()) {
            errors.rejectValue("timescale", "action.error.timescaleFormat");
        }
        if (form.outcome() != null || form.outcomeId() != null && !form.outcomeId().isBlank()) {
            final Long priority = priorityId;
            boolean fits = form.outcome() != null && plans.outcomes(planId).stream()
                    .anyMatch(o -> o.getId().equals(form.outcome()) && priority != null && o.getPriorityId() == priority);
            if (!fits) {
                errors.rejectValue("outcomeId", "action.error.outcome");
            }
        }
        if (form.sourceType() != null && !form.sourceType().isBlank() && !SOURCE_TYPES.contains(form.sourceType())) {
            errors.rejectValue("sourceType", "action.error.sourceType");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new BusinessPlans.ActionDetails(priorityId, form.title(), form.leadPersonId(), form.leadAgencyId(), form.leadDescription(),
                form.deliveryMechanism(), timescale.orElse(null), form.successMeasure(), form.sourceType(), form.sourceReference());
    }

    @GetMapping("/plan/actions/{id}")
    String view(@PathVariable long id, Model model) {
        if (!model.containsAttribute("update")) {
            model.addAttribute("update", new UpdateForm(null, "", "", List.of(), plans.currentQuarter().key()));
        }
        PlanAction action = plans.action(id);
        model.addAttribute("action", action);
        model.addAttribute("plan", action.getPlanId() == null ? null : plans.plan(action.getPlanId()));
        model.addAttribute("priority", action.getPlanId() == null || action.getPriorityId() == null ? null
                : plans.priority(action.getPlanId(), action.getPriorityId()));
        var updates = plans.updates(id);
        model.addAttribute("updates", updates);
        model.addAttribute("files", evidence.forUpdates(updates));
        model.addAttribute("names", new LeadNames(directory));
        model.addAttribute("mayUpdate", plans.mayUpdate(action));
        model.addAttribute("canEdit", CurrentUser.require().hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("today", plans.today());
        model.addAttribute("quarter", plans.currentQuarter());
        model.addAttribute("statuses", ActionStatus.reportable());
        model.addAttribute("quarters", plans.reportableQuarters(action));
        model.addAttribute("maxFiles", EvidenceFiles.MAX_FILES);
        return "strategy/action";
    }

    @PostMapping("/plan/actions/{id}/updates")
    String update(@PathVariable long id, @Valid @ModelAttribute("update") UpdateForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        List<MultipartFile> files = form.evidence() == null ? List.of() : form.evidence();
        PlanAction action = plans.action(id);
        if (form.status() == null) {
            errors.rejectValue("status", "update.error.status");
        }
        if (form.evidenceLink() != null && !form.evidenceLink().isBlank() && !WebAddresses.isWebAddress(form.evidenceLink().trim())) {
            errors.rejectValue("evidenceLink", "update.error.link");
        }
        if (form.quarter() != null && !form.quarter().isBlank() && org.partnershiphub.shared.Quarter.ofKey(form.quarter())
                .filter(plans.reportableQuarters(action)::contains).isEmpty()) {
            errors.rejectValue("quarter", "update.error.quarter");
        }
        var checked = evidence.check(files, errors);
        if (errors.hasErrors()) {
            model.addAttribute("filesLost", files.stream().anyMatch(f -> !f.isEmpty()));
            return view(action.getId(), model);
        }
        var update = plans.postUpdate(id, form.status(), form.commentary(), form.evidenceLink(), form.quarter());
        evidence.store(update.getId(), checked);
        redirect.addFlashAttribute("notice", "update.saved");
        return "redirect:/plan/actions/" + id;
    }

    /** An evidence file of one of this action's updates; its download is in the audit trail. */
    @GetMapping("/plan/actions/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long fileId) {
        PlanAction action = plans.action(id);
        StoredFile file = evidence.find(fileId, plans.updates(action.getId()))
                .orElseThrow(() -> new NotFoundException("evidence file"));
        plans.recordEvidenceDownload(action.getId(), fileId);
        return FileDownloads.attachment(file, evidence.content(fileId));
    }


    @GetMapping("/plan/my-actions")
    String mine(@RequestParam(required = false) Long after, Model model) {
        int page = 50;
        List<PlanAction> found = plans.ledBy(CurrentUser.require().userId(), after, page + 1);
        boolean more = found.size() > page;
        List<PlanAction> shown = more ? found.subList(0, page) : found;
        model.addAttribute("actions", shown);
        model.addAttribute("nextAfter", more ? shown.get(shown.size() - 1).getId() : null);
        model.addAttribute("today", plans.today());
        model.addAttribute("quarter", plans.currentQuarter());
        return "strategy/my-actions";
    }
}
