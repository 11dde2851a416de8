package org.partnershiphub.identity.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;

import org.partnershiphub.identity.AccountStatus;
import org.partnershiphub.identity.internal.AccountAdministration;
import org.partnershiphub.identity.internal.AccountAdministration.InviteResult;
import org.partnershiphub.identity.internal.AccountQueries;
import org.partnershiphub.identity.internal.UserAccount;
import org.partnershiphub.shared.Reauthentication;
import org.partnershiphub.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators invite people, reset their access, disable accounts and change roles. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private final AccountQueries queries;
    private final AccountAdministration administration;
    private final Reauthentication reauthentication;

    AdminUsersController(AccountQueries queries, AccountAdministration administration, Reauthentication reauthentication) {
        this.queries = queries;
        this.administration = administration;
        this.reauthentication = reauthentication;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long agency, @RequestParam(required = false) AccountStatus status,
                @RequestParam(required = false) Role role, @RequestParam(required = false) Long after, Model model) {
        List<UserAccount> page = queries.people(agency, status, role, after);
        boolean more = page.size() > AccountQueries.PAGE_SIZE;
        List<UserAccount> shown = more ? page.subList(0, AccountQueries.PAGE_SIZE) : page;
        model.addAttribute("people", shown);
        model.addAttribute("nextAfter", more ? shown.get(shown.size() - 1).getId() : null);
        model.addAttribute("organisations", queries.organisations());
        model.addAttribute("agency", agency);
        model.addAttribute("status", status);
        model.addAttribute("role", role);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allStatuses", AccountStatus.values());
        return "identity/admin-users";
    }

    @GetMapping("/invite")
    String inviteForm(Model model) {
        model.addAttribute("form", AdminForms.Invite.empty());
        return inviteView(model);
    }

    @PostMapping("/invite")
    String invite(@Valid @ModelAttribute("form") AdminForms.Invite form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return inviteView(model);
        }
        InviteResult result = administration.invite(new AccountAdministration.NewAccount(form.fullName(), form.email(),
                form.jobTitle(), form.organisationId(), EnumSet.copyOf(form.roles())));
        if (result instanceof InviteResult.Invited invited) {
            redirect.addFlashAttribute("issuedLink", invited.link());
            return "redirect:/admin/users/" + invited.link().userId();
        }
        errors.rejectValue("email", "invite.error.emailTaken");
        return inviteView(model);
    }

    private String inviteView(Model model) {
        model.addAttribute("organisations", queries.organisations());
        model.addAttribute("allRoles", Role.values());
        return "identity/admin-invite";
    }

    @GetMapping("/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", queries.person(id));
        model.addAttribute("groups", queries.groups());
        model.addAttribute("openLinks", queries.openLinks(id));
        model.addAttribute("history", queries.signInHistory(id, 10));
        return "identity/admin-user";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        administration.disable(id);
        redirect.addFlashAttribute("notice", "admin.user.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issuedLink", administration.enable(id));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-access")
    String resetAccess(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issuedLink", administration.resetAccess(id));
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/roles")
    String rolesForm(@PathVariable long id, Model model) {
        UserAccount person = queries.person(id);
        model.addAttribute("form", new AdminForms.ChangeRoles(List.copyOf(person.roleSet()), "", person.getVersion()));
        return rolesView(person, model);
    }

    @PostMapping("/{id}/roles")
    String changeRoles(@PathVariable long id, @ModelAttribute("form") AdminForms.ChangeRoles form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        if (!reauthentication.confirms(form.password())) {
            errors.rejectValue("password", "reauth.error.password");
        }
        if (!errors.hasErrors()) {
            try {
                administration.changeRoles(id, form.roles() == null || form.roles().isEmpty()
                        ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.roles()), form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("notice", "admin.user.rolesChanged");
                return "redirect:/admin/users/" + id;
            } catch (ObjectOptimisticLockingFailureException stale) {
                errors.reject("admin.roles.error.stale");
            }
        }
        return rolesView(queries.person(id), model);
    }

    /** A second click on "Disable" or "Enable", or a reset of a disabled account: tell the administrator, change nothing. */
    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalStateException.class)
    String notPossible(IllegalStateException refused, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "admin.user.notPossible");
        String path = request.getServletPath();
        return "redirect:" + path.substring(0, path.lastIndexOf('/'));
    }

    private String rolesView(UserAccount person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("allRoles", Role.values());
        return "identity/admin-roles";
    }
}
