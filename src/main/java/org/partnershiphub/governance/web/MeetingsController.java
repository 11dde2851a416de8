package org.partnershiphub.governance.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.files.FileDownloads;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.governance.internal.ActionLog;
import org.partnershiphub.governance.internal.AttendanceStatus;
import org.partnershiphub.governance.internal.Boards;
import org.partnershiphub.governance.internal.CalendarLinks;
import org.partnershiphub.governance.internal.DecisionLog;
import org.partnershiphub.governance.internal.FollowUps;
import org.partnershiphub.governance.internal.GovernanceAccess;
import org.partnershiphub.governance.internal.GovernanceRecords.AgendaItem;
import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.partnershiphub.governance.internal.MeetingCalendarFeed;
import org.partnershiphub.governance.internal.Meetings;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting: its agenda with papers and minutes, attendance and quorum, publishing the minutes, and members' calendar feed. */
@Controller
class MeetingsController {

    static final Set<FileKind> PAPER_KINDS = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.PPTX);
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Meetings meetings;
    private final Boards boards;
    private final DecisionLog decisions;
    private final ActionLog actions;
    private final FollowUps followUps;
    private final GovernanceAccess access;
    private final UploadChecker uploads;
    private final MeetingCalendarFeed feed;
    private final CalendarLinks calendarLinks;
    private final String baseUrl;

    MeetingsController(Meetings meetings, Boards boards, DecisionLog decisions, ActionLog actions, FollowUps followUps, GovernanceAccess access,
                       UploadChecker uploads, MeetingCalendarFeed feed, CalendarLinks calendarLinks,
                       @org.springframework.beans.factory.annotation.Value("${hub.base-url}") String baseUrl) {
        this.calendarLinks = calendarLinks;
        this.baseUrl = baseUrl;
        this.meetings = meetings;
        this.boards = boards;
        this.decisions = decisions;
        this.actions = actions;
        this.followUps = followUps;
        this.access = access;
        this.uploads = uploads;
        this.feed = feed;
    }

    record ItemForm(String title, String presenter, String restricted) {
    }

    @GetMapping("/governance/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        model.addAttribute("itemForm", new ItemForm("", "", ""));
        return meetingPage(meetings.meeting(id), model);
    }

    private String meetingPage(Meeting meeting, Model model) {
        HubPrincipal user = CurrentUser.require();
        boolean restricted = access.seesRestricted(user, meeting.groupId());
        List<AgendaItem> items = meetings.items(meeting.id());
        List<Long> visible = items.stream().filter(i -> restricted || !i.restricted()).map(AgendaItem::id).toList();
        var board = boards.board(meeting.groupId());
        var attendance = meetings.attendance(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("board", board);
        model.addAttribute("items", items);
        model.addAttribute("seesRestricted", restricted);
        model.addAttribute("manages", access.manages(user));
        model.addAttribute("draft", meeting.upcoming(meetings.now()));
        model.addAttribute("papers", meetings.papers(visible));
        model.addAttribute("decisions", decisions.forItems(visible));
        model.addAttribute("actions", actions.forItems(visible));
        model.addAttribute("today", actions.today());
        model.addAttribute("requested", followUps.requestedAt(meeting.id()).stream().filter(f -> visible.contains(f.itemId()))
                .collect(java.util.stream.Collectors.groupingBy(org.partnershiphub.governance.internal.GovernanceRecords.FollowUp::itemId)));
        model.addAttribute("dueHere", followUps.dueAt(meeting.id()));
        model.addAttribute("attendance", attendance);
        model.addAttribute("quorum", attendance.isEmpty() ? null : board.quorum().assess(attendance));
        if (restricted && items.stream().anyMatch(AgendaItem::restricted)) {
            meetings.viewedRestricted(meeting);
        }
        return "governance/meeting";
    }

    @PostMapping("/governance/meetings/{id}/items")
    String addItem(@PathVariable long id, @ModelAttribute("itemForm") ItemForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(id);
        if (form.title() == null || form.title().isBlank()) {
            errors.rejectValue("title", "gov.item.error.title");
        } else if (form.title().strip().length() > 300) {
            errors.rejectValue("title", "gov.item.error.titleTooLong");
        }
        if (form.restricted() == null || !(form.restricted().equals("yes") || form.restricted().equals("no"))) {
            errors.rejectValue("restricted", "gov.item.error.restricted");
        }
        if (errors.hasErrors()) {
            return meetingPage(meeting, model);
        }
        meetings.addItem(id, form.title(), form.presenter(), form.restricted().equals("yes"));
        redirect.addFlashAttribute("notice", "gov.item.added");
        return "redirect:/governance/meetings/" + id + "#agenda";
    }

    @PostMapping("/governance/items/{id}/papers")
    String addPaper(@PathVariable long id, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
                    @RequestParam(required = false) String restricted, RedirectAttributes redirect) {
        AgendaItem item = meetings.item(id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "gov.paper.error.file");
        } else {
            try {
                meetings.addPaper(id, uploads.check(file, PAPER_KINDS), title, "true".equals(restricted));
                redirect.addFlashAttribute("notice", "gov.paper.added");
            } catch (UploadRefused refused) {
                redirect.addFlashAttribute("problem", refused.messageKey());
            }
        }
        return "redirect:/governance/meetings/" + item.meetingId() + "#item-" + id;
    }

    /** All the meeting's papers on one page, with one form to add a paper to any item: no hunting through the agenda. */
    @GetMapping("/governance/meetings/{id}/papers")
    String papersPage(@PathVariable long id, Model model) {
        return papersView(meetings.meeting(id), model, null, "", null, false);
    }

    /** A problem with one field of the paper form: the message key and its arguments. */
    record FieldProblem(String key, Object[] args) {
    }

    private String papersView(Meeting meeting, Model model, String itemTyped, String titleTyped, Map<String, FieldProblem> fieldErrors,
                              boolean restrictedTyped) {
        List<AgendaItem> items = meetings.items(meeting.id());
        model.addAttribute("meeting", meeting);
        model.addAttribute("items", items);
        model.addAttribute("papers", meetings.papers(items.stream().map(AgendaItem::id).toList()));
        model.addAttribute("itemTyped", itemTyped);
        model.addAttribute("titleTyped", titleTyped);
        model.addAttribute("restrictedTyped", restrictedTyped);
        model.addAttribute("paperErrors", fieldErrors == null ? Map.of() : fieldErrors);
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            model.addAttribute("pageErrors", true); // the title reads "Error: ..."
        }
        return "governance/papers";
    }

    @PostMapping("/governance/meetings/{id}/papers")
    String uploadPaper(@PathVariable long id, @RequestParam(required = false) String item, @RequestParam(required = false) MultipartFile file,
                       @RequestParam(required = false) String title, @RequestParam(required = false) String restricted, Model model,
                       RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(id);
        Map<String, FieldProblem> errors = new java.util.LinkedHashMap<>();
        AgendaItem chosen = meetings.items(id).stream().filter(i -> String.valueOf(i.id()).equals(item)).findFirst().orElse(null);
        if (chosen == null) {
            errors.put("item", new FieldProblem("gov.paper.error.item", new Object[0]));
        }
        if (title != null && title.length() > 300) {
            errors.put("title", new FieldProblem("gov.paper.error.title", new Object[0]));
        }
        if (file == null || file.isEmpty()) {
            errors.put("file", new FieldProblem("gov.paper.error.file", new Object[0]));
        }
        if (errors.isEmpty()) {
            try {
                meetings.addPaper(chosen.id(), uploads.check(file, PAPER_KINDS), title, "true".equals(restricted));
            } catch (UploadRefused refused) {
                errors.put("file", new FieldProblem(refused.messageKey(), refused.messageArguments()));
            }
        }
        if (!errors.isEmpty()) {
            return papersView(meeting, model, item, title == null ? "" : title, errors, "true".equals(restricted));
        }
        redirect.addFlashAttribute("notice", "gov.paper.added");
        return "redirect:/governance/meetings/" + id + "/papers";
    }

    @GetMapping("/governance/papers/{id}")
    ResponseEntity<byte[]> paper(@PathVariable long id) {
        Meetings.PaperDownload download = meetings.paper(id, CurrentUser.require());
        return FileDownloads.attachment(download.file(), download.content());
    }

    @GetMapping("/governance/meetings/{id}/attendance")
    String attendance(@PathVariable long id, Model model) {
        Meeting meeting = meetings.meeting(id);
        var recorded = meetings.attendance(meeting);
        Map<Long, String> statuses = new HashMap<>();
        List<String> others = new ArrayList<>();
        recorded.forEach(a -> {
            if (a.member() && a.personId() != null) {
                statuses.put(a.personId(), a.status().name());
            } else {
                others.add(new Meetings.OtherAttendee(a.name(), a.roleInGroup(), a.agencyName()).asLine());
            }
        });
        model.addAttribute("meeting", meeting);
        model.addAttribute("members", boards.members(meeting.groupId()));
        model.addAttribute("statuses", statuses);
        model.addAttribute("others", String.join("\n", others));
        return "governance/attendance";
    }

    @PostMapping("/governance/meetings/{id}/attendance")
    String saveAttendance(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(id);
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        for (var member : boards.members(meeting.groupId())) {
            String value = form.get("status-" + member.personId());
            if (value != null && Set.of("PRESENT", "APOLOGIES", "ABSENT").contains(value)) {
                statuses.put(member.personId(), AttendanceStatus.valueOf(value));
            }
        }
        List<Meetings.OtherAttendee> others = new ArrayList<>();
        String[] lines = form.getOrDefault("others", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                Meetings.OtherAttendee other = Meetings.OtherAttendee.parse(lines[i]);
                if (!other.fits()) { // shown again with everything typed, and the line that is too long named
                    model.addAttribute("meeting", meeting);
                    model.addAttribute("members", boards.members(meeting.groupId()));
                    Map<Long, String> typed = new HashMap<>();
                    statuses.forEach((person, status) -> typed.put(person, status.name()));
                    model.addAttribute("statuses", typed);
                    model.addAttribute("others", form.getOrDefault("others", ""));
                    model.addAttribute("othersError", i + 1);
                    model.addAttribute("pageErrors", true); // the page title starts "Error:"
                    return "governance/attendance";
                }
                others.add(other);
            }
        }
        meetings.recordAttendance(meeting, statuses, others);
        redirect.addFlashAttribute("notice", "gov.attendance.saved");
        return "redirect:/governance/meetings/" + id + "#attendance";
    }

    @PostMapping("/governance/meetings/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        meetings.publish(meetings.meeting(id));
        redirect.addFlashAttribute("notice", "gov.minutes.published");
        return "redirect:/governance/meetings/" + id;
    }

    @GetMapping("/governance/calendar")
    String calendarPage(Model model) {
        model.addAttribute("hasLink", calendarLinks.exists(CurrentUser.require().userId()));
        return "governance/calendar";
    }

    @PostMapping("/governance/calendar")
    String newCalendarLink(RedirectAttributes redirect) {
        String token = calendarLinks.renew(CurrentUser.require().userId());
        redirect.addFlashAttribute("calendarLink", baseUrl + "/governance/calendar/" + token + ".ics");
        redirect.addFlashAttribute("notice", "gov.calendar.created");
        return "redirect:/governance/calendar";
    }

    @PostMapping("/governance/calendar/stop")
    String stopCalendarLink(RedirectAttributes redirect) {
        calendarLinks.stop(CurrentUser.require().userId());
        redirect.addFlashAttribute("notice", "gov.calendar.stopped");
        return "redirect:/governance/calendar";
    }

    /** A member's private link, for calendar programs that cannot sign in: their boards' meetings, nothing restricted. */
    @GetMapping("/governance/calendar/{token}.ics")
    ResponseEntity<String> privateCalendar(@PathVariable String token) {
        long person = calendarLinks.owner(token).orElseThrow(() -> new org.partnershiphub.shared.web.NotFoundException("calendar"));
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Cache-Control", "private, no-store")
                .body(feed.calendar(meetings.meetingsForMember(boards.groupsOf(person))));
    }

    @GetMapping("/governance/meetings.ics")
    ResponseEntity<String> calendar() {
        HubPrincipal user = CurrentUser.require();
        Set<Long> groups = boards.groupsOf(user.userId());
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("meetings.ics").build().toString())
                .body(feed.calendar(meetings.meetingsForMember(groups)));
    }
}
