package org.partnershiphub.identity.web;

import jakarta.validation.Valid;

import org.partnershiphub.identity.OrganisationType;
import org.partnershiphub.identity.internal.AccountQueries;
import org.partnershiphub.identity.internal.OrganisationAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership and its agencies. */
@Controller
class AdminOrganisationsController {

    private final AccountQueries queries;
    private final OrganisationAdministration organisations;

    AdminOrganisationsController(AccountQueries queries, OrganisationAdministration organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    @GetMapping("/admin/organisations")
    String list(Model model) {
        model.addAttribute("form", new AdminForms.NewOrganisation("", null));
        return view(model);
    }

    @PostMapping("/admin/organisations")
    String add(@Valid @ModelAttribute("form") AdminForms.NewOrganisation form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (!errors.hasErrors() && !organisations.add(form.name(), form.type())) {
            errors.rejectValue("name", "organisation.error.duplicate");
        }
        if (errors.hasErrors()) {
            return view(model);
        }
        redirect.addFlashAttribute("notice", "organisation.added");
        return "redirect:/admin/organisations";
    }

    private String view(Model model) {
        model.addAttribute("organisations", queries.organisations());
        model.addAttribute("types", OrganisationType.values());
        return "identity/admin-organisations";
    }
}
