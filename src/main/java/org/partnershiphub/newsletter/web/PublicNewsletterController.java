package org.partnershiphub.newsletter.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnershiphub.newsletter.internal.Audience;
import org.partnershiphub.newsletter.internal.Issues;
import org.partnershiphub.newsletter.internal.NewsletterRefused;
import org.partnershiphub.newsletter.internal.Subscriptions;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.web.FormValues;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The newsletter on the public site: the archive of published issues and their images, subscribing (double opt-in),
 * confirming, and unsubscribing with the link from any email (one click, also straight from the mail program).
 */
@Controller
class PublicNewsletterController {

    private final Issues issues;
    private final Subscriptions subscriptions;

    PublicNewsletterController(Issues issues, Subscriptions subscriptions) {
        this.issues = issues;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/newsletters")
    String archive(Model model) {
        model.addAttribute("issues", issues.published());
        return "newsletter/archive";
    }

    @GetMapping("/newsletters/{issueId}")
    String issue(@PathVariable long issueId, Model model) {
        model.addAttribute("issue", issues.publishedIssue(issueId));
        return "newsletter/public-issue";
    }

    /** An image as it was checked on upload (PNG or JPEG only), shown inline with the security headers every response has. */
    @GetMapping("/newsletters/images/{fileId}")
    ResponseEntity<byte[]> image(@PathVariable long fileId) {
        Issues.Image image = issues.image(fileId, CurrentUser.find().orElse(null));
        return ResponseEntity.ok().contentType(image.file().kind().contentType()).cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff").body(image.content());
    }

    @GetMapping("/newsletter/subscribe")
    String subscribeForm(Model model) {
        return subscribePage("", Set.of(Audience.PRACTITIONERS), null, model);
    }

    @PostMapping("/newsletter/subscribe")
    String subscribe(@RequestParam(required = false) String email, @RequestParam(required = false) List<String> audiences, Model model) {
        Set<Audience> chosen = EnumSet.noneOf(Audience.class);
        if (audiences != null) {
            audiences.stream().map(a -> FormValues.choice(Audience.class, a)).filter(a -> a != null).forEach(chosen::add);
        }
        try {
            subscriptions.subscribe(email, chosen);
            return "redirect:/newsletter/subscribe/sent";
        } catch (NewsletterRefused refused) {
            return subscribePage(email == null ? "" : email, chosen, refused, model);
        }
    }

    /** After subscribing (a redirect, so refreshing the page sends nothing again). */
    @GetMapping("/newsletter/subscribe/sent")
    String subscribeSent() {
        return "newsletter/subscribe-sent";
    }

    private static String subscribePage(String email, Set<Audience> chosen, NewsletterRefused refused, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("chosen", chosen);
        model.addAttribute("lists", Audience.lists().stream().sorted().toList());
        model.addAttribute("refusal", refused);
        model.addAttribute("pageErrors", refused != null);
        return "newsletter/subscribe";
    }

    @GetMapping("/newsletter/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("subscriber", subscriptions.pending(token));
        model.addAttribute("token", token);
        return "newsletter/confirm";
    }

    @PostMapping("/newsletter/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        try {
            model.addAttribute("subscriber", subscriptions.confirm(token));
            return "newsletter/confirmed";
        } catch (NewsletterRefused refused) {
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("subscriber", subscriptions.pending(token));
            model.addAttribute("token", token);
            return "newsletter/confirm";
        }
    }

    @GetMapping("/newsletter/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        model.addAttribute("subscriber", subscriptions.byUnsubscribeLink(token));
        model.addAttribute("token", token);
        return "newsletter/unsubscribe";
    }

    /** One click: from the page's button, or straight from a mail program (RFC 8058), so no form token is asked for. */
    @PostMapping("/newsletter/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token) {
        subscriptions.unsubscribe(token);
        return "newsletter/unsubscribed";
    }
}
