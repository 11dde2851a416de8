package org.partnershiphub.voice.web;

import static org.partnershiphub.shared.web.FormValues.choice;
import static org.partnershiphub.shared.web.FormValues.version;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.CsvCells;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.voice.internal.VoiceItem;
import org.partnershiphub.voice.internal.VoiceRecords;
import org.partnershiphub.voice.internal.VoiceRefused;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of what was heard, one record, recording and changing it, publishing it, and the CSV export. */
@Controller
class VoiceController {

    static final int PAGE_SIZE = 25;

    private final VoiceRecords records;
    private final MessageSource messages;

    VoiceController(VoiceRecords records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    /** The form as typed: every field kept as text so nothing is lost when it comes back with a message. */
    record VoiceForm(String heardFrom, String source,
                     @Size(max = 200, message = "{error.tooLong200}") String sourceDetail,
                     @Size(max = 200, message = "{error.tooLong200}") String theme,
                     DateInput heardOn,
                     @Size(max = 4000, message = "{error.tooLong4000}") String said,
                     @Size(max = 4000, message = "{error.tooLong4000}") String response,
                     DateInput respondedOn, String linkKind,
                     @Size(max = 300, message = "{voice.error.linkPathLength}") String linkPath,
                     @Size(max = 1000, message = "{voice.error.plainLength}") String publicSaid,
                     @Size(max = 1000, message = "{voice.error.plainLength}") String publicDid,
                     String version) {

        static VoiceForm empty(LocalDate today) {
            return new VoiceForm("", "", "", "", DateInput.of(today), "", "", DateInput.EMPTY, "", "", "", "", "0");
        }

        static VoiceForm of(VoiceItem v) {
            return new VoiceForm(v.getHeardFrom().name(), v.getSource().name(), v.getSourceDetail(), v.getTheme(), DateInput.of(v.getHeardOn()),
                    v.getSaid(), v.getResponse(), DateInput.of(v.getRespondedOn()), v.getLinkKind() == null ? "" : v.getLinkKind().name(),
                    v.getLinkPath(), v.getPublicSaid(), v.getPublicDid(), String.valueOf(v.getVersion()));
        }
    }

    /** The list's filters as typed. */
    record Filters(String heardFrom, String source, String awaiting, String q) {

        VoiceRecords.Filter toFilter() {
            return new VoiceRecords.Filter(choice(VoiceItem.HeardFrom.class, heardFrom), choice(VoiceItem.Source.class, source),
                    "true".equals(awaiting), q == null || q.isBlank() ? null : q.strip());
        }
    }

    @GetMapping("/voice")
    String list(@RequestParam(required = false) String heardFrom, @RequestParam(required = false) String source,
                @RequestParam(required = false) String awaiting, @RequestParam(required = false) String q,
                @RequestParam(required = false) Long before, Model model) {
        HubPrincipal actor = CurrentUser.require();
        Filters filters = new Filters(heardFrom, source, awaiting, q == null ? null : q.strip());
        List<VoiceItem> found = records.page(actor, filters.toFilter(), before, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<VoiceItem> shown = more ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("items", shown);
        model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).getId() : null);
        model.addAttribute("filters", filters);
        model.addAttribute("filtered", !filters.toFilter().equals(VoiceRecords.Filter.NONE));
        model.addAttribute("heardFromValues", VoiceItem.HeardFrom.values());
        model.addAttribute("sources", VoiceItem.Source.values());
        model.addAttribute("awaitingCount", records.awaitingResponse());
        model.addAttribute("canRecord", VoiceRecords.mayManage(actor));
        return "voice/list";
    }

    @GetMapping("/voice/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String heardFrom, @RequestParam(required = false) String source,
                                  @RequestParam(required = false) String awaiting, @RequestParam(required = false) String q) {
        List<VoiceItem> found = records.export(CurrentUser.require(), new Filters(heardFrom, source, awaiting, q).toFilter());
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.row(Arrays.stream(new String[] {"heardOn", "heardFrom", "source", "sourceDetail", "theme", "said", "response",
                "respondedOn", "linkKind", "linkPath", "publicSaid", "publicDid", "published"}).map(k -> (Object) text("voice.csv." + k)).toArray()));
        for (VoiceItem v : found) {
            csv.append(CsvCells.row(iso.format(v.getHeardOn()), text("voice.heardFrom." + v.getHeardFrom()), text("voice.source." + v.getSource()),
                    v.getSourceDetail(), v.getTheme(), v.getSaid(), v.getResponse(), v.getRespondedOn() == null ? null : iso.format(v.getRespondedOn()),
                    v.getLinkKind() == null ? null : text("voice.linkKind." + v.getLinkKind()), v.getLinkPath(), v.getPublicSaid(), v.getPublicDid(),
                    text(v.isPublished() ? "common.yes" : "common.no")));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("voice-" + records.today() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/voice/new")
    String newItem(Model model) {
        return form(null, VoiceForm.empty(records.today()), model);
    }

    @PostMapping("/voice")
    String add(@Valid @ModelAttribute("form") VoiceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        VoiceRecords.Details details = details(form, errors);
        if (!errors.hasErrors()) {
            try {
                VoiceItem item = records.record(CurrentUser.require(), details);
                redirect.addFlashAttribute("notice", "voice.recorded");
                return "redirect:/voice/" + item.getId();
            } catch (FieldRefusals refused) {
                reject(refused.refusals(), errors);
            }
        }
        return form(null, form, model);
    }

    @GetMapping("/voice/{itemId}")
    String view(@PathVariable long itemId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        model.addAttribute("item", records.view(actor, itemId));
        model.addAttribute("canManage", VoiceRecords.mayManage(actor));
        return "voice/item";
    }

    @GetMapping("/voice/{itemId}/edit")
    String edit(@PathVariable long itemId, Model model) {
        VoiceItem item = records.forEdit(CurrentUser.require(), itemId);
        return form(item, VoiceForm.of(item), model);
    }

    @PostMapping("/voice/{itemId}/edit")
    String save(@PathVariable long itemId, @Valid @ModelAttribute("form") VoiceForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        VoiceRecords.Details details = details(form, errors);
        if (!errors.hasErrors()) {
            try {
                records.amend(actor, itemId, version(form.version()), details);
                redirect.addFlashAttribute("notice", "voice.saved");
                return "redirect:/voice/" + itemId;
            } catch (FieldRefusals refused) {
                reject(refused.refusals(), errors);
            } catch (VoiceRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        return form(records.forEdit(actor, itemId), form, model);
    }

    @PostMapping("/voice/{itemId}/publish")
    String publish(@PathVariable long itemId, RedirectAttributes redirect) {
        try {
            records.publish(CurrentUser.require(), itemId);
            redirect.addFlashAttribute("notice", "voice.published");
            return "redirect:/voice/" + itemId;
        } catch (VoiceRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/voice/" + itemId;
        }
    }

    @PostMapping("/voice/{itemId}/unpublish")
    String unpublish(@PathVariable long itemId, RedirectAttributes redirect) {
        records.unpublish(CurrentUser.require(), itemId);
        redirect.addFlashAttribute("notice", "voice.unpublished");
        return "redirect:/voice/" + itemId;
    }

    private String form(VoiceItem item, VoiceForm form, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("heardFromValues", VoiceItem.HeardFrom.values());
        model.addAttribute("sources", VoiceItem.Source.values());
        model.addAttribute("linkKinds", VoiceItem.LinkKind.values());
        return "voice/form";
    }

    /**
     * The details as typed. A date that is not a real date is rejected on its field here, with everything else the
     * service would refuse, so the person sees every problem at once; otherwise the service's rules apply when it is called.
     */
    private VoiceRecords.Details details(VoiceForm form, BindingResult errors) {
        LocalDate heardOn = DateInput.read(form.heardOn(), "heardOn", errors, true, "voice.error.heardOn");
        LocalDate respondedOn = DateInput.read(form.respondedOn(), "respondedOn", errors, false, null);
        VoiceRecords.Details details = new VoiceRecords.Details(choice(VoiceItem.HeardFrom.class, form.heardFrom()),
                choice(VoiceItem.Source.class, form.source()), form.sourceDetail(), form.theme(), heardOn, form.said(), form.response(),
                respondedOn, choice(VoiceItem.LinkKind.class, form.linkKind()), form.linkPath(), form.publicSaid(), form.publicDid());
        if (errors.hasErrors()) {
            Set<String> unreadable = new HashSet<>();
            errors.getFieldErrors().forEach(e -> unreadable.add(e.getField()));
            reject(records.problems(details, unreadable), errors);
        }
        return details;
    }

    private static void reject(List<FieldRefusals.Refusal> refusals, BindingResult errors) {
        refusals.forEach(r -> errors.rejectValue(r.field(), r.messageKey(), r.argumentArray(), null));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
