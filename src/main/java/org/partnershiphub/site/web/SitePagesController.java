package org.partnershiphub.site.web;

import static org.partnershiphub.shared.web.FormValues.choice;
import static org.partnershiphub.shared.web.FormValues.version;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileDownloads;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.site.PublishedPages.Section;
import org.partnershiphub.site.internal.PageText;
import org.partnershiphub.site.internal.SitePage;
import org.partnershiphub.site.internal.SitePages;
import org.partnershiphub.site.internal.SiteRefused;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The business unit writes the public site's pages: drafts, revisions, publication, withdrawal, attachments and history. */
@Controller
class SitePagesController {

    /** The fields in the order the page shows them, which is the error summary's order. */
    record PageForm(String section, @Size(max = 200, message = "{site.error.titleLength}") String title,
                    @Size(max = 500, message = "{site.error.summaryLength}") String summary,
                    @Size(max = 50000, message = "{site.error.bodyLength}") String body,
                    @Size(max = 120, message = "{site.error.slug}") String slug,
                    @Size(max = 300, message = "{site.error.noteLength}") String note, String version) {

        static PageForm of(SitePage p) {
            return new PageForm(p.getSection().name(), p.getTitle(), p.getSummary(), p.getBody(), p.getSlug(), "", String.valueOf(p.getVersion()));
        }
    }

    record AttachmentForm(@Size(max = 200, message = "{site.error.attachmentTitleLength}") String attachmentTitle, String fileName) {
        // fileName is never posted: it names the file input (id fileName, name file) so a refused file is shown on it
    }

    record WithdrawForm(@Size(max = 300, message = "{site.error.reasonLength}") String reason) {
    }

    private final SitePages site;
    private final UploadChecker uploads;

    SitePagesController(SitePages site, UploadChecker uploads) {
        this.site = site;
        this.uploads = uploads;
    }

    @GetMapping("/site-pages")
    String list(Model model) {
        java.util.Map<Section, List<SitePage>> bySection = new java.util.EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            bySection.put(s, new java.util.ArrayList<>());
        }
        site.all(CurrentUser.require()).forEach(p -> bySection.get(p.getSection()).add(p));
        model.addAttribute("bySection", bySection);
        return "site/list";
    }

    @GetMapping("/site-pages/new")
    String newPage(@RequestParam(required = false) String section, Model model) {
        String chosen = section != null && choice(Section.class, section) != null ? section : "";
        return form(null, new PageForm(chosen, "", "", "", "", "", "0"), model);
    }

    @PostMapping("/site-pages")
    String create(@Valid @ModelAttribute("form") PageForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                SitePage page = site.create(CurrentUser.require(), draft(form));
                redirect.addFlashAttribute("notice", "site.created");
                return "redirect:/site-pages/" + page.getId();
            } catch (FieldRefusals refused) {
                refused.refusals().forEach(r -> errors.rejectValue(r.field(), r.messageKey(), r.argumentArray(), null));
            }
        }
        return form(null, form, model);
    }

    @GetMapping("/site-pages/{pageId}")
    String page(@PathVariable long pageId, Model model) {
        model.addAttribute("view", site.overview(CurrentUser.require(), pageId));
        return "site/page";
    }

    @GetMapping("/site-pages/{pageId}/edit")
    String edit(@PathVariable long pageId, Model model) {
        SitePage page = site.forEditing(CurrentUser.require(), pageId);
        return form(page, PageForm.of(page), model);
    }

    @PostMapping("/site-pages/{pageId}/edit")
    String save(@PathVariable long pageId, @Valid @ModelAttribute("form") PageForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        if (!errors.hasErrors()) {
            try {
                int number = site.save(actor, pageId, version(form.version()), draft(form));
                redirect.addFlashAttribute("notice", "site.saved");
                redirect.addFlashAttribute("noticeArguments", new Object[] {number});
                return "redirect:/site-pages/" + pageId;
            } catch (FieldRefusals refused) {
                refused.refusals().forEach(r -> errors.rejectValue(r.field(), r.messageKey(), r.argumentArray(), null));
            } catch (SiteRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("error.stale");
            }
        }
        return form(site.forEditing(actor, pageId), form, model);
    }

    @PostMapping("/site-pages/{pageId}/publish")
    String publish(@PathVariable long pageId, RedirectAttributes redirect) {
        try {
            int number = site.publish(CurrentUser.require(), pageId);
            redirect.addFlashAttribute("notice", "site.publishedNotice");
            redirect.addFlashAttribute("noticeArguments", new Object[] {number});
        } catch (SiteRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/site-pages/" + pageId;
    }

    @GetMapping("/site-pages/{pageId}/withdraw")
    String confirmWithdraw(@PathVariable long pageId, Model model) {
        return withdrawForm(site.forEditing(CurrentUser.require(), pageId), new WithdrawForm(""), model);
    }

    @PostMapping("/site-pages/{pageId}/withdraw")
    String withdraw(@PathVariable long pageId, @Valid @ModelAttribute("form") WithdrawForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        if (!errors.hasErrors()) {
            try {
                site.withdraw(actor, pageId, form.reason());
                redirect.addFlashAttribute("notice", "site.withdrawnNotice");
                return "redirect:/site-pages/" + pageId;
            } catch (SiteRefused refused) {
                if (refused.field().equals("reason")) {
                    errors.rejectValue("reason", refused.messageKey(), refused.arguments(), null);
                } else {
                    redirect.addFlashAttribute("problem", refused.messageKey());
                    return "redirect:/site-pages/" + pageId;
                }
            }
        }
        return withdrawForm(site.forEditing(actor, pageId), form, model);
    }

    @GetMapping("/site-pages/{pageId}/revisions/{number}")
    String revision(@PathVariable long pageId, @PathVariable int number, Model model) {
        HubPrincipal actor = CurrentUser.require();
        var revision = site.revision(actor, pageId, number);
        model.addAttribute("page", site.forEditing(actor, pageId));
        model.addAttribute("revision", revision);
        model.addAttribute("text", PageText.render(revision.getBody()));
        return "site/revision";
    }

    @PostMapping("/site-pages/{pageId}/revisions/{number}/restore")
    String restore(@PathVariable long pageId, @PathVariable int number, RedirectAttributes redirect) {
        try {
            int saved = site.restore(CurrentUser.require(), pageId, number);
            redirect.addFlashAttribute("notice", "site.restoredNotice");
            redirect.addFlashAttribute("noticeArguments", new Object[] {number, saved});
        } catch (SiteRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/site-pages/" + pageId;
    }

    @GetMapping("/site-pages/{pageId}/attachments/new")
    String newAttachment(@PathVariable long pageId, Model model) {
        return attachmentForm(site.forEditing(CurrentUser.require(), pageId), new AttachmentForm("", null), model);
    }

    @PostMapping("/site-pages/{pageId}/attachments")
    String attach(@PathVariable long pageId, @Valid @ModelAttribute("form") AttachmentForm form, BindingResult errors,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        CheckedUpload checked = null;
        if (file == null || file.isEmpty()) {
            errors.rejectValue("fileName", "site.error.file");
        } else {
            try {
                checked = uploads.check(file, SitePages.ATTACHMENT_KINDS);
            } catch (UploadRefused refused) {
                errors.rejectValue("fileName", refused.messageKey(), refused.messageArguments(), null);
            }
        }
        if (!errors.hasErrors()) {
            try {
                site.attach(actor, pageId, checked, form.attachmentTitle());
                redirect.addFlashAttribute("notice", "site.attachedNotice");
                return "redirect:/site-pages/" + pageId;
            } catch (SiteRefused refused) {
                errors.rejectValue(refused.field().equals("file") ? "fileName" : refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return attachmentForm(site.forEditing(actor, pageId), form, model);
    }

    @GetMapping("/site-pages/{pageId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long pageId, @PathVariable long attachmentId) {
        SitePages.Download d = site.attachmentForStaff(CurrentUser.require(), pageId, attachmentId);
        return FileDownloads.attachment(d.file(), d.content());
    }

    @PostMapping("/site-pages/{pageId}/attachments/{attachmentId}/remove")
    String detach(@PathVariable long pageId, @PathVariable long attachmentId, RedirectAttributes redirect) {
        site.detach(CurrentUser.require(), pageId, attachmentId);
        redirect.addFlashAttribute("notice", "site.detachedNotice");
        return "redirect:/site-pages/" + pageId;
    }

    private static SitePages.Draft draft(PageForm form) {
        return new SitePages.Draft(choice(Section.class, form.section()), form.slug(), form.title(), form.summary(), form.body(), form.note());
    }

    private static String form(SitePage page, PageForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("sections", List.of(Section.values()));
        return "site/form";
    }

    private static String withdrawForm(SitePage page, WithdrawForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        return "site/withdraw";
    }

    private static String attachmentForm(SitePage page, AttachmentForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        return "site/attachment-form";
    }
}
