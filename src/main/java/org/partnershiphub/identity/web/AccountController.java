package org.partnershiphub.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.partnershiphub.identity.internal.AccountAdministration;
import org.partnershiphub.identity.internal.AccountQueries;
import org.partnershiphub.identity.internal.AccountSession;
import org.partnershiphub.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: their details, roles and groups, sign-in history, and their password. */
@Controller
class AccountController {

    private final AccountQueries queries;
    private final AccountAdministration administration;
    private final AccountSession session;

    AccountController(AccountQueries queries, AccountAdministration administration, AccountSession session) {
        this.queries = queries;
        this.administration = administration;
        this.session = session;
    }

    @GetMapping("/account")
    String account(Model model) {
        long userId = CurrentUser.require().userId();
        model.addAttribute("person", queries.person(userId));
        model.addAttribute("groups", queries.groups());
        model.addAttribute("history", queries.signInHistory(userId, 20));
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForms.ChangePassword("", "", ""));
        model.addAttribute("mustChange", session.mustChangePassword());
        return "identity/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForms.ChangePassword form, BindingResult errors,
                          Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "password.error.currentRequired");
        }
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.error.mismatch");
        }
        if (!errors.hasErrors()) {
            Optional<String> problem = administration.changeOwnPassword(CurrentUser.require().userId(),
                    form.currentPassword(), form.newPassword());
            problem.ifPresent(key -> errors.rejectValue(key.equals("password.error.currentWrong") ? "currentPassword" : "newPassword", key));
        }
        if (errors.hasErrors()) {
            model.addAttribute("mustChange", session.mustChangePassword());
            return "identity/change-password";
        }
        session.passwordChanged(request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    /** Keeps the session alive when the person chooses "Stay signed in" in the time-out warning. */
    @GetMapping("/account/keep-alive")
    @ResponseBody
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
