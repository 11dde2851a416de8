package org.partnershiphub.identity.web;

import jakarta.servlet.http.HttpSession;

import org.partnershiphub.identity.internal.SignInAttributes;
import org.partnershiphub.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (Spring Security handles the POST) and the signed-out confirmation. */
@Controller
class SignInController {

    private final org.partnershiphub.identity.internal.OidcProperties oidc;

    SignInController(org.partnershiphub.identity.internal.OidcProperties oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/sign-in")
    String signIn(@org.springframework.web.bind.annotation.RequestParam(required = false) String error,
                  @org.springframework.web.bind.annotation.RequestParam(required = false) String ended,
                  HttpSession session, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/dashboard";
        }
        Object typed = session.getAttribute(SignInAttributes.TYPED_EMAIL);
        session.removeAttribute(SignInAttributes.TYPED_EMAIL);
        model.addAttribute("typedEmail", typed == null ? "" : typed);
        model.addAttribute("failed", error != null);
        model.addAttribute("ended", ended != null);
        model.addAttribute("oidcLink", oidc.enabled() ? "/oauth2/authorization/" + oidc.registrationId() : null);
        return "identity/sign-in";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "identity/signed-out";
    }
}
