package org.partnershiphub.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.GroupType;
import org.partnershiphub.identity.internal.AccountQueries;
import org.partnershiphub.identity.internal.GroupAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the boards and groups and their membership. */
@Controller
class AdminGroupsController {

    private final AccountQueries queries;
    private final GroupAdministration groups;

    AdminGroupsController(AccountQueries queries, GroupAdministration groups) {
        this.queries = queries;
        this.groups = groups;
    }

    record NewGroup(@NotBlank(message = "{group.error.name}") @Size(max = 200, message = "{organisation.error.nameLength}") String name,
                    @NotNull(message = "{group.error.type}") GroupType type,
                    @Size(max = 2000, message = "{group.error.descriptionLength}") String description) {
    }

    record NewMember(@NotNull(message = "{group.error.person}") Long userId,
                     @Size(max = 100, message = "{group.error.roleLength}") String roleInGroup) {
    }

    @GetMapping("/admin/groups")
    String list(Model model) {
        model.addAttribute("form", new NewGroup("", null, ""));
        return listView(model);
    }

    @PostMapping("/admin/groups")
    String add(@Valid @ModelAttribute("form") NewGroup form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && !groups.addGroup(form.name(), form.type(), form.description())) {
            errors.rejectValue("name", "group.error.duplicate");
        }
        if (errors.hasErrors()) {
            return listView(model);
        }
        redirect.addFlashAttribute("notice", "group.added");
        return "redirect:/admin/groups";
    }

    private String listView(Model model) {
        model.addAttribute("groups", queries.groups());
        model.addAttribute("types", GroupType.values());
        return "identity/admin-groups";
    }

    @GetMapping("/admin/groups/{id}")
    String group(@PathVariable long id, Model model) {
        model.addAttribute("form", new NewMember(null, ""));
        return groupView(id, model);
    }

    @PostMapping("/admin/groups/{id}/members")
    String addMember(@PathVariable long id, @Valid @ModelAttribute("form") NewMember form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return groupView(id, model);
        }
        groups.addMember(id, form.userId(), form.roleInGroup());
        redirect.addFlashAttribute("notice", "group.memberAdded");
        return "redirect:/admin/groups/" + id;
    }

    @PostMapping("/admin/groups/{id}/members/{userId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        groups.removeMember(id, userId);
        redirect.addFlashAttribute("notice", "group.memberRemoved");
        return "redirect:/admin/groups/" + id;
    }

    private String groupView(long id, Model model) {
        model.addAttribute("group", groups.group(id));
        model.addAttribute("members", groups.members(id));
        model.addAttribute("candidates", groups.candidates());
        return "identity/admin-group";
    }
}
