package org.partnershiphub.disagreements.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.disagreements.internal.Disagreement;
import org.partnershiphub.disagreements.internal.DisagreementRefused;
import org.partnershiphub.disagreements.internal.Disagreements;
import org.partnershiphub.disagreements.internal.EscalationPolicy;
import org.partnershiphub.disagreements.internal.StageStep;
import org.partnershiphub.disagreements.internal.Theme;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What practitioners and agency leads use: raising a disagreement, their disagreements, a case and its stage outcomes. */
@Controller
class DisagreementController {

    static final int MAX_REFERENCE = 40;

    private final Disagreements disagreements;
    private final EscalationPolicy policy;
    private final Directory directory;

    DisagreementController(Disagreements disagreements, EscalationPolicy policy, Directory directory) {
        this.disagreements = disagreements;
        this.policy = policy;
        this.directory = directory;
    }

    /** {@code step}: empty from the question page, {@code change} or {@code confirm} from the check-your-answers page. */
    record RaiseForm(String otherAgency,
                     @Size(max = MAX_REFERENCE, message = "{disagreement.error.childReferenceLength}") String childReference,
                     String theme,
                     @Size(max = 4000, message = "{error.tooLong4000}") String concern,
                     @Size(max = 2000, message = "{disagreement.error.tooLong2000}") String outcomeSought,
                     String step,
                     String submission) {
    }

    /** {@code stage}: the stage the person saw when they chose, so an outcome never lands on a stage they did not see. */
    record OutcomeForm(String decision, @Size(max = 4000, message = "{error.tooLong4000}") String note, String stage) {
    }

    record WithdrawForm(@Size(max = 2000, message = "{disagreement.error.tooLong2000}") String reason) {
    }

    @GetMapping("/disagreements")
    String mine(Model model) {
        HubPrincipal me = CurrentUser.require();
        List<Disagreement> list = disagreements.mine(me);
        model.addAttribute("disagreements", list);
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("deadlines", deadlines(list));
        return "disagreements/mine";
    }

    private Map<Long, String> agencyNames() {
        Map<Long, String> names = new HashMap<>();
        directory.agencies().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    private Map<Long, org.partnershiphub.calendar.Deadline> deadlines(List<Disagreement> list) {
        Map<Long, org.partnershiphub.calendar.Deadline> map = new HashMap<>();
        list.stream().filter(Disagreement::open).forEach(d -> map.put(d.getId(), disagreements.deadline(d.getCurrentDue())));
        return map;
    }

    @GetMapping("/disagreements/new")
    String raisePage(Model model) {
        model.addAttribute("form", new RaiseForm("", "", "", "", "", null, null));
        return raiseView(model);
    }

    private String raiseView(Model model) {
        long mine = CurrentUser.require().agencyId();
        model.addAttribute("agencies", directory.agencies().stream().filter(a -> a.id() != mine).toList());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("stages", policy.stages());
        return "disagreements/raise";
    }

    @PostMapping("/disagreements")
    String raise(@Valid @ModelAttribute("form") RaiseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        HubPrincipal me = CurrentUser.require();
        Long other = parseId(form.otherAgency());
        if (other == null || other == me.agencyId() || directory.agency(other).isEmpty()) {
            errors.rejectValue("otherAgency", other != null && other == me.agencyId() ? "disagreement.error.sameAgency" : "disagreement.error.otherAgency");
        }
        if (blank(form.childReference())) {
            errors.rejectValue("childReference", "disagreement.error.childReference");
        }
        Theme theme = parseTheme(form.theme());
        if (theme == null) {
            errors.rejectValue("theme", "disagreement.error.theme");
        }
        if (blank(form.concern())) {
            errors.rejectValue("concern", "disagreement.error.concern");
        }
        if (blank(form.outcomeSought())) {
            errors.rejectValue("outcomeSought", "disagreement.error.outcomeSought");
        }
        if (errors.hasErrors() || "change".equals(form.step())) {
            return raiseView(model);
        }
        if (!"confirm".equals(form.step())) {
            model.addAttribute("otherAgencyName", directory.agencyName(other));
            model.addAttribute("themeKey", theme.messageKey());
            model.addAttribute("submission", java.util.UUID.randomUUID().toString());
            return "disagreements/check-answers";
        }
        String submission = blank(form.submission()) || form.submission().length() > 40 ? null : form.submission();
        try {
            long id = disagreements.raise(new Disagreements.RaiseDetails(other, form.childReference().trim(), theme, form.concern().trim(),
                    form.outcomeSought().trim(), submission), me);
            redirect.addFlashAttribute("notice", "disagreement.raised");
            return "redirect:/disagreements/" + id;
        } catch (org.springframework.dao.DataIntegrityViolationException postedTwiceAtOnce) {
            long id = disagreements.alreadyRaised(submission, me).orElseThrow(() -> postedTwiceAtOnce);
            return "redirect:/disagreements/" + id;
        } catch (DisagreementRefused refused) {
            model.addAttribute("problem", refused.messageKey());
            return raiseView(model);
        }
    }

    @GetMapping("/disagreements/{disagreementId}")
    String show(@PathVariable long disagreementId, Model model) {
        Disagreement d = disagreements.view(disagreementId, CurrentUser.require());
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", new OutcomeForm(null, "", null));
        }
        if (!model.containsAttribute("withdrawal")) {
            model.addAttribute("withdrawal", new WithdrawForm(""));
        }
        return caseView(d, model);
    }

    private String caseView(Disagreement d, Model model) {
        HubPrincipal me = CurrentUser.require();
        model.addAttribute("d", d);
        model.addAttribute("raiserAgency", directory.agencyName(d.getRaiserAgencyId()));
        model.addAttribute("otherAgency", directory.agencyName(d.getOtherAgencyId()));
        Map<Long, String> people = new HashMap<>();
        people.put(d.getRaisedBy(), disagreements.personName(d.getRaisedBy()));
        for (StageStep step : d.getSteps()) {
            if (step.getLeadId() != null) {
                people.put(step.getLeadId(), disagreements.personName(step.getLeadId()));
            }
            if (step.getOutcomeBy() != null) {
                people.put(step.getOutcomeBy(), disagreements.personName(step.getOutcomeBy()));
            }
        }
        model.addAttribute("people", people);
        model.addAttribute("deadline", d.open() ? disagreements.deadline(d.getCurrentDue()) : null);
        model.addAttribute("nextStage", d.open() ? disagreements.nextStage(d).orElse(null) : null);
        model.addAttribute("mayWithdraw", d.open() && d.getRaisedBy() == me.userId());
        return "disagreements/case";
    }

    @PostMapping("/disagreements/{disagreementId}/outcome")
    String recordOutcome(@PathVariable long disagreementId, @Valid @ModelAttribute("outcome") OutcomeForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        HubPrincipal me = CurrentUser.require();
        Disagreement d = disagreements.load(disagreementId, me);
        Disagreements.Decision decision = null;
        for (Disagreements.Decision candidate : Disagreements.Decision.values()) {
            if (candidate.name().equals(form.decision())) {
                decision = candidate;
            }
        }
        if (decision == null) {
            errors.rejectValue("decision", "disagreement.error.decision");
        } else if (decision == Disagreements.Decision.ESCALATE && disagreements.nextStage(d).isEmpty()) {
            errors.rejectValue("decision", "disagreement.refused.noNextStage");
        }
        if (blank(form.note())) {
            errors.rejectValue("note", decision == Disagreements.Decision.ESCALATE ? "disagreement.error.reason" : "disagreement.error.note");
        }
        if (errors.hasErrors()) {
            model.addAttribute("withdrawal", new WithdrawForm(""));
            return caseView(d, model);
        }
        Long seen = parseId(form.stage());
        try {
            disagreements.recordOutcome(disagreementId, decision, form.note().trim(), seen == null ? null : seen.intValue(), me);
            redirect.addFlashAttribute("notice", decision == Disagreements.Decision.RESOLVED ? "disagreement.resolvedNotice" : "disagreement.escalatedNotice");
        } catch (DisagreementRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("problem", "error.stale");
        }
        return "redirect:/disagreements/" + disagreementId;
    }

    @PostMapping("/disagreements/{disagreementId}/withdraw")
    String withdraw(@PathVariable long disagreementId, @Valid @ModelAttribute("withdrawal") WithdrawForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        HubPrincipal me = CurrentUser.require();
        Disagreement d = disagreements.load(disagreementId, me);
        if (blank(form.reason())) {
            errors.rejectValue("reason", "disagreement.error.withdrawReason");
        }
        if (errors.hasErrors()) {
            model.addAttribute("outcome", new OutcomeForm(null, "", null));
            return caseView(d, model);
        }
        try {
            disagreements.withdraw(disagreementId, form.reason().trim(), me);
            redirect.addFlashAttribute("notice", "disagreement.withdrawnNotice");
        } catch (DisagreementRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("problem", "error.stale");
        }
        return "redirect:/disagreements/" + disagreementId;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Long parseId(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Theme parseTheme(String s) {
        for (Theme t : Theme.values()) {
            if (t.name().equals(s)) {
                return t;
            }
        }
        return null;
    }
}
