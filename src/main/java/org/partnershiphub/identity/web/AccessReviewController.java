package org.partnershiphub.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.internal.AccountQueries;
import org.partnershiphub.identity.internal.RoleGrant;
import org.partnershiphub.identity.internal.UserAccount;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.CsvCells;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Who holds which role, and when each role was last used: the administrator's periodic access review. */
@Controller
class AccessReviewController {

    private final AccountQueries queries;
    private final AuditTrail audit;

    AccessReviewController(AccountQueries queries, AuditTrail audit) {
        this.queries = queries;
        this.audit = audit;
    }

    record Holder(UserAccount person, RoleGrant grant) {
    }

    private Map<Role, List<Holder>> holders() {
        Map<Role, List<Holder>> byRole = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            byRole.put(role, queries.holdersOf(role).stream()
                    .map(person -> new Holder(person, person.getRoles().stream().filter(g -> g.getRole() == role).findFirst().orElseThrow()))
                    .toList());
        }
        return byRole;
    }

    @GetMapping("/admin/access-review")
    String review(Model model) {
        model.addAttribute("byRole", holders());
        audit.record(AuditEvent.of(AuditAction.VIEW, "AccessReview", null));
        return "identity/access-review";
    }

    @GetMapping("/admin/access-review.csv")
    ResponseEntity<byte[]> export() {
        StringBuilder csv = new StringBuilder(CsvCells.row("Role", "Name", "Email", "Agency", "Status", "Granted", "Last used"));
        holders().forEach((role, list) -> list.forEach(h -> csv.append(CsvCells.row(role.name(), h.person().getFullName(),
                h.person().getEmail(), h.person().getOrganisation().getName(), h.person().getStatus(),
                h.grant().getGrantedAt(), h.grant().getLastUsedAt()))));
        audit.record(AuditEvent.of(AuditAction.EXPORT, "AccessReview", null));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("access-review.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
