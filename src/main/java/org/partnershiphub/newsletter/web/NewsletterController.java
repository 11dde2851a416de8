package org.partnershiphub.newsletter.web;

import static org.partnershiphub.shared.web.FormValues.choice;
import static org.partnershiphub.shared.web.FormValues.version;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.newsletter.internal.Audience;
import org.partnershiphub.newsletter.internal.Issue;
import org.partnershiphub.newsletter.internal.IssueSection;
import org.partnershiphub.newsletter.internal.Issues;
import org.partnershiphub.newsletter.internal.NewsletterRefused;
import org.partnershiphub.newsletter.internal.Subscriptions;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business unit writes, previews, publishes and sends newsletter issues, and reads who subscribes. */
@Controller
class NewsletterController {

    record IssueForm(@Size(max = 200, message = "{newsletter.error.titleLength}") String title,
                     @Size(max = 1000, message = "{newsletter.error.summaryLength}") String summary, String audience, String version) {
    }

    record SectionForm(@Size(max = 200, message = "{newsletter.error.headingLength}") String heading,
                       @Size(max = 10000, message = "{newsletter.error.bodyLength}") String body,
                       @Size(max = 300, message = "{newsletter.error.imageAltLength}") String imageAlt, Boolean removeImage, String imageName) {
        // imageName is never posted: it names the file input (id imageName, name image) so a refused image is shown on it
    }

    private final Issues issues;
    private final Subscriptions subscriptions;
    private final UploadChecker uploads;

    NewsletterController(Issues issues, Subscriptions subscriptions, UploadChecker uploads) {
        this.issues = issues;
        this.subscriptions = subscriptions;
        this.uploads = uploads;
    }

    @GetMapping("/newsletter")
    String list(Model model) {
        model.addAttribute("issues", issues.all(CurrentUser.require()));
        model.addAttribute("counts", subscriptions.counts());
        return "newsletter/list";
    }

    @GetMapping("/newsletter/issues/new")
    String newIssue(Model model) {
        return issueForm(null, new IssueForm("", "", Audience.PRACTITIONERS.name(), "0"), model);
    }

    @PostMapping("/newsletter/issues")
    String create(@Valid @ModelAttribute("form") IssueForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                Issue issue = issues.create(CurrentUser.require(), new Issues.Details(form.title(), form.summary(), choice(Audience.class, form.audience())));
                return "redirect:/newsletter/issues/" + issue.getId();
            } catch (NewsletterRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return issueForm(null, form, model);
    }

    @GetMapping("/newsletter/issues/{issueId}/edit")
    String edit(@PathVariable long issueId, Model model) {
        Issue issue = issues.forEditing(CurrentUser.require(), issueId);
        return issueForm(issue, new IssueForm(issue.getTitle(), issue.getSummary(), issue.getAudience().name(), String.valueOf(issue.getVersion())), model);
    }

    @PostMapping("/newsletter/issues/{issueId}/edit")
    String save(@PathVariable long issueId, @Valid @ModelAttribute("form") IssueForm form, BindingResult errors, Model model) {
        HubPrincipal actor = CurrentUser.require();
        if (!errors.hasErrors()) {
            try {
                issues.describe(actor, issueId, version(form.version()), new Issues.Details(form.title(), form.summary(), choice(Audience.class, form.audience())));
                return "redirect:/newsletter/issues/" + issueId;
            } catch (NewsletterRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        return issueForm(issues.forEditing(actor, issueId), form, model);
    }

    private static String issueForm(Issue issue, IssueForm form, Model model) {
        model.addAttribute("issue", issue);
        model.addAttribute("form", form);
        model.addAttribute("audiences", Audience.values());
        return "newsletter/issue-form";
    }

    @GetMapping("/newsletter/issues/{issueId}")
    String preview(@PathVariable long issueId, Model model) {
        model.addAttribute("issue", issues.forEditing(CurrentUser.require(), issueId));
        return "newsletter/issue";
    }

    @GetMapping("/newsletter/issues/{issueId}/sections/new")
    String newSection(@PathVariable long issueId, Model model) {
        return sectionForm(issues.forEditing(CurrentUser.require(), issueId), null, new SectionForm("", "", "", false, null), model);
    }

    @PostMapping("/newsletter/issues/{issueId}/sections")
    String addSection(@PathVariable long issueId, @Valid @ModelAttribute("form") SectionForm form, BindingResult errors,
                      @RequestParam(required = false) MultipartFile image, Model model, RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        CheckedUpload checked = checkedImage(image, errors);
        if (!errors.hasErrors()) {
            try {
                issues.addSection(actor, issueId, new Issues.SectionDetails(form.heading(), form.body(), checked, form.imageAlt(), false));
                redirect.addFlashAttribute("notice", "newsletter.sectionAdded");
                return "redirect:/newsletter/issues/" + issueId;
            } catch (NewsletterRefused refused) {
                errors.rejectValue(sectionField(refused.field()), refused.messageKey(), refused.arguments(), null);
            }
        }
        return sectionForm(issues.forEditing(actor, issueId), null, form, model);
    }

    @PostMapping("/newsletter/issues/{issueId}/sections/diary")
    String addDiary(@PathVariable long issueId, RedirectAttributes redirect) {
        try {
            issues.addDiarySection(CurrentUser.require(), issueId);
            redirect.addFlashAttribute("notice", "newsletter.diaryAdded");
        } catch (NewsletterRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/newsletter/issues/" + issueId;
    }

    @PostMapping("/newsletter/issues/{issueId}/sections/surveys")
    String addSurveys(@PathVariable long issueId, RedirectAttributes redirect) {
        try {
            issues.addSurveysSection(CurrentUser.require(), issueId);
            redirect.addFlashAttribute("notice", "newsletter.surveysAdded");
        } catch (NewsletterRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/newsletter/issues/" + issueId;
    }

    @PostMapping("/newsletter/issues/{issueId}/sections/training")
    String addTraining(@PathVariable long issueId, RedirectAttributes redirect) {
        try {
            issues.addTrainingSection(CurrentUser.require(), issueId);
            redirect.addFlashAttribute("notice", "newsletter.trainingAdded");
        } catch (NewsletterRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/newsletter/issues/" + issueId;
    }

    @PostMapping("/newsletter/issues/{issueId}/sections/learning")
    String addLearning(@PathVariable long issueId, RedirectAttributes redirect) {
        try {
            issues.addLearningSection(CurrentUser.require(), issueId);
            redirect.addFlashAttribute("notice", "newsletter.learningAdded");
        } catch (NewsletterRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/newsletter/issues/" + issueId;
    }

    @GetMapping("/newsletter/issues/{issueId}/sections/{sectionId}/edit")
    String editSection(@PathVariable long issueId, @PathVariable long sectionId, Model model) {
        Issue issue = issues.forEditing(CurrentUser.require(), issueId);
        IssueSection section = issue.section(sectionId);
        return sectionForm(issue, section, new SectionForm(section.getHeading(), section.getBody(), section.getImageAlt(), false, null), model);
    }

    @PostMapping("/newsletter/issues/{issueId}/sections/{sectionId}/edit")
    String saveSection(@PathVariable long issueId, @PathVariable long sectionId, @Valid @ModelAttribute("form") SectionForm form,
                       BindingResult errors, @RequestParam(required = false) MultipartFile image, Model model, RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        CheckedUpload checked = checkedImage(image, errors);
        if (!errors.hasErrors()) {
            try {
                issues.changeSection(actor, issueId, sectionId, new Issues.SectionDetails(form.heading(), form.body(), checked, form.imageAlt(),
                        Boolean.TRUE.equals(form.removeImage())));
                redirect.addFlashAttribute("notice", "newsletter.sectionSaved");
                return "redirect:/newsletter/issues/" + issueId;
            } catch (NewsletterRefused refused) {
                errors.rejectValue(sectionField(refused.field()), refused.messageKey(), refused.arguments(), null);
            }
        }
        Issue issue = issues.forEditing(actor, issueId);
        return sectionForm(issue, issue.section(sectionId), form, model);
    }

    @PostMapping("/newsletter/issues/{issueId}/sections/{sectionId}/remove")
    String removeSection(@PathVariable long issueId, @PathVariable long sectionId, RedirectAttributes redirect) {
        try {
            issues.removeSection(CurrentUser.require(), issueId, sectionId);
            redirect.addFlashAttribute("notice", "newsletter.sectionRemoved");
        } catch (NewsletterRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/newsletter/issues/" + issueId;
    }

    /** The form field a section refusal belongs on: the image's input, or the heading for a refusal of the whole issue. */
    private static String sectionField(String field) {
        return switch (field) {
            case "image" -> "imageName";
            case "heading", "body", "imageAlt" -> field;
            default -> "heading";
        };
    }

    private CheckedUpload checkedImage(MultipartFile image, BindingResult errors) {
        if (image == null || image.isEmpty()) {
            return null;
        }
        try {
            return uploads.check(image, Issues.IMAGE_KINDS);
        } catch (UploadRefused refused) {
            errors.rejectValue("imageName", refused.messageKey(), refused.messageArguments(), null);
            return null;
        }
    }

    private static String sectionForm(Issue issue, IssueSection section, SectionForm form, Model model) {
        model.addAttribute("issue", issue);
        model.addAttribute("section", section);
        model.addAttribute("form", form);
        return "newsletter/section-form";
    }

    @PostMapping("/newsletter/issues/{issueId}/publish")
    String publish(@PathVariable long issueId, RedirectAttributes redirect) {
        try {
            issues.publish(CurrentUser.require(), issueId);
            redirect.addFlashAttribute("notice", "newsletter.publishedNotice");
        } catch (NewsletterRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/newsletter/issues/" + issueId;
    }

    @PostMapping("/newsletter/issues/{issueId}/send")
    String send(@PathVariable long issueId, RedirectAttributes redirect) {
        try {
            int queued = issues.send(CurrentUser.require(), issueId);
            redirect.addFlashAttribute("notice", "newsletter.sendingStarted");
            redirect.addFlashAttribute("noticeArguments", new Object[] {queued});
            return "redirect:/newsletter/issues/" + issueId + "/sending";
        } catch (NewsletterRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/newsletter/issues/" + issueId;
        }
    }

    @GetMapping("/newsletter/issues/{issueId}/sending")
    String sending(@PathVariable long issueId, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("progress", issues.progress(CurrentUser.require(), issueId));
        return htmx != null ? "newsletter/sending :: progress" : "newsletter/sending";
    }

    @GetMapping("/newsletter/subscribers")
    String subscribers(Model model) {
        model.addAttribute("subscribers", subscriptions.newest(CurrentUser.require()));
        model.addAttribute("counts", subscriptions.counts());
        return "newsletter/subscribers";
    }
}
