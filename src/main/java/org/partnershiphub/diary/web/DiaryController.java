package org.partnershiphub.diary.web;

import static org.partnershiphub.shared.web.FormValues.choice;
import static org.partnershiphub.shared.web.FormValues.version;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.diary.internal.Diary;
import org.partnershiphub.diary.internal.DiaryDate;
import org.partnershiphub.diary.internal.DiaryRefused;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.DateInput;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business unit keeps the dates for the diary; the public reads them as a page and a calendar feed. */
@Controller
class DiaryController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    record DateForm(@Size(max = 200, message = "{diary.error.titleLength}") String title, String kind, DateInput startsOn, DateInput endsOn,
                    @Size(max = 2000, message = "{diary.error.detailsLength}") String details,
                    @Size(max = 500, message = "{diary.error.link}") String link, String version) {

        static DateForm of(DiaryDate d) {
            return new DateForm(d.getTitle(), d.getKind().name(), DateInput.of(d.getStartsOn()), DateInput.of(d.getEndsOn()), d.getDetails(),
                    d.getLink(), String.valueOf(d.getVersion()));
        }
    }

    private final Diary diary;

    DiaryController(Diary diary) {
        this.diary = diary;
    }

    @GetMapping("/dates-for-the-diary")
    String publicDates(Model model) {
        model.addAttribute("dates", diary.upcoming());
        return "diary/public";
    }

    @GetMapping("/dates-for-the-diary.ics")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("dates-for-the-diary.ics").build().toString())
                .body(diary.feed());
    }

    @GetMapping("/diary")
    String list(Model model) {
        model.addAttribute("dates", diary.upcoming());
        model.addAttribute("past", diary.recentlyPast());
        return "diary/list";
    }

    @GetMapping("/diary/new")
    String newDate(Model model) {
        return form(null, new DateForm("", "", DateInput.EMPTY, DateInput.EMPTY, "", "", "0"), model);
    }

    @PostMapping("/diary")
    String add(@Valid @ModelAttribute("form") DateForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Diary.Details details = details(form, errors);
        if (!errors.hasErrors()) {
            try {
                diary.add(CurrentUser.require(), details);
                redirect.addFlashAttribute("notice", "diary.added");
                return "redirect:/diary";
            } catch (DiaryRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return form(null, form, model);
    }

    @GetMapping("/diary/{dateId}/edit")
    String edit(@PathVariable long dateId, Model model) {
        DiaryDate date = diary.forEditing(CurrentUser.require(), dateId);
        return form(date, DateForm.of(date), model);
    }

    @PostMapping("/diary/{dateId}/edit")
    String save(@PathVariable long dateId, @Valid @ModelAttribute("form") DateForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        Diary.Details details = details(form, errors);
        if (!errors.hasErrors()) {
            try {
                diary.change(actor, dateId, version(form.version()), details);
                redirect.addFlashAttribute("notice", "diary.saved");
                return "redirect:/diary";
            } catch (DiaryRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        return form(diary.forEditing(actor, dateId), form, model);
    }

    @PostMapping("/diary/{dateId}/remove")
    String remove(@PathVariable long dateId, RedirectAttributes redirect) {
        diary.remove(CurrentUser.require(), dateId);
        redirect.addFlashAttribute("notice", "diary.removed");
        return "redirect:/diary";
    }

    /** The date as typed: a day that is not a real date is rejected on its field here; the service owns every other rule. */
    private static Diary.Details details(DateForm form, BindingResult errors) {
        LocalDate starts = DateInput.read(form.startsOn(), "startsOn", errors, false, null);
        LocalDate ends = DateInput.read(form.endsOn(), "endsOn", errors, false, null);
        return new Diary.Details(form.title(), choice(DiaryDate.Kind.class, form.kind()), starts, ends, form.details(), form.link());
    }

    private static String form(DiaryDate date, DateForm form, Model model) {
        model.addAttribute("date", date);
        model.addAttribute("form", form);
        model.addAttribute("kinds", DiaryDate.Kind.values());
        return "diary/form";
    }
}
