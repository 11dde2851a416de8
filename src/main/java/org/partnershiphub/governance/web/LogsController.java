package org.partnershiphub.governance.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.partnershiphub.governance.internal.ActionLog;
import org.partnershiphub.governance.internal.ActionStatus;
import org.partnershiphub.governance.internal.DecisionLog;
import org.partnershiphub.governance.internal.GovernanceAccess;
import org.partnershiphub.governance.internal.GovernanceRecords.MeetingAction;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The decision log (searchable) and the action log across boards, and updating an action. */
@Controller
class LogsController {

    static final int PAGE_SIZE = 50;

    private final DecisionLog decisions;
    private final ActionLog actions;
    private final GovernanceAccess access;
    private final Directory directory;

    LogsController(DecisionLog decisions, ActionLog actions, GovernanceAccess access, Directory directory) {
        this.decisions = decisions;
        this.actions = actions;
        this.access = access;
        this.directory = directory;
    }

    record ActionUpdateForm(String status, String update) {
    }

    /** The boards whose restricted business the reader sees, and whether that is all of them. */
    private Set<Long> restrictedBoards(HubPrincipal user) {
        return directory.groups().stream().map(Directory.Group::id).filter(id -> access.seesRestricted(user, id)).collect(Collectors.toSet());
    }

    /** A number typed in the address (a board, or the record a page starts after); anything else is ignored. */
    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/governance/decisions")
    String decisions(@RequestParam(required = false) String q, @RequestParam(required = false) String board,
                     @RequestParam(required = false) String after, Model model) {
        HubPrincipal user = CurrentUser.require();
        boolean all = access.seesAllRestricted(user);
        var found = decisions.search(q, number(board), all, all ? Set.of() : restrictedBoards(user), number(after), PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        found = more ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("decisions", found);
        model.addAttribute("next", more ? found.get(PAGE_SIZE - 1).decision().id() : null);
        model.addAttribute("firstPage", after == null || after.isBlank());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("board", number(board));
        model.addAttribute("boards", directory.groups());
        return "governance/decisions";
    }

    @GetMapping("/governance/actions")
    String actions(@RequestParam(required = false) String board, @RequestParam(required = false) String status,
                   @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean mine,
                   @RequestParam(required = false) String after, Model model) {
        HubPrincipal user = CurrentUser.require();
        boolean all = access.seesAllRestricted(user);
        ActionStatus chosen = null;
        for (ActionStatus s : ActionStatus.values()) {
            if (s.name().equals(status)) {
                chosen = s;
            }
        }
        var filter = new ActionLog.Filter(number(board), chosen, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(mine));
        var found = actions.log(filter, user, all, all ? Set.of() : restrictedBoards(user), number(after), PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        found = more ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("actions", found);
        model.addAttribute("next", more ? found.get(PAGE_SIZE - 1).id() : null);
        model.addAttribute("firstPage", after == null || after.isBlank());
        model.addAttribute("filter", filter);
        model.addAttribute("boards", directory.groups());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("today", actions.today());
        return "governance/actions";
    }

    @GetMapping("/governance/actions/{id}")
    String action(@PathVariable long id, Model model) {
        MeetingAction action = actions.action(id, CurrentUser.require());
        model.addAttribute("form", new ActionUpdateForm(action.status().name(), action.latestUpdate()));
        return actionPage(action, model);
    }

    private String actionPage(MeetingAction action, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("today", actions.today());
        model.addAttribute("mayUpdate", actions.mayUpdate(action, CurrentUser.require()));
        model.addAttribute("readsGovernance", access.readsGovernance(CurrentUser.require()));
        model.addAttribute("statuses", ActionStatus.values());
        return "governance/action";
    }

    @PostMapping("/governance/actions/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ActionUpdateForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        HubPrincipal user = CurrentUser.require();
        MeetingAction action = actions.action(id, user);
        if (!actions.mayUpdate(action, user)) {
            throw access.deny("MeetingAction", id, "not the action's owner");
        }
        ActionStatus status = null;
        for (ActionStatus s : ActionStatus.values()) {
            if (s.name().equals(form.status())) {
                status = s;
            }
        }
        if (status == null) {
            errors.rejectValue("status", "gov.action.error.status");
        }
        if (form.update() == null || form.update().isBlank()) {
            errors.rejectValue("update", "gov.action.error.update");
        } else if (form.update().length() > 4000) {
            errors.rejectValue("update", "gov.action.error.updateTooLong");
        }
        if (errors.hasErrors()) {
            return actionPage(action, model);
        }
        actions.update(id, status, form.update(), user);
        redirect.addFlashAttribute("notice", "gov.action.updated");
        return "redirect:/governance/actions/" + id;
    }
}
