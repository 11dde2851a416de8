package org.partnershiphub.governance.web;

import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.governance.internal.ActionLog;
import org.partnershiphub.governance.internal.DecisionLog;
import org.partnershiphub.governance.internal.MinutedVote;
import org.partnershiphub.governance.internal.FollowUps;
import org.partnershiphub.governance.internal.GovernanceRecords.AgendaItem;
import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.partnershiphub.governance.internal.Meetings;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Minuting an agenda item: the discussion points, decisions (with any vote and dissent), actions and follow-up reports. */
@Controller
class ItemsController {

    private final Meetings meetings;
    private final DecisionLog decisions;
    private final ActionLog actions;
    private final FollowUps followUps;
    private final Directory directory;
    private final org.partnershiphub.governance.internal.GovernanceAccess access;

    ItemsController(Meetings meetings, DecisionLog decisions, ActionLog actions, FollowUps followUps, Directory directory,
                    org.partnershiphub.governance.internal.GovernanceAccess access) {
        this.access = access;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.followUps = followUps;
        this.directory = directory;
    }

    record MinutesForm(String discussion) {
    }

    record DecisionForm(String decision, String rationale, String decidedBy, String voteTaken, String votesFor, String votesAgainst,
                        String votesAbstaining, List<String> dissent, String otherDissent, String outcome, String voteRequestedBy,
                        String namesFor, String namesAgainst, String namesAbstaining) {
    }

    record ActionForm(String description, String ownerId, String ownerName, DateInput due) {
    }

    record FollowUpForm(String subject, String reportFrom, String dueMeeting, String dueMonths) {
    }

    private void itemModel(AgendaItem item, Model model) {
        Meeting meeting = meetings.meeting(item.meetingId());
        model.addAttribute("item", item);
        model.addAttribute("meeting", meeting);
    }

    /** One agenda item with its papers and minutes: a restricted item only for the board's members, the business unit and the scrutineer. */
    @GetMapping("/governance/items/{id}")
    String item(@PathVariable long id, Model model) {
        AgendaItem item = meetings.item(id);
        Meeting meeting = meetings.meeting(item.meetingId());
        var user = org.partnershiphub.shared.CurrentUser.require();
        if (item.restricted()) {
            if (!access.seesRestricted(user, meeting.groupId())) {
                throw access.deny("AgendaItem", id, "restricted item: not a member of the board");
            }
            meetings.viewedRestricted(meeting);
        }
        model.addAttribute("item", item);
        model.addAttribute("meeting", meeting);
        model.addAttribute("papers", meetings.papers(List.of(id)).getOrDefault(id, List.of()));
        model.addAttribute("decisions", decisions.forItems(List.of(id)).getOrDefault(id, List.of()));
        model.addAttribute("actions", actions.forItems(List.of(id)).getOrDefault(id, List.of()));
        model.addAttribute("today", actions.today());
        model.addAttribute("manages", access.manages(user));
        return "governance/item-view";
    }

    @GetMapping("/governance/items/{id}/minutes")
    String minutes(@PathVariable long id, Model model) {
        AgendaItem item = meetings.item(id);
        itemModel(item, model);
        model.addAttribute("form", new MinutesForm(item.discussion()));
        return "governance/item";
    }

    @PostMapping("/governance/items/{id}/minutes")
    String saveMinutes(@PathVariable long id, @ModelAttribute("form") MinutesForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AgendaItem item = meetings.item(id);
        if (form.discussion() == null || form.discussion().isBlank()) {
            errors.rejectValue("discussion", "gov.minutes.error.discussion");
        } else if (form.discussion().length() > 20_000) {
            errors.rejectValue("discussion", "gov.minutes.error.tooLong");
        }
        if (errors.hasErrors()) {
            itemModel(item, model);
            return "governance/item";
        }
        meetings.minute(item, form.discussion());
        redirect.addFlashAttribute("notice", "gov.minutes.saved");
        return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
    }

    // ---------------------------------------------------------------------------------------------------------------

    @GetMapping("/governance/items/{id}/decisions/new")
    String newDecision(@PathVariable long id, Model model) {
        AgendaItem item = meetings.item(id);
        Meeting meeting = meetings.meeting(item.meetingId());
        model.addAttribute("form", new DecisionForm("", "", meeting.boardName(), "", "", "", "", List.of(), "", null, "", "", "", ""));
        return decisionPage(item, model);
    }

    private String decisionPage(AgendaItem item, Model model) {
        itemModel(item, model);
        Meeting meeting = meetings.meeting(item.meetingId());
        model.addAttribute("voters", meetings.membersPresent(meeting));
        return "governance/decision-form";
    }

    @PostMapping("/governance/items/{id}/decisions")
    String recordDecision(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        AgendaItem item = meetings.item(id);
        Meeting meeting = meetings.meeting(item.meetingId());
        try {
            decisions.record(item, meetings.membersPresent(meeting), new DecisionLog.DecisionCommand(form.decision(), form.rationale(),
                    form.decidedBy(), new MinutedVote.Typed(form.voteTaken(), form.votesFor(), form.votesAgainst(), form.votesAbstaining(),
                    form.outcome(), form.voteRequestedBy(), form.namesFor(), form.namesAgainst(), form.namesAbstaining()),
                    form.dissent(), form.otherDissent()));
        } catch (FieldRefusals refused) {
            refused.refusals().forEach(r -> errors.rejectValue(r.field(), r.messageKey()));
            return decisionPage(item, model);
        }
        redirect.addFlashAttribute("notice", "gov.decision.recorded");
        return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
    }


    // ---------------------------------------------------------------------------------------------------------------

    @GetMapping("/governance/items/{id}/actions/new")
    String newAction(@PathVariable long id, Model model) {
        model.addAttribute("form", new ActionForm("", "", "", DateInput.EMPTY));
        return actionPage(meetings.item(id), model);
    }

    private String actionPage(AgendaItem item, Model model) {
        itemModel(item, model);
        model.addAttribute("people", directory.usablePeople());
        return "governance/action-form";
    }

    @PostMapping("/governance/items/{id}/actions")
    String recordAction(@PathVariable long id, @ModelAttribute("form") ActionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AgendaItem item = meetings.item(id);
        Meeting meeting = meetings.meeting(item.meetingId());
        LocalDate due = DateInput.read(form.due(), "due", errors, true, "gov.action.error.due");
        try {
            actions.record(item, meeting.starts().toLocalDate(), new ActionLog.ActionCommand(form.description(), form.ownerId(),
                    form.ownerName(), due));
        } catch (FieldRefusals refused) {
            refused.refusals().stream().filter(r -> !errors.hasFieldErrors(r.field())).forEach(r -> errors.rejectValue(r.field(), r.messageKey()));
            return actionPage(item, model);
        }
        redirect.addFlashAttribute("notice", "gov.action.recorded");
        return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
    }

    // ---------------------------------------------------------------------------------------------------------------

    @GetMapping("/governance/items/{id}/follow-ups/new")
    String newFollowUp(@PathVariable long id, Model model) {
        model.addAttribute("form", new FollowUpForm("", "", "", ""));
        return followUpPage(meetings.item(id), model);
    }

    private String followUpPage(AgendaItem item, Model model) {
        itemModel(item, model);
        model.addAttribute("laterMeetings", meetings.laterMeetings(meetings.meeting(item.meetingId())));
        return "governance/follow-up-form";
    }

    @PostMapping("/governance/items/{id}/follow-ups")
    String requestFollowUp(@PathVariable long id, @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        AgendaItem item = meetings.item(id);
        Meeting meeting = meetings.meeting(item.meetingId());
        FollowUps.Placed placed;
        try {
            placed = followUps.request(item, new FollowUps.FollowUpCommand(form.subject(), form.reportFrom(), form.dueMeeting(), form.dueMonths()));
        } catch (FieldRefusals refused) {
            refused.refusals().forEach(r -> errors.rejectValue(r.field(), r.messageKey()));
            return followUpPage(item, model);
        }
        redirect.addFlashAttribute("notice", switch (placed) {
            case ON_AGENDA -> "gov.followUp.placed";
            case AWAITING_NEXT_MEETING -> "gov.followUp.awaiting";
            case AWAITING_MEETING_IN_MONTHS -> "gov.followUp.awaitingMonths";
        });
        return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
    }
}
