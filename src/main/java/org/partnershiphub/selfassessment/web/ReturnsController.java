package org.partnershiphub.selfassessment.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileDownloads;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.selfassessment.internal.AgencyReturn;
import org.partnershiphub.selfassessment.internal.Answer;
import org.partnershiphub.selfassessment.internal.Framework;
import org.partnershiphub.selfassessment.internal.Rating;
import org.partnershiphub.selfassessment.internal.SelfAssessmentRefused;
import org.partnershiphub.selfassessment.internal.SelfAssessments;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.pdf.PdfDocuments;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's return: its task list, answering a standard with evidence, check and submit, the PDF, and moderation. */
@Controller
class ReturnsController {

    static final int MAX_FILES = 5;
    static final Set<FileKind> ALLOWED = EnumSet.allOf(FileKind.class);

    private final SelfAssessments assessments;
    private final List<org.partnershiphub.selfassessment.ModerationEvidence> evidence;
    private final UploadChecker checker;
    private final PdfDocuments pdf;
    private final String partnership;

    ReturnsController(SelfAssessments assessments, List<org.partnershiphub.selfassessment.ModerationEvidence> evidence, UploadChecker checker,
                      PdfDocuments pdf, @Value("${hub.partnership-name}") String partnership) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.checker = checker;
        this.pdf = pdf;
        this.partnership = partnership;
    }

    @GetMapping("/self-assessment/returns/{returnId}")
    String view(@PathVariable long returnId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        SelfAssessments.ReturnView view = assessments.view(actor, returnId);
        model.addAttribute("view", view);
        model.addAttribute("mayAnswer", SelfAssessments.mayAnswer(actor, view.ret()) && view.ret().editable());
        boolean mayModerate = actor.hasRole(Role.BUSINESS_UNIT) && view.ret().getStatus() == AgencyReturn.Status.SUBMITTED;
        model.addAttribute("mayModerate", mayModerate);
        model.addAttribute("contradictions", mayModerate ? contradictions(view.ret()) : Map.of());
        model.addAttribute("today", assessments.today());
        return "selfassessment/return";
    }

    @GetMapping("/self-assessment/returns/{returnId}/return.pdf")
    ResponseEntity<byte[]> returnPdf(@PathVariable long returnId) {
        HubPrincipal actor = CurrentUser.require();
        SelfAssessments.ReturnView view = assessments.view(actor, returnId);
        assessments.recordExport(actor, returnId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("view", view);
        variables.put("partnership", partnership);
        variables.put("today", assessments.today());
        byte[] document = pdf.render("selfassessment/_return-pdf", "/pdf/plan.css", variables);
        String name = "self-assessment-" + view.agencyName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.UK) + "-"
                + view.cycle().getId() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    @GetMapping("/self-assessment/returns/{returnId}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long returnId, @PathVariable long fileId) {
        StoredFile file = assessments.evidenceFile(CurrentUser.require(), returnId, fileId).orElseThrow(() -> new NotFoundException("file"));
        return FileDownloads.attachment(file, assessments.content(file));
    }

    // ---- answering one standard

    record AnswerForm(String rating, @Size(max = 8000, message = "{sa.error.narrativeLength}") String narrative,
                      @Size(max = 4000, message = "{error.tooLong4000}") String evidence,
                      @Size(max = 2000, message = "{sa.error.actionLength}") String actionText,
                      @Size(max = 200, message = "{error.tooLong200}") String actionOwner, DateInput actionDue, Boolean actionDone,
                      List<MultipartFile> files, String next) {

        static AnswerForm of(Answer a) {
            if (a == null) {
                return new AnswerForm(null, "", "", "", "", DateInput.EMPTY, false, List.of(), null);
            }
            return new AnswerForm(a.getRating() == null ? null : a.getRating().name(), a.getNarrative(), a.getEvidence(), a.getActionText(),
                    a.getActionOwner(), DateInput.of(a.getActionDue()), a.isActionDone(), List.of(), null);
        }
    }

    @GetMapping("/self-assessment/returns/{returnId}/standards/{standardId}")
    String answerForm(@PathVariable long returnId, @PathVariable long standardId, Model model) {
        SelfAssessments.ReturnView view = answerable(returnId);
        return answerPage(view, standardId, AnswerForm.of(view.item(standardId).answer()), model);
    }

    private SelfAssessments.ReturnView answerable(long returnId) {
        return assessments.answerView(CurrentUser.require(), returnId);
    }

    private String answerPage(SelfAssessments.ReturnView view, long standardId, AnswerForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("item", view.item(standardId));
        model.addAttribute("form", form);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("maxFiles", MAX_FILES);
        model.addAttribute("nextStandard", next(view, standardId));
        return "selfassessment/answer-form";
    }

    private static Long next(SelfAssessments.ReturnView view, long standardId) {
        List<SelfAssessments.Item> items = view.items();
        for (int i = 0; i < items.size() - 1; i++) {
            if (items.get(i).standard().getId() == standardId) {
                return items.get(i + 1).standard().getId();
            }
        }
        return null;
    }

    @PostMapping("/self-assessment/returns/{returnId}/standards/{standardId}")
    String answer(@PathVariable long returnId, @PathVariable long standardId, @Valid @ModelAttribute("form") AnswerForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        SelfAssessments.ReturnView view = answerable(returnId);
        Rating rating = null;
        if (form.rating() != null && !form.rating().isBlank()) {
            try {
                rating = Rating.valueOf(form.rating());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("rating", "sa.error.rating");
            }
        }
        LocalDate due = DateInput.read(form.actionDue(), "actionDue", errors, false, "sa.error.actionDue");
        List<CheckedUpload> uploads = checked(form.files(), errors);
        if (!errors.hasErrors()) {
            try {
                assessments.answer(CurrentUser.require(), returnId, standardId,
                        new Answer.Typed(rating, form.narrative(), form.evidence(), form.actionText(), form.actionOwner(), due, Boolean.TRUE.equals(form.actionDone())),
                        uploads);
                redirect.addFlashAttribute("notice", "sa.answer.saved");
                Long next = next(view, standardId);
                if ("next".equals(form.next()) && next != null) {
                    return "redirect:/self-assessment/returns/" + returnId + "/standards/" + next;
                }
                return "redirect:/self-assessment/returns/" + returnId + "#standard-" + standardId;
            } catch (SelfAssessmentRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return answerPage(view, standardId, form, model);
    }

    private List<CheckedUpload> checked(List<MultipartFile> selected, BindingResult errors) {
        List<MultipartFile> chosen = selected == null ? List.of() : selected.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (chosen.size() > MAX_FILES) {
            errors.rejectValue("files", "sa.error.tooManyFiles", new Object[] {MAX_FILES}, null);
            return List.of();
        }
        List<CheckedUpload> checked = new ArrayList<>();
        for (MultipartFile file : chosen) {
            try {
                checked.add(checker.check(file, ALLOWED));
            } catch (UploadRefused refused) {
                errors.rejectValue("files", refused.messageKey(), refused.messageArguments(), null);
                return List.of();
            }
        }
        return checked;
    }

    // ---- check and submit

    record SubmitForm(@Size(max = 200, message = "{error.tooLong200}") String officerName,
                      @Size(max = 200, message = "{error.tooLong200}") String officerRole,
                      @Size(max = 200, message = "{error.tooLong200}") String governorName, DateInput signedOn, String answers) {
        // answers is never typed: it is the field a refusal about incomplete standards is reported on
    }

    @GetMapping("/self-assessment/returns/{returnId}/submit")
    String checkAnswers(@PathVariable long returnId, Model model) {
        SelfAssessments.ReturnView view = answerable(returnId);
        AgencyReturn r = view.ret();
        SubmitForm form = new SubmitForm(r.getSeniorOfficerName(), r.getSeniorOfficerRole(), r.getGovernorName(),
                r.getSignedOn() == null ? DateInput.EMPTY : DateInput.of(r.getSignedOn()), null);
        return submitPage(view, form, model);
    }

    private String submitPage(SelfAssessments.ReturnView view, SubmitForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("school", view.ret().getFramework() == Framework.SECTION_175);
        return "selfassessment/submit";
    }

    @PostMapping("/self-assessment/returns/{returnId}/submit")
    String submit(@PathVariable long returnId, @Valid @ModelAttribute("form") SubmitForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        SelfAssessments.ReturnView view = answerable(returnId);
        // every blank of the sign-off at once (the service holds the same rules on every path)
        if (form.officerName() == null || form.officerName().isBlank()) {
            errors.rejectValue("officerName", "sa.error.officerName");
        }
        if (form.officerRole() == null || form.officerRole().isBlank()) {
            errors.rejectValue("officerRole", "sa.error.officerRole");
        }
        if (view.ret().getFramework() == Framework.SECTION_175 && (form.governorName() == null || form.governorName().isBlank())) {
            errors.rejectValue("governorName", "sa.error.governorName");
        }
        LocalDate signedOn = DateInput.read(form.signedOn(), "signedOn", errors, true, "sa.error.signedOn");
        if (!errors.hasErrors()) {
            try {
                assessments.submit(CurrentUser.require(), returnId,
                        new AgencyReturn.SignOff(form.officerName(), form.officerRole(), form.governorName(), signedOn));
                redirect.addFlashAttribute("notice", "sa.return.submitted");
                return "redirect:/self-assessment/returns/" + returnId;
            } catch (SelfAssessmentRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return submitPage(view, form, model);
    }

    // ---- moderation (business unit)

    record ModerationForm(String agreed, @Size(max = 4000, message = "{error.tooLong4000}") String comment, Boolean askForEvidence) {
    }

    @GetMapping("/self-assessment/returns/{returnId}/standards/{standardId}/moderate")
    String moderateForm(@PathVariable long returnId, @PathVariable long standardId, Model model) {
        SelfAssessments.ReturnView view = assessments.view(CurrentUser.require(), returnId);
        Answer a = view.item(standardId).answer();
        if (a == null) {
            throw new NotFoundException("answer");
        }
        Rating agreed = a.getModeratedRating() != null ? a.getModeratedRating() : a.getRating();
        return moderatePage(view, standardId, new ModerationForm(agreed == null ? null : agreed.name(), a.getModerationComment(),
                a.isEvidenceRequested()), model);
    }

    /** What other modules know that contradicts the agency's green ratings, by standard id. */
    private Map<Long, List<org.partnershiphub.selfassessment.ModerationEvidence.Contradiction>> contradictions(AgencyReturn r) {
        Map<Long, List<org.partnershiphub.selfassessment.ModerationEvidence.Contradiction>> all = new HashMap<>();
        evidence.forEach(e -> e.against(r.getAgencyId()).forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>())
                .addAll(v.stream().filter(c -> c.returnId() == r.getId()).toList())));
        return all;
    }

    private String moderatePage(SelfAssessments.ReturnView view, long standardId, ModerationForm form, Model model) {
        model.addAttribute("contradictions", contradictions(view.ret()).getOrDefault(standardId, List.of()));
        model.addAttribute("view", view);
        model.addAttribute("item", view.item(standardId));
        model.addAttribute("form", form);
        model.addAttribute("ratings", Rating.values());
        return "selfassessment/moderate-form";
    }

    @PostMapping("/self-assessment/returns/{returnId}/standards/{standardId}/moderate")
    String moderate(@PathVariable long returnId, @PathVariable long standardId, @Valid @ModelAttribute("form") ModerationForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        SelfAssessments.ReturnView view = assessments.view(CurrentUser.require(), returnId);
        Rating agreed = null;
        try {
            agreed = form.agreed() == null || form.agreed().isBlank() ? null : Rating.valueOf(form.agreed());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("agreed", "sa.error.agreed");
        }
        if (!errors.hasErrors()) {
            try {
                assessments.moderate(CurrentUser.require(), returnId, standardId, agreed, form.comment(), Boolean.TRUE.equals(form.askForEvidence()));
                redirect.addFlashAttribute("notice", "sa.moderation.saved");
                return "redirect:/self-assessment/returns/" + returnId + "#standard-" + standardId;
            } catch (SelfAssessmentRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return moderatePage(view, standardId, form, model);
    }

    @PostMapping("/self-assessment/returns/{returnId}/moderation")
    String finishModeration(@PathVariable long returnId, RedirectAttributes redirect) {
        try {
            SelfAssessments.Finished finished = assessments.finishModeration(CurrentUser.require(), returnId);
            redirect.addFlashAttribute("notice", finished == SelfAssessments.Finished.MODERATED ? "sa.return.moderated" : "sa.return.sentBack");
        } catch (SelfAssessmentRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/self-assessment/returns/" + returnId;
    }
}
