package org.partnershiphub.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.governance.internal.ActionLog;
import org.partnershiphub.governance.internal.Attendee;
import org.partnershiphub.governance.internal.DecisionLog;
import org.partnershiphub.governance.internal.MinutedVote;
import org.partnershiphub.governance.internal.MonthRange;
import org.partnershiphub.governance.internal.FollowUps;
import org.partnershiphub.governance.internal.GovernanceRecords.AgendaItem;
import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.partnershiphub.governance.internal.Meetings;
import org.partnershiphub.identity.Directory;
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
        required(form.decision(), "decision", "gov.decision.error.decision", 4000, errors);
        required(form.decidedBy(), "decidedBy", "gov.decision.error.decidedBy", 200, errors);
        if (form.rationale() != null && form.rationale().length() > 4000) {
            errors.rejectValue("rationale", "gov.decision.error.tooLong");
        }
        MinutedVote minuted = MinutedVote.read(new MinutedVote.Typed(form.voteTaken(), form.votesFor(), form.votesAgainst(),
                form.votesAbstaining(), form.outcome(), form.voteRequestedBy(), form.namesFor(), form.namesAgainst(), form.namesAbstaining()),
                errors::rejectValue);
        DecisionLog.Vote vote = minuted == null ? null : minuted.vote();
        // dissent recorded by name: members present chosen from the list, and anyone else typed one per line
        Map<Long, Attendee> present = new HashMap<>();
        meetings.membersPresent(meeting).forEach(a -> present.put(a.personId(), a));
        List<String> names = new ArrayList<>();
        Map<String, Long> personIds = new HashMap<>();
        for (String chosen : form.dissent() == null ? List.<String>of() : form.dissent()) {
            try {
                Attendee attendee = present.get(Long.valueOf(chosen));
                if (attendee != null && !names.contains(attendee.name())) {
                    names.add(attendee.name());
                    personIds.put(attendee.name(), attendee.personId());
                }
            } catch (NumberFormatException ignored) {
                // not one of the choices offered: ignore it
            }
        }
        if (form.otherDissent() != null) {
            for (String line : form.otherDissent().split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !names.contains(name)) {
                    if (name.length() > 200) {
                        errors.rejectValue("otherDissent", "gov.decision.error.nameTooLong");
                        break;
                    }
                    names.add(name);
                }
            }
        }
        if (!names.isEmpty() && MinutedVote.NO_VOTE.equals(form.voteTaken())) {
            errors.rejectValue("dissent", "gov.decision.error.dissentWithoutVote");
        } else if (vote != null && vote.counted() && names.size() > vote.against() + vote.abstaining()) {
            errors.rejectValue("dissent", "gov.decision.error.tooManyDissents");
        }
        if (errors.hasErrors()) {
            return decisionPage(item, model);
        }
        decisions.record(item, form.decision(), form.rationale(), form.decidedBy(), vote, minuted.detail(), names, personIds);
        redirect.addFlashAttribute("notice", "gov.decision.recorded");
        return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
    }

    private static void required(String value, String field, String key, int max, BindingResult errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, key);
        } else if (value.length() > max) {
            errors.rejectValue(field, "gov.decision.error.tooLong");
        }
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
        required(form.description(), "description", "gov.action.error.description", 2000, errors);
        Directory.Person owner = null;
        if (form.ownerId() != null && !form.ownerId().isBlank()) {
            try {
                owner = directory.person(Long.parseLong(form.ownerId())).orElse(null);
            } catch (NumberFormatException ignored) {
                owner = null;
            }
            if (owner == null) {
                errors.rejectValue("ownerId", "gov.action.error.owner");
            }
        } else if (form.ownerName() == null || form.ownerName().isBlank()) {
            errors.rejectValue("ownerId", "gov.action.error.owner");
        } else if (form.ownerName().length() > 200) {
            errors.rejectValue("ownerName", "gov.action.error.ownerTooLong");
        }
        LocalDate due = DateInput.read(form.due(), "due", errors, true, "gov.action.error.due");
        if (due != null && due.isBefore(meeting.starts().toLocalDate())) {
            errors.rejectValue("due", "gov.action.error.dueBeforeMeeting");
        }
        if (errors.hasErrors()) {
            return actionPage(item, model);
        }
        actions.record(item, form.description(), owner == null ? null : owner.id(),
                owner == null ? form.ownerName() : owner.name() + " (" + owner.agencyName() + ")", due);
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
        required(form.subject(), "subject", "gov.followUp.error.subject", 2000, errors);
        required(form.reportFrom(), "reportFrom", "gov.followUp.error.reportFrom", 200, errors);
        Long dueMeeting = null;
        java.util.Optional<MonthRange> months = java.util.Optional.empty();
        if (form.dueMeeting() == null || form.dueMeeting().isBlank()) {
            errors.rejectValue("dueMeeting", "gov.followUp.error.dueMeeting");
        } else if (form.dueMeeting().equals("months")) {
            months = MonthRange.parse(form.dueMonths());
            if (months.isEmpty()) {
                errors.rejectValue("dueMonths", "gov.followUp.error.dueMonths");
            }
        } else if (!form.dueMeeting().equals("next")) {
            try {
                long chosen = Long.parseLong(form.dueMeeting());
                if (meetings.laterMeetings(meeting).stream().noneMatch(m -> m.id() == chosen)) {
                    errors.rejectValue("dueMeeting", "gov.followUp.error.dueMeeting");
                } else {
                    dueMeeting = chosen;
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("dueMeeting", "gov.followUp.error.dueMeeting");
            }
        }
        if (errors.hasErrors()) {
            return followUpPage(item, model);
        }
        if (months.isPresent()) {
            boolean placed = followUps.requestInMonths(item, form.subject(), form.reportFrom(), months.get());
            redirect.addFlashAttribute("notice", placed ? "gov.followUp.placed" : "gov.followUp.awaitingMonths");
            return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
        }
        followUps.request(item, form.subject(), form.reportFrom(), dueMeeting);
        redirect.addFlashAttribute("notice", dueMeeting == null ? "gov.followUp.awaiting" : "gov.followUp.placed");
        return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
    }
}
