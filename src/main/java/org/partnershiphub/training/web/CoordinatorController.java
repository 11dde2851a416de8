package org.partnershiphub.training.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.CsvCells;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.shared.web.WebAddresses;
import org.partnershiphub.training.internal.Attendance;
import org.partnershiphub.training.internal.Booking;
import org.partnershiphub.training.internal.BookingRefused;
import org.partnershiphub.training.internal.Bookings;
import org.partnershiphub.training.internal.Course;
import org.partnershiphub.training.internal.Evaluations;
import org.partnershiphub.training.internal.Reach;
import org.partnershiphub.training.internal.TrainingCatalogue;
import org.partnershiphub.training.internal.TrainingSession;
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

/** The training coordinator (business unit): courses, sessions, who is booked and waiting, capacity, charges. */
@Controller
class CoordinatorController {

    private final TrainingCatalogue catalogue;
    private final Bookings bookings;
    private final Directory directory;
    private final Attendance attendance;
    private final Evaluations evaluations;
    private final Reach reach;

    CoordinatorController(TrainingCatalogue catalogue, Bookings bookings, Directory directory, Attendance attendance, Evaluations evaluations,
                          Reach reach) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.directory = directory;
        this.attendance = attendance;
        this.evaluations = evaluations;
        this.reach = reach;
    }

    /** The fields in the order the form shows them, which is the order of the error summary. */
    record CourseForm(@NotBlank(message = "{course.error.title}") @Size(max = 200, message = "{error.tooLong200}") String title,
                      @NotBlank(message = "{course.error.summary}") @Size(max = 4000, message = "{error.tooLong4000}") String summary,
                      @NotBlank(message = "{course.error.format}") String format,
                      @NotBlank(message = "{course.error.provider}") @Size(max = 200, message = "{error.tooLong200}") String provider,
                      @Size(max = 2000, message = "{course.error.link}") String externalLink,
                      @Size(max = 100, message = "{course.error.topicLength}") String topic,
                      @Size(max = 200, message = "{error.tooLong200}") String audience,
                      @Size(max = 40, message = "{course.error.levelLength}") String level,
                      @Size(max = 4000, message = "{error.tooLong4000}") String outcomes,
                      String durationMinutes,
                      Boolean requiresApproval) {
        Course.Format chosenFormat() {
            for (Course.Format f : Course.Format.values()) {
                if (f.name().equals(format)) {
                    return f;
                }
            }
            return null;
        }
    }

    record SessionForm(DateInput date, String startTime, String endTime,
                       @Size(max = 300, message = "{session.error.venueLength}") String venue,
                       @Size(max = 2000, message = "{course.error.link}") String onlineLink,
                       String capacity,
                       @Size(max = 200, message = "{error.tooLong200}") String facilitator,
                       DateInput bookingDeadline) {
    }

    @GetMapping("/training/manage")
    String manage(Model model) {
        List<Course> courses = catalogue.courses();
        model.addAttribute("courses", courses);
        model.addAttribute("sessions", courses.stream().collect(Collectors.toMap(Course::getId, c -> catalogue.upcomingSessions(c.getId()))));
        return "training/manage";
    }

    @GetMapping("/training/courses/new")
    String newCourse(Model model) {
        model.addAttribute("form", new CourseForm("", "", "", "", "", "", "", "", "", "", false));
        model.addAttribute("formats", Course.Format.values());
        return "training/course-form";
    }

    @PostMapping("/training/courses")
    String addCourse(@Valid @ModelAttribute("form") CourseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Integer minutes = null;
        if (form.durationMinutes() != null && !form.durationMinutes().isBlank()) {
            try {
                minutes = Integer.valueOf(form.durationMinutes().trim());
                if (minutes <= 0 || minutes > 10_000) {
                    errors.rejectValue("durationMinutes", "course.error.duration");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("durationMinutes", "course.error.duration");
            }
        }
        if (form.externalLink() != null && !form.externalLink().isBlank() && !WebAddresses.isWebAddress(form.externalLink().trim())) {
            errors.rejectValue("externalLink", "course.error.link");
        }
        if (form.format() != null && !form.format().isBlank() && form.chosenFormat() == null) {
            errors.rejectValue("format", "course.error.format");
        }
        if (errors.hasErrors()) {
            model.addAttribute("formats", Course.Format.values());
            return "training/course-form";
        }
        Course course = catalogue.addCourse(new TrainingCatalogue.CourseDetails(form.title().trim(), form.summary().trim(), form.topic(),
                form.audience(), form.level(), form.outcomes(), minutes, form.chosenFormat(), form.provider().trim(), form.externalLink(),
                Boolean.TRUE.equals(form.requiresApproval())));
        redirect.addFlashAttribute("notice", "course.saved");
        return "redirect:/training/courses/" + course.getId() + "/sessions/new";
    }


    @GetMapping("/training/courses/{id}/sessions/new")
    String newSession(@PathVariable long id, Model model) {
        model.addAttribute("course", catalogue.course(id));
        model.addAttribute("form", new SessionForm(DateInput.EMPTY, "09:30", "12:30", "", "", "20", "", DateInput.EMPTY));
        return "training/session-form";
    }

    @PostMapping("/training/courses/{id}/sessions")
    String addSession(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        Course course = catalogue.course(id);
        LocalDate day = DateInput.read(form.date(), "date", errors, true, "session.error.date");
        LocalTime start = time(form.startTime(), "startTime", errors);
        LocalTime end = time(form.endTime(), "endTime", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endTime", "session.error.endBeforeStart");
        }
        Integer capacity = null;
        try {
            capacity = Integer.valueOf(form.capacity() == null ? "" : form.capacity().trim());
            if (capacity < 1 || capacity > 5000) {
                errors.rejectValue("capacity", "session.error.capacity");
            }
        } catch (NumberFormatException e) {
            errors.rejectValue("capacity", "session.error.capacity");
        }
        LocalDate deadline = DateInput.read(form.bookingDeadline(), "bookingDeadline", errors, false, null);
        if (day != null && day.isBefore(bookings.today())) {
            errors.rejectValue("date", "session.error.past");
        }
        if (deadline != null && day != null && deadline.isAfter(day)) {
            errors.rejectValue("bookingDeadline", "session.error.deadlineAfterSession");
        }
        boolean online = course.getFormat() != Course.Format.IN_PERSON;
        if (!online && (form.venue() == null || form.venue().isBlank())) {
            errors.rejectValue("venue", "session.error.venue");
        }
        if (form.onlineLink() != null && !form.onlineLink().isBlank() && !WebAddresses.isWebAddress(form.onlineLink().trim())) {
            errors.rejectValue("onlineLink", "course.error.link");
        }
        if (errors.hasErrors()) {
            model.addAttribute("course", course);
            return "training/session-form";
        }
        TrainingSession session = catalogue.addSession(id, day.atTime(start).atZone(java.time.ZoneId.of("Europe/London")).toInstant(),
                day.atTime(end).atZone(java.time.ZoneId.of("Europe/London")).toInstant(), form.venue(), form.onlineLink(), capacity,
                form.facilitator(), deadline != null ? deadline : day.minusDays(1));
        redirect.addFlashAttribute("notice", "session.saved");
        return "redirect:/training/sessions/" + session.getId();
    }

    private static LocalTime time(String text, String field, BindingResult errors) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim().replace('.', ':'));
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "session.error." + field);
            return null;
        }
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable long id, Model model) {
        TrainingSession session = catalogue.session(id);
        List<Booking> all = catalogue.bookingsFor(id);
        model.addAttribute("dated", session);
        model.addAttribute("course", catalogue.course(session.getCourseId()));
        model.addAttribute("bookings", all);
        Map<Long, String> names = all.stream().map(Booking::getPersonId).distinct()
                .collect(Collectors.toMap(p -> p, p -> directory.person(p).map(Directory.Person::name).orElse("")));
        model.addAttribute("names", names);
        model.addAttribute("agencies", directory.agencies().stream().collect(Collectors.toMap(Directory.Agency::id, Directory.Agency::name)));
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/capacity")
    String capacity(@PathVariable long id, @RequestParam(required = false) String capacity, RedirectAttributes redirect) {
        catalogue.session(id);
        try {
            int wanted = Integer.parseInt(capacity == null ? "" : capacity.trim());
            if (wanted < 1 || wanted > 5000) {
                throw new NumberFormatException();
            }
            bookings.changeCapacity(id, wanted);
            redirect.addFlashAttribute("notice", "session.capacityChanged");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("capacityError", "session.error.capacity");
            redirect.addFlashAttribute("capacityTyped", capacity);
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("capacityError", refused.messageKey());
            redirect.addFlashAttribute("capacityErrorArgs", refused.arguments());
            redirect.addFlashAttribute("capacityTyped", capacity);
        }
        return "redirect:/training/sessions/" + id;
    }

    @GetMapping("/training/sessions/{id}/register")
    String register(@PathVariable long id, Model model) {
        TrainingSession session = catalogue.session(id);
        List<Booking> confirmed = catalogue.bookingsFor(id).stream().filter(b -> b.getStatus() == Booking.Status.CONFIRMED).toList();
        model.addAttribute("dated", session);
        model.addAttribute("course", catalogue.course(session.getCourseId()));
        model.addAttribute("bookings", confirmed);
        model.addAttribute("marks", Attendance.Mark.values());
        model.addAttribute("registerOpen", attendance.open(session));
        model.addAttribute("names", confirmed.stream().map(Booking::getPersonId).distinct()
                .collect(Collectors.toMap(p -> p, p -> directory.person(p).map(Directory.Person::name).orElse(""))));
        model.addAttribute("agencies", directory.agencies().stream().collect(Collectors.toMap(Directory.Agency::id, Directory.Agency::name)));
        return "training/register";
    }

    @PostMapping("/training/sessions/{id}/register")
    String saveRegister(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        catalogue.session(id);
        Map<Long, Attendance.Mark> marks = new java.util.LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("mark-")) {
                try {
                    marks.put(Long.valueOf(name.substring(5)), Attendance.Mark.valueOf(value));
                } catch (IllegalArgumentException ignored) {
                    // a tampered field name or value marks nobody
                }
            }
        });
        try {
            attendance.mark(id, marks);
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/training/sessions/" + id + "/register";
        }
        redirect.addFlashAttribute("notice", "register.saved");
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/bookings/{id}/waive")
    String waive(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Booking booking = catalogue.booking(id);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            redirect.addFlashAttribute("problem", "booking.error.waiverReason");
        } else {
            attendance.waive(id, reason.trim());
            redirect.addFlashAttribute("notice", "booking.waived");
        }
        return "redirect:/training/sessions/" + booking.getSessionId();
    }

    @GetMapping("/training/courses/{id}/evaluation")
    String evaluation(@PathVariable long id, Model model) {
        model.addAttribute("course", catalogue.course(id));
        model.addAttribute("results", evaluations.results(id));
        model.addAttribute("changes", Evaluations.PracticeChange.values());
        return "training/evaluation-results";
    }

    @GetMapping("/training/reach")
    String reach(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = bookings.today();
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int shown = year != null && year >= 2000 && year <= 2100 ? year : current;
        model.addAttribute("report", reach.report(shown));
        model.addAttribute("previous", shown - 1);
        model.addAttribute("next", shown + 1);
        return "training/reach";
    }

    /** Charges per booking, with each person's home agency: what the partnership invoices. */
    @GetMapping("/training/charges.csv")
    ResponseEntity<byte[]> charges() {
        Map<Long, String> agencies = directory.agencies().stream().collect(Collectors.toMap(Directory.Agency::id, Directory.Agency::name));
        StringBuilder csv = new StringBuilder(CsvCells.row("Agency", "Course", "Session date", "Person", "Reason", "Charge (GBP)", "Waived"));
        Map<Long, String> people = new java.util.HashMap<>();
        for (Attendance.Charge charge : attendance.charges()) {
            csv.append(CsvCells.row(agencies.get(charge.agencyId()), charge.course(), charge.sessionDate(),
                    people.computeIfAbsent(charge.personId(), p -> directory.person(p).map(Directory.Person::name).orElse("")),
                    charge.reason(), String.format("%.2f", charge.pence() / 100.0), charge.waived() ? "Yes" : "No"));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("training-charges.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
