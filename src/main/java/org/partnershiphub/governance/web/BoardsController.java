package org.partnershiphub.governance.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.partnershiphub.governance.internal.Boards;
import org.partnershiphub.governance.internal.FollowUps;
import org.partnershiphub.governance.internal.GovernanceAccess;
import org.partnershiphub.governance.internal.GovernanceRecords;
import org.partnershiphub.governance.internal.Meetings;
import org.partnershiphub.governance.internal.Quorum;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.shared.web.WebAddresses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Boards and groups: the list, a board's terms of reference, quorum rule, members and meetings; scheduling a meeting. */
@Controller
class BoardsController {

    private final Boards boards;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final GovernanceAccess access;

    BoardsController(Boards boards, Meetings meetings, FollowUps followUps, GovernanceAccess access) {
        this.boards = boards;
        this.meetings = meetings;
        this.followUps = followUps;
        this.access = access;
    }

    record BoardForm(String termsOfReference, String quorumMembers, Boolean quorumPartners) {
    }

    record MeetingForm(DateInput date, String startTime, String endTime, String place, String onlineLink) {
    }

    @GetMapping("/governance")
    String index(Model model) {
        model.addAttribute("boards", boards.boards());
        model.addAttribute("manages", access.manages(CurrentUser.require()));
        return "governance/index";
    }

    @GetMapping("/governance/boards/{id}")
    String board(@PathVariable long id, Model model) {
        model.addAttribute("board", boards.board(id));
        model.addAttribute("members", boards.members(id));
        var all = meetings.meetingsOf(id);
        var now = meetings.now();
        model.addAttribute("upcoming", all.stream().filter(m -> m.upcoming(now)).sorted(java.util.Comparator.comparing(GovernanceRecords.Meeting::startsAt)).toList());
        model.addAttribute("past", all.stream().filter(m -> !m.upcoming(now)).toList());
        boolean restricted = access.seesRestricted(CurrentUser.require(), id);
        model.addAttribute("awaiting", followUps.awaitingMeeting(id).stream().filter(f -> restricted || !f.restricted()).toList());
        model.addAttribute("manages", access.manages(CurrentUser.require()));
        return "governance/board";
    }

    @GetMapping("/governance/boards/{id}/edit")
    String editBoard(@PathVariable long id, Model model) {
        var board = boards.board(id);
        model.addAttribute("board", board);
        model.addAttribute("form", new BoardForm(board.termsOfReference(),
                board.quorum().minimumMembers() == null ? "" : board.quorum().minimumMembers().toString(), board.quorum().partnersPresent()));
        return "governance/board-form";
    }

    @PostMapping("/governance/boards/{id}")
    String saveBoard(@PathVariable long id, @ModelAttribute("form") BoardForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        var board = boards.board(id);
        Integer minimum = null;
        if (form.quorumMembers() != null && !form.quorumMembers().isBlank()) {
            try {
                minimum = Integer.valueOf(form.quorumMembers().strip());
                if (minimum < 1 || minimum > 200) {
                    errors.rejectValue("quorumMembers", "gov.board.error.quorumMembers");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("quorumMembers", "gov.board.error.quorumMembers");
            }
        }
        if (form.termsOfReference() != null && form.termsOfReference().length() > 10_000) {
            errors.rejectValue("termsOfReference", "gov.board.error.termsTooLong");
        }
        if (errors.hasErrors()) {
            model.addAttribute("board", board);
            return "governance/board-form";
        }
        boards.update(id, form.termsOfReference() == null || form.termsOfReference().isBlank() ? null : form.termsOfReference().strip(),
                new Quorum(minimum, Boolean.TRUE.equals(form.quorumPartners())));
        redirect.addFlashAttribute("notice", "gov.board.saved");
        return "redirect:/governance/boards/" + id;
    }

    @GetMapping("/governance/boards/{id}/meetings/new")
    String newMeeting(@PathVariable long id, Model model) {
        model.addAttribute("board", boards.board(id));
        model.addAttribute("form", new MeetingForm(DateInput.EMPTY, "10:00", "12:00", "", ""));
        return "governance/meeting-form";
    }

    @PostMapping("/governance/boards/{id}/meetings")
    String schedule(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        var board = boards.board(id);
        LocalDate day = DateInput.read(form.date(), "date", errors, true, "gov.meeting.error.date");
        LocalTime start = time(form.startTime(), "startTime", errors);
        LocalTime end = time(form.endTime(), "endTime", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endTime", "gov.meeting.error.endBeforeStart");
        }
        boolean noPlace = form.place() == null || form.place().isBlank();
        boolean noLink = form.onlineLink() == null || form.onlineLink().isBlank();
        if (noPlace && noLink) {
            errors.rejectValue("place", "gov.meeting.error.where");
        }
        if (!noLink && !WebAddresses.isWebAddress(form.onlineLink().strip())) {
            errors.rejectValue("onlineLink", "gov.meeting.error.link");
        }
        if (errors.hasErrors()) {
            model.addAttribute("board", board);
            return "governance/meeting-form";
        }
        long meeting = meetings.schedule(id, day.atTime(start).atZone(GovernanceRecords.LONDON).toInstant(),
                day.atTime(end).atZone(GovernanceRecords.LONDON).toInstant(), form.place(), form.onlineLink());
        redirect.addFlashAttribute("notice", "gov.meeting.scheduled");
        return "redirect:/governance/meetings/" + meeting;
    }

    static LocalTime time(String text, String field, BindingResult errors) {
        String typed = text == null ? "" : text.strip().replace('.', ':');
        try {
            return LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "gov.meeting.error.time");
            return null;
        }
    }
}
