package org.partnershiphub.challenges.web;

import static org.partnershiphub.shared.web.FormValues.version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.challenges.internal.ChallengeLog;
import org.partnershiphub.challenges.internal.ChallengeLogEntry;
import org.partnershiphub.challenges.internal.ChallengeStatus;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.shared.web.WebAddresses;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a challenge, its page, the business unit's changes to it, and the challenged agency's response. */
@Controller
class ChallengeEntryController {

    static final String OTHER_FORUM = "other";

    private final ChallengeLog log;
    private final Directory directory;

    ChallengeEntryController(ChallengeLog log, Directory directory) {
        this.log = log;
        this.directory = directory;
    }

    /** The business unit's form: what was raised and, when changing an entry, where it stands. */
    record EntryForm(DateInput raisedOn, String raisedByPersonId, String raisedByAgencyId, String challengedAgencyId,
                     String challengedPersonId, String forum,
                     @Size(max = 200, message = "{error.tooLong200}") String forumOther,
                     @Size(max = 4000, message = "{error.tooLong4000}") String issue,
                     DateInput responseDue,
                     @Size(max = 2000, message = "{challenge.error.evidenceLink}") String evidenceLink,
                     @Size(max = 8000, message = "{error.tooLong8000}") String response,
                     DateInput respondedOn, String status,
                     @Size(max = 4000, message = "{error.tooLong4000}") String outcome,
                     @Size(max = 4000, message = "{error.tooLong4000}") String impact,
                     String version) {

        static EntryForm empty(LocalDate today) {
            return new EntryForm(DateInput.of(today), "", "", "", "", "", "", "", DateInput.EMPTY, "", "", DateInput.EMPTY,
                    ChallengeStatus.OPEN.name(), "", "", "0");
        }

        static EntryForm of(ChallengeLogEntry e) {
            return new EntryForm(DateInput.of(e.getRaisedOn()), text(e.getRaisedByPersonId()), text(e.getRaisedByAgencyId()),
                    text(e.getChallengedAgencyId()), text(e.getChallengedPersonId()),
                    e.getForumGroupId() != null ? e.getForumGroupId().toString() : OTHER_FORUM, e.getForumOther(), e.getIssue(),
                    DateInput.of(e.getResponseDue()), e.getEvidenceLink(), e.getResponse(), DateInput.of(e.getRespondedOn()),
                    e.getStatus().name(), e.getOutcome(), e.getImpact(), String.valueOf(e.getVersion()));
        }

        private static String text(Long id) {
            return id == null ? "" : id.toString();
        }
    }

    /** The challenged agency's response. */
    record ResponseForm(@Size(max = 8000, message = "{error.tooLong8000}") String response, DateInput respondedOn, String version) {
    }

    @GetMapping("/challenges/new")
    String newEntry(Model model) {
        return form(null, EntryForm.empty(log.today()), model);
    }

    @PostMapping("/challenges")
    String add(@Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        ChallengeLog.Details details = details(null, form, errors);
        if (errors.hasErrors()) {
            return form(null, form, model);
        }
        ChallengeLogEntry entry = log.record(details);
        redirect.addFlashAttribute("notice", "challenge.recorded");
        return "redirect:/challenges/" + entry.getId();
    }

    @GetMapping("/challenges/{entryId}")
    String view(@PathVariable long entryId, Model model) {
        ChallengeLogEntry entry = log.view(entryId);
        HubPrincipal user = CurrentUser.require();
        model.addAttribute("entry", entry);
        model.addAttribute("names", new ChallengeNames(directory));
        model.addAttribute("today", log.today());
        model.addAttribute("canEdit", user.hasRole(org.partnershiphub.shared.Role.BUSINESS_UNIT));
        model.addAttribute("canRespond", !entry.getStatus().closed() && log.mayRespond(user, entry));
        model.addAttribute("backToLog", log.mayRead(user, entry) && ChallengeLog.READERS.stream().anyMatch(user::hasRole));
        return "challenges/entry";
    }

    @GetMapping("/challenges/{entryId}/edit")
    String edit(@PathVariable long entryId, Model model) {
        ChallengeLogEntry entry = log.forEdit(entryId);
        return form(entry, EntryForm.of(entry), model);
    }

    @PostMapping("/challenges/{entryId}/edit")
    String save(@PathVariable long entryId, @Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        ChallengeLogEntry entry = log.forEdit(entryId);
        ChallengeLog.Details details = details(entry, form, errors);
        ChallengeLog.Progress progress = progress(form, details == null ? null : details.raisedOn(), errors);
        if (!errors.hasErrors()) {
            try {
                log.amend(entryId, version(form.version()), details, progress);
                redirect.addFlashAttribute("notice", "challenge.saved");
                return "redirect:/challenges/" + entryId;
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        return form(entry, form, model);
    }

    private String form(ChallengeLogEntry entry, EntryForm form, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("people", people(entry));
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("forums", directory.groups());
        model.addAttribute("statuses", ChallengeStatus.values());
        return "challenges/entry-form";
    }

    @GetMapping("/challenges/{entryId}/response")
    String responseForm(@PathVariable long entryId, Model model) {
        ChallengeLogEntry entry = log.forResponse(entryId);
        String response = entry.getResponse() == null ? "" : entry.getResponse();
        LocalDate on = entry.getRespondedOn() == null ? log.today() : entry.getRespondedOn();
        return responsePage(entry, new ResponseForm(response, DateInput.of(on), String.valueOf(entry.getVersion())), model);
    }

    @PostMapping("/challenges/{entryId}/response")
    String respond(@PathVariable long entryId, @Valid @ModelAttribute("form") ResponseForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        ChallengeLogEntry entry = log.answerable(entryId);
        if (entry.getStatus().closed()) {
            errors.reject("challenge.error.closed");
        }
        if (form.response() == null || form.response().isBlank()) {
            errors.rejectValue("response", "challenge.error.response");
        }
        LocalDate on = DateInput.read(form.respondedOn(), "respondedOn", errors, true, "challenge.error.respondedOn");
        checkResponseDate(on, entry.getRaisedOn(), errors);
        if (!errors.hasErrors()) {
            try {
                log.respond(entryId, version(form.version()), form.response(), on);
                redirect.addFlashAttribute("notice", "challenge.responseRecorded");
                return "redirect:/challenges/" + entryId;
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        return responsePage(entry, form, model);
    }

    private String responsePage(ChallengeLogEntry entry, ResponseForm form, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("names", new ChallengeNames(directory));
        model.addAttribute("today", log.today());
        return "challenges/response";
    }

    /**
     * Everyone who can sign in, and when changing an entry also the people already named on it who have since left, so
     * saving the entry does not drop them.
     */
    private List<Directory.Person> people(ChallengeLogEntry entry) {
        List<Directory.Person> people = new ArrayList<>(directory.usablePeople());
        if (entry != null) {
            for (Long id : new Long[] {entry.getRaisedByPersonId(), entry.getChallengedPersonId()}) {
                if (id != null && people.stream().noneMatch(p -> p.id() == id)) {
                    directory.person(id).ifPresent(people::add);
                }
            }
        }
        return people;
    }

    private ChallengeLog.Details details(ChallengeLogEntry entry, EntryForm form, BindingResult errors) {
        List<Directory.Person> people = people(entry);
        LocalDate today = log.today();
        LocalDate raisedOn = DateInput.read(form.raisedOn(), "raisedOn", errors, true, "challenge.error.raisedOn");
        if (raisedOn != null && raisedOn.isAfter(today)) {
            errors.rejectValue("raisedOn", "challenge.error.raisedOnFuture");
        }
        Long raisedByPerson = person(people, form.raisedByPersonId(), "raisedByPersonId", errors);
        Long raisedByAgency = agency(form.raisedByAgencyId(), "raisedByAgencyId", errors);
        if (raisedByPerson == null && raisedByAgency == null && !errors.hasFieldErrors("raisedByPersonId")
                && !errors.hasFieldErrors("raisedByAgencyId")) {
            errors.rejectValue("raisedByPersonId", "challenge.error.raisedBy");
        }
        Long challengedAgency = agency(form.challengedAgencyId(), "challengedAgencyId", errors);
        Long challengedPerson = person(people, form.challengedPersonId(), "challengedPersonId", errors);
        if (challengedAgency == null && challengedPerson == null && !errors.hasFieldErrors("challengedAgencyId")
                && !errors.hasFieldErrors("challengedPersonId")) {
            errors.rejectValue("challengedAgencyId", "challenge.error.challenged");
        }
        if (raisedByAgency == null && raisedByPerson != null) {
            raisedByAgency = directory.person(raisedByPerson).map(Directory.Person::agencyId).orElse(null);
        }
        if (challengedAgency == null && challengedPerson != null) {
            challengedAgency = directory.person(challengedPerson).map(Directory.Person::agencyId).orElse(null);
        }
        Long forumGroup = null;
        String forum = form.forum() == null ? "" : form.forum().strip();
        if (forum.isEmpty()) {
            errors.rejectValue("forum", "challenge.error.forum");
        } else if (OTHER_FORUM.equals(forum)) {
            if (form.forumOther() == null || form.forumOther().isBlank()) {
                errors.rejectValue("forumOther", "challenge.error.forumOther");
            }
        } else {
            forumGroup = parse(forum);
            if (forumGroup == null || directory.group(forumGroup).isEmpty()) {
                errors.rejectValue("forum", "challenge.error.forum");
            }
        }
        if (form.issue() == null || form.issue().isBlank()) {
            errors.rejectValue("issue", "challenge.error.issue");
        }
        LocalDate due = DateInput.read(form.responseDue(), "responseDue", errors, true, "challenge.error.responseDue");
        if (due != null && raisedOn != null && due.isBefore(raisedOn)) {
            errors.rejectValue("responseDue", "challenge.error.responseDueBeforeRaised");
        }
        String link = form.evidenceLink() == null ? "" : form.evidenceLink().strip();
        if (!link.isEmpty() && !errors.hasFieldErrors("evidenceLink") && !WebAddresses.isWebAddress(link)) {
            errors.rejectValue("evidenceLink", "challenge.error.evidenceLink");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ChallengeLog.Details(raisedOn, raisedByPerson, raisedByAgency, challengedAgency, challengedPerson, forumGroup,
                forumGroup == null ? form.forumOther() : null, form.issue(), due, link);
    }

    private ChallengeLog.Progress progress(EntryForm form, LocalDate raisedOn, BindingResult errors) {
        ChallengeStatus status = Arrays.stream(ChallengeStatus.values()).filter(s -> s.name().equals(form.status())).findFirst().orElse(null);
        if (status == null) {
            errors.rejectValue("status", "challenge.error.status");
        }
        boolean responded = form.response() != null && !form.response().isBlank();
        LocalDate respondedOn = DateInput.read(form.respondedOn(), "respondedOn", errors, responded, "challenge.error.respondedOn");
        if (responded) {
            checkResponseDate(respondedOn, raisedOn, errors);
        }
        if (status == ChallengeStatus.OPEN && responded) {
            errors.rejectValue("status", "challenge.error.openWithResponse");
        }
        if (status == ChallengeStatus.RESPONSE_RECEIVED && !responded) {
            errors.rejectValue("response", "challenge.error.response");
        }
        if (status != null && status.closed() && (form.outcome() == null || form.outcome().isBlank())) {
            errors.rejectValue("outcome", "challenge.error.outcome");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ChallengeLog.Progress(responded ? form.response() : null, responded ? respondedOn : null, status, form.outcome(),
                form.impact());
    }

    private void checkResponseDate(LocalDate on, LocalDate raisedOn, BindingResult errors) {
        if (on == null) {
            return;
        }
        if (on.isAfter(log.today())) {
            errors.rejectValue("respondedOn", "challenge.error.respondedOnFuture");
        } else if (raisedOn != null && on.isBefore(raisedOn)) {
            errors.rejectValue("respondedOn", "challenge.error.respondedOnBeforeRaised");
        }
    }

    private Long person(List<Directory.Person> people, String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parse(value);
        if (id == null || people.stream().noneMatch(p -> p.id() == id)) {
            errors.rejectValue(field, "challenge.error.person");
            return null;
        }
        return id;
    }

    private Long agency(String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parse(value);
        if (id == null || directory.agency(id).isEmpty()) {
            errors.rejectValue(field, "challenge.error.agency");
            return null;
        }
        return id;
    }

    private static Long parse(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
