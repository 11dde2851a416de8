package org.partnershiphub.site.web;

import org.partnershiphub.files.FileDownloads;
import org.partnershiphub.site.PublishedPages.Section;
import org.partnershiphub.site.internal.SitePages;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public site's written pages: each section's list, a published page, and its published attachments. */
@Controller
class PublicSiteController {

    private final SitePages site;

    PublicSiteController(SitePages site) {
        this.site = site;
    }

    @GetMapping("/arrangements")
    String arrangements(Model model) {
        return list(Section.ARRANGEMENTS, model);
    }

    @GetMapping("/news")
    String news(Model model) {
        return list(Section.NEWS, model);
    }

    @GetMapping("/learning-briefs")
    String learningBriefs(Model model) {
        return list(Section.LEARNING_BRIEFS, model);
    }

    @GetMapping("/published-reviews")
    String publishedReviews(Model model) {
        return list(Section.PUBLISHED_REVIEWS, model);
    }

    @GetMapping("/arrangements/{slug}")
    String arrangementsPage(@PathVariable String slug, Model model) {
        return page(Section.ARRANGEMENTS, slug, model);
    }

    @GetMapping("/news/{slug}")
    String newsPage(@PathVariable String slug, Model model) {
        return page(Section.NEWS, slug, model);
    }

    @GetMapping("/learning-briefs/{slug}")
    String learningBrief(@PathVariable String slug, Model model) {
        return page(Section.LEARNING_BRIEFS, slug, model);
    }

    @GetMapping("/published-reviews/{slug}")
    String publishedReview(@PathVariable String slug, Model model) {
        return page(Section.PUBLISHED_REVIEWS, slug, model);
    }

    @GetMapping("/site-files/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long attachmentId) {
        SitePages.Download d = site.publicAttachment(attachmentId);
        return FileDownloads.attachment(d.file(), d.content());
    }

    private String list(Section section, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("pages", site.published(section));
        return "site/public-list";
    }

    private String page(Section section, String slug, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("view", site.published(section, slug));
        return "site/public-page";
    }
}
