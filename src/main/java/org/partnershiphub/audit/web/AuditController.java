package org.partnershiphub.audit.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.audit.internal.AuditChainVerifier;
import org.partnershiphub.audit.internal.AuditEntry;
import org.partnershiphub.audit.internal.AuditQueries;
import org.partnershiphub.shared.Reauthentication;
import org.partnershiphub.shared.web.CsvCells;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The auditor's view of the trail: filter by person, record, action and dates; export to CSV after typing their
 * password again; verify the hash chain. Reading, exporting and verifying are themselves audited.
 */
@Controller
class AuditController {

    private final AuditQueries queries;
    private final AuditChainVerifier verifier;
    private final AuditTrail audit;
    private final Reauthentication reauthentication;

    AuditController(AuditQueries queries, AuditChainVerifier verifier, AuditTrail audit, Reauthentication reauthentication) {
        this.queries = queries;
        this.verifier = verifier;
        this.audit = audit;
        this.reauthentication = reauthentication;
    }

    record FilterForm(Long person, String recordType, String recordId, String action,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        AuditQueries.Filter filter() {
            return new AuditQueries.Filter(person, recordType, recordId, action, from, to);
        }
    }

    @GetMapping("/audit")
    String list(@ModelAttribute("filter") FilterForm filter, @RequestParam(required = false) Long before, Model model) {
        List<AuditEntry> page = queries.page(filter.filter(), before);
        boolean more = page.size() > AuditQueries.PAGE_SIZE;
        List<AuditEntry> shown = more ? page.subList(0, AuditQueries.PAGE_SIZE) : page;
        audit.record(AuditEvent.of(AuditAction.SEARCH, "AuditTrail", null).withDetail(filter.filter().describe()));
        model.addAttribute("entries", shown);
        model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).getSeq() : null);
        model.addAttribute("actions", AuditAction.values());
        return "audit/audit-trail";
    }

    @PostMapping("/audit/export")
    Object export(@ModelAttribute("filter") FilterForm filter, @RequestParam(required = false) String password,
                  RedirectAttributes redirect) {
        if (!reauthentication.confirms(password)) {
            audit.record(new AuditEvent(AuditAction.EXPORT, "AuditTrail", null, org.partnershiphub.audit.AuditOutcome.DENIED,
                    null, "password not confirmed"));
            redirect.addFlashAttribute("exportError", true);
            return "redirect:/audit";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder header = new StringBuilder(CsvCells.row("Number", "Time (UTC)", "Person id", "Person", "Agency", "Roles",
                "Action", "Record type", "Record id", "Outcome", "Reason", "Detail", "Hash"));
        out.writeBytes(header.toString().getBytes(StandardCharsets.UTF_8));
        queries.forEach(filter.filter(), e -> out.writeBytes(CsvCells.row(e.getSeq(), e.getOccurredAt(), e.getActorUserId(),
                e.getActorName(), e.getActorAgency(), e.getActorRoles(), e.getAction(), e.getRecordType(), e.getRecordId(),
                e.getOutcome(), e.getReason(), e.getDetail(), e.getEntryHash()).getBytes(StandardCharsets.UTF_8)));
        audit.record(AuditEvent.of(AuditAction.EXPORT, "AuditTrail", null).withDetail(filter.filter().describe()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-trail.csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /** The newest sealed batch as one line, to keep somewhere the application cannot write (a later verify checks it). */
    @GetMapping("/audit/checkpoint")
    ResponseEntity<String> checkpoint() {
        AuditChainVerifier.Checkpoint checkpoint = verifier.checkpoint();
        audit.record(AuditEvent.of(AuditAction.EXPORT, "AuditTrail", null).withDetail("checkpoint " + checkpoint.line()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-checkpoint-" + checkpoint.batchNo() + ".txt")
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(checkpoint.line() + "\n");
    }

    @PostMapping("/audit/verify")
    String verify(@RequestParam(required = false) String checkpoint, RedirectAttributes redirect) {
        AuditChainVerifier.Checkpoint kept = null;
        if (checkpoint != null && !checkpoint.isBlank()) {
            kept = AuditChainVerifier.Checkpoint.parse(checkpoint);
            if (kept == null) {
                redirect.addFlashAttribute("problem", "audit.error.checkpoint");
                return "redirect:/audit";
            }
        }
        AuditChainVerifier.Result result = verifier.verify(kept);
        audit.record(AuditEvent.of(AuditAction.VERIFY, "AuditTrail", null)
                .withDetail(result.intact() ? "intact; " + result.entriesChecked() + " entries"
                        : "broken at " + result.firstBrokenSeq() + ": " + result.problem()));
        redirect.addFlashAttribute("verification", result);
        return "redirect:/audit";
    }
}
