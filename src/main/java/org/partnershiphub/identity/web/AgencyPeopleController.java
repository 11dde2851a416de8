package org.partnershiphub.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.Permissions;
import org.partnershiphub.identity.Permissions.Access;
import org.partnershiphub.identity.internal.AccountQueries;
import org.partnershiphub.identity.internal.AgencyPeople;
import org.partnershiphub.identity.internal.UserAccount;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.web.CsvCells;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's safeguarding lead sees and maintains their own agency's people. Every record is checked by the
 * permission service, so guessing another agency's person's id gives the 403 page and an audit entry.
 */
@Controller
class AgencyPeopleController {

    private final AccountQueries queries;
    private final AgencyPeople agencyPeople;
    private final Permissions permissions;

    AgencyPeopleController(AccountQueries queries, AgencyPeople agencyPeople, Permissions permissions) {
        this.queries = queries;
        this.agencyPeople = agencyPeople;
        this.permissions = permissions;
    }

    record JobTitleForm(@Size(max = 200, message = "{invite.error.jobTitleLength}") String jobTitle) {
    }

    @GetMapping("/agency/people")
    String list(@RequestParam(required = false) Long after, Model model) {
        List<UserAccount> page = queries.people(CurrentUser.require().agencyId(), null, null, after);
        boolean more = page.size() > AccountQueries.PAGE_SIZE;
        List<UserAccount> shown = more ? page.subList(0, AccountQueries.PAGE_SIZE) : page;
        model.addAttribute("people", shown);
        model.addAttribute("nextAfter", more ? shown.get(shown.size() - 1).getId() : null);
        return "identity/agency-people";
    }

    @GetMapping("/agency/people/{id}")
    String person(@PathVariable long id, Model model) {
        UserAccount person = checked(id, Access.READ);
        model.addAttribute("person", person);
        model.addAttribute("form", new JobTitleForm(person.getJobTitle()));
        return "identity/agency-person";
    }

    @PostMapping("/agency/people/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") JobTitleForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        UserAccount person = checked(id, Access.CHANGE);
        if (errors.hasErrors()) {
            model.addAttribute("person", person);
            return "identity/agency-person";
        }
        agencyPeople.changeJobTitle(id, form.jobTitle());
        redirect.addFlashAttribute("notice", "agency.person.updated");
        return "redirect:/agency/people/" + id;
    }

    @GetMapping("/agency/people/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        UserAccount person = checked(id, Access.EXPORT);
        String csv = CsvCells.row("Name", "Email", "Job title", "Agency", "Status", "Roles")
                + CsvCells.row(person.getFullName(), person.getEmail(), person.getJobTitle(), person.getOrganisation().getName(),
                person.getStatus(), person.roleSet());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("person-" + id + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Not found and not permitted look the same to the person asking only in that both stop; the first is a 404. */
    private UserAccount checked(long id, Access access) {
        UserAccount person = queries.findPerson(id).orElseThrow(() -> new NotFoundException("person"));
        permissions.check(access, person);
        return person;
    }
}
