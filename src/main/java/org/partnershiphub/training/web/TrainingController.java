package org.partnershiphub.training.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.training.internal.Booking;
import org.partnershiphub.training.internal.BookingRefused;
import org.partnershiphub.training.internal.Bookings;
import org.partnershiphub.training.internal.Certificates;
import org.partnershiphub.training.internal.Course;
import org.partnershiphub.training.internal.Evaluations;
import org.partnershiphub.training.internal.TrainingCalendarFeed;
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

/** What practitioners use: the public calendar and course pages, booking, their bookings, cancelling and offers. */
@Controller
class TrainingController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final TrainingCatalogue catalogue;
    private final Bookings bookings;
    private final TrainingCalendarFeed feed;
    private final Evaluations evaluations;
    private final Certificates certificates;

    TrainingController(TrainingCatalogue catalogue, Bookings bookings, TrainingCalendarFeed feed, Evaluations evaluations,
                       Certificates certificates) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.feed = feed;
        this.evaluations = evaluations;
        this.certificates = certificates;
    }

    @GetMapping("/training")
    String calendar(@RequestParam(required = false) String month, @RequestParam(required = false) String format,
                    @RequestParam(required = false) String topic, @RequestParam(required = false) String audience, Model model) {
        TrainingCatalogue.Filter filter = filter(month, format, topic, audience);
        model.addAttribute("listings", catalogue.calendar(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("month", month);
        model.addAttribute("topics", catalogue.topics());
        model.addAttribute("formats", Course.Format.values());
        model.addAttribute("months", upcomingMonths());
        model.addAttribute("signedIn", CurrentUser.find().isPresent());
        return "training/calendar";
    }

    private List<YearMonth> upcomingMonths() {
        YearMonth now = YearMonth.from(bookings.today());
        return java.util.stream.IntStream.range(0, 12).mapToObj(now::plusMonths).toList();
    }

    private static TrainingCatalogue.Filter filter(String month, String format, String topic, String audience) {
        YearMonth m = null;
        if (month != null && !month.isBlank()) {
            try {
                m = YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                m = null; // an unreadable month shows every month
            }
        }
        Course.Format f = null;
        for (Course.Format candidate : Course.Format.values()) {
            if (candidate.name().equals(format)) {
                f = candidate;
            }
        }
        return new TrainingCatalogue.Filter(m, f, topic, audience);
    }

    @GetMapping("/training/calendar.ics")
    ResponseEntity<String> calendarFeed() {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("training.ics").build().toString())
                .body(feed.calendar(catalogue.calendar(new TrainingCatalogue.Filter(null, null, null, null))));
    }

    @GetMapping("/training/courses/{id}")
    String course(@PathVariable long id, Model model) {
        model.addAttribute("course", catalogue.course(id));
        model.addAttribute("sessions", catalogue.upcomingSessions(id));
        model.addAttribute("today", bookings.today());
        return "training/course";
    }

    record BookForm(@Size(max = 200, message = "{error.tooLong200}") String managerName,
                    @Email(message = "{booking.error.managerEmail}") @Size(max = 320, message = "{booking.error.managerEmail}") String managerEmail) {
    }

    @GetMapping("/training/sessions/{id}/book")
    String bookPage(@PathVariable long id, Model model) {
        model.addAttribute("form", new BookForm("", ""));
        return bookView(id, model);
    }

    private String bookView(long id, Model model) {
        TrainingSession session = catalogue.session(id);
        model.addAttribute("dated", session);
        model.addAttribute("course", catalogue.course(session.getCourseId()));
        model.addAttribute("today", bookings.today());
        return "training/book";
    }

    @PostMapping("/training/sessions/{id}/book")
    String book(@PathVariable long id, @jakarta.validation.Valid @ModelAttribute("form") BookForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        TrainingSession session = catalogue.session(id);
        Course course = catalogue.course(session.getCourseId());
        if (course.isRequiresApproval()) {
            if (form.managerName() == null || form.managerName().isBlank()) {
                errors.rejectValue("managerName", "booking.error.managerName");
            }
            if (form.managerEmail() == null || form.managerEmail().isBlank()) {
                errors.rejectValue("managerEmail", "booking.error.managerEmail");
            }
        }
        if (errors.hasErrors()) {
            return bookView(id, model);
        }
        HubPrincipal me = CurrentUser.require();
        try {
            Bookings.Outcome outcome = bookings.book(id, me.userId(), me.agencyId(), blank(form.managerName()), blank(form.managerEmail()));
            redirect.addFlashAttribute("bookedTitle", course.getTitle());
            redirect.addFlashAttribute("bookedPosition", outcome.waitingPosition());
            redirect.addFlashAttribute("bookedHeldUntil", outcome.heldUntil());
            return "redirect:/training/my-bookings";
        } catch (BookingRefused refused) {
            model.addAttribute("refusal", refused);
            return bookView(id, model);
        }
    }

    record EvaluationForm(Integer rating, Integer confidenceBefore, Integer confidenceAfter,
                          @Size(max = 2000, message = "{evaluation.error.tooLong}") String willDo) {
    }

    record FollowUpForm(Evaluations.PracticeChange practiceChange,
                        @Size(max = 2000, message = "{evaluation.error.tooLong}") String practiceExample) {
    }

    private String evaluationView(long bookingId, Model model) {
        Booking booking = bookings.own(bookingId, CurrentUser.require().userId());
        TrainingSession session = catalogue.session(booking.getSessionId());
        if (!evaluations.mayEvaluate(booking, session)) {
            throw new BookingRefused("notYetEvaluable");
        }
        model.addAttribute("booking", booking);
        model.addAttribute("dated", session);
        model.addAttribute("course", catalogue.course(session.getCourseId()));
        model.addAttribute("evaluation", evaluations.of(bookingId).orElse(null));
        model.addAttribute("followUpDue", evaluations.followUpDue(session));
        model.addAttribute("changes", Evaluations.PracticeChange.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EvaluationForm(null, null, null, ""));
        }
        if (!model.containsAttribute("followUp")) {
            model.addAttribute("followUp", new FollowUpForm(null, ""));
        }
        return "training/evaluate";
    }

    @GetMapping("/training/bookings/{id}/evaluation")
    String evaluate(@PathVariable long id, Model model) {
        return evaluationView(id, model);
    }

    @PostMapping("/training/bookings/{id}/evaluation")
    String submitEvaluation(@PathVariable long id, @jakarta.validation.Valid @ModelAttribute("form") EvaluationForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        bookings.own(id, CurrentUser.require().userId());
        for (String field : List.of("rating", "confidenceBefore", "confidenceAfter")) {
            Integer value = switch (field) {
                case "rating" -> form.rating();
                case "confidenceBefore" -> form.confidenceBefore();
                default -> form.confidenceAfter();
            };
            if (value == null || value < 1 || value > 5) {
                errors.rejectValue(field, "evaluation.error." + field);
            }
        }
        if (errors.hasErrors()) {
            return evaluationView(id, model);
        }
        evaluationView(id, model); // checks the person attended
        evaluations.submit(id, form.rating(), form.confidenceBefore(), form.confidenceAfter(), blank(form.willDo()));
        redirect.addFlashAttribute("notice", "evaluation.saved");
        return "redirect:/training/bookings/" + id + "/evaluation";
    }

    @PostMapping("/training/bookings/{id}/follow-up")
    String submitFollowUp(@PathVariable long id, @jakarta.validation.Valid @ModelAttribute("followUp") FollowUpForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        bookings.own(id, CurrentUser.require().userId());
        if (form.practiceChange() == null) {
            errors.rejectValue("practiceChange", "evaluation.error.practiceChange");
        }
        if (errors.hasErrors()) {
            return evaluationView(id, model);
        }
        evaluations.followUp(id, form.practiceChange(), blank(form.practiceExample()));
        redirect.addFlashAttribute("notice", "evaluation.followUpSaved");
        return "redirect:/training/bookings/" + id + "/evaluation";
    }

    /** The certificate of attendance, open once the register shows the person attended. */
    @GetMapping("/training/bookings/{id}/certificate")
    String certificate(@PathVariable long id, Model model) {
        model.addAttribute("certificate", certificates.of(CurrentUser.require().userId(), id));
        model.addAttribute("bookingId", id);
        model.addAttribute("evaluated", evaluations.of(id).isPresent());
        return "training/certificate";
    }

    @GetMapping("/training/bookings/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable long id) {
        byte[] pdf = certificates.pdf(CurrentUser.require().userId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate-TRN-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    /** A step that can no longer be taken (an offer that ran out, a booking already cancelled) is explained on the bookings page. */
    @org.springframework.web.bind.annotation.ExceptionHandler(BookingRefused.class)
    String refused(BookingRefused refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", refused.messageKey());
        return "redirect:/training/my-bookings";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @GetMapping("/training/my-bookings")
    String myBookings(Model model) {
        List<TrainingCatalogue.MyBooking> mine = catalogue.bookingsOf(CurrentUser.require().userId());
        model.addAttribute("bookings", mine);
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("evaluable", mine.stream().filter(b -> evaluations.mayEvaluate(b.booking(), b.session()))
                .map(b -> b.booking().getId()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("certified", mine.stream().filter(b -> Certificates.issued(b.booking()))
                .map(b -> b.booking().getId()).collect(java.util.stream.Collectors.toSet()));
        return "training/my-bookings";
    }

    @GetMapping("/training/my-bookings.ics")
    ResponseEntity<String> myBookingsFeed() {
        List<TrainingCatalogue.Listing> mine = catalogue.bookingsOf(CurrentUser.require().userId()).stream()
                .filter(b -> b.booking().getStatus() == Booking.Status.CONFIRMED)
                .map(b -> new TrainingCatalogue.Listing(b.session(), b.course())).toList();
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("my-training.ics").build().toString())
                .body(feed.calendar(mine));
    }

    @GetMapping("/training/bookings/{id}/cancel")
    String cancelPage(@PathVariable long id, Model model) {
        Booking booking = bookings.own(id, CurrentUser.require().userId());
        bookings.checkCancellable(booking);
        TrainingSession session = catalogue.session(booking.getSessionId());
        model.addAttribute("booking", booking);
        model.addAttribute("dated", session);
        model.addAttribute("course", catalogue.course(session.getCourseId()));
        model.addAttribute("charge", bookings.chargeIfCancelledNow(booking));
        return "training/cancel";
    }

    @PostMapping("/training/bookings/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        Integer charge = bookings.cancel(id, CurrentUser.require().userId());
        redirect.addFlashAttribute("notice", charge == null ? "booking.cancelled" : "booking.cancelledLate");
        return "redirect:/training/my-bookings";
    }

    @PostMapping("/training/bookings/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        bookings.accept(id, CurrentUser.require().userId());
        redirect.addFlashAttribute("notice", "booking.accepted");
        return "redirect:/training/my-bookings";
    }

    @PostMapping("/training/bookings/{id}/decline")
    String decline(@PathVariable long id, RedirectAttributes redirect) {
        bookings.decline(id, CurrentUser.require().userId());
        redirect.addFlashAttribute("notice", "booking.declined");
        return "redirect:/training/my-bookings";
    }
}
