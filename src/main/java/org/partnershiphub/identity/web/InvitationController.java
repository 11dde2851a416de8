package org.partnershiphub.identity.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.partnershiphub.identity.internal.AccountAdministration;
import org.partnershiphub.identity.internal.AccountAdministration.LinkCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person follows their one-time link and chooses a password. */
@Controller
class InvitationController {

    private final AccountAdministration administration;

    InvitationController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        LinkCheck check = administration.checkLink(token);
        if (!(check instanceof LinkCheck.Usable usable)) {
            return linkProblem(check, model, response);
        }
        model.addAttribute("person", usable);
        model.addAttribute("token", token);
        model.addAttribute("form", new PasswordForms.SetPassword("", ""));
        return "identity/set-password";
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForms.SetPassword form,
                  BindingResult errors, Model model, RedirectAttributes redirect,
                  jakarta.servlet.http.HttpServletResponse response) {
        LinkCheck check = administration.checkLink(token);
        if (!(check instanceof LinkCheck.Usable usable)) {
            return linkProblem(check, model, response);
        }
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.error.mismatch");
        }
        if (!errors.hasErrors()) {
            Optional<String> problem = administration.acceptLink(token, form.password());
            problem.ifPresent(key -> errors.rejectValue("password", key));
        }
        if (errors.hasErrors()) {
            model.addAttribute("person", usable);
            model.addAttribute("token", token);
            return "identity/set-password";
        }
        redirect.addFlashAttribute("passwordSet", true);
        return "redirect:/sign-in";
    }

    private static String linkProblem(LinkCheck check, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("expired", check instanceof LinkCheck.Expired);
        response.setStatus(check instanceof LinkCheck.Expired ? 410 : 404);
        return "identity/link-problem";
    }
}
