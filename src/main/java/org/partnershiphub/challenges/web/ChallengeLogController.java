package org.partnershiphub.challenges.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.partnershiphub.challenges.internal.ChallengeLog;
import org.partnershiphub.challenges.internal.ChallengeLogEntry;
import org.partnershiphub.challenges.internal.ChallengeStatus;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.CsvCells;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The log with its filters and pages, its CSV export, the Executive's report, and an agency lead's list of challenges. */
@Controller
class ChallengeLogController {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ChallengeLog log;
    private final Directory directory;
    private final MessageSource messages;

    ChallengeLogController(ChallengeLog log, Directory directory, MessageSource messages) {
        this.log = log;
        this.directory = directory;
        this.messages = messages;
    }

    /** The filters as typed, kept for the form and the links. */
    record Filters(String status, String agency, String forum, String overdue, String q) {

        ChallengeLog.Filter toFilter() {
            ChallengeStatus wanted = Arrays.stream(ChallengeStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
            boolean other = ChallengeEntryController.OTHER_FORUM.equals(forum);
            return new ChallengeLog.Filter(wanted, id(agency), other ? null : id(forum), other, "true".equals(overdue),
                    q == null || q.isBlank() ? null : q.strip());
        }

        private static Long id(String value) {
            try {
                return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @GetMapping("/challenges")
    String log(@RequestParam(required = false) String status, @RequestParam(required = false) String agency,
               @RequestParam(required = false) String forum, @RequestParam(required = false) String overdue,
               @RequestParam(required = false) String q, @RequestParam(required = false) Long before, Model model) {
        Filters filters = new Filters(status, agency, forum, overdue, q == null ? null : q.strip());
        List<ChallengeLogEntry> found = log.page(filters.toFilter(), before, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<ChallengeLogEntry> shown = more ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("entries", shown);
        model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).getId() : null);
        model.addAttribute("filters", filters);
        model.addAttribute("filtered", !filters.toFilter().equals(ChallengeLog.Filter.NONE));
        model.addAttribute("statuses", ChallengeStatus.values());
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("forums", directory.groups());
        model.addAttribute("names", new ChallengeNames(directory));
        model.addAttribute("today", log.today());
        model.addAttribute("overdueCount", log.overdueCount());
        model.addAttribute("canRecord", CurrentUser.require().hasRole(Role.BUSINESS_UNIT));
        return "challenges/log";
    }

    @GetMapping("/challenges/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String status, @RequestParam(required = false) String agency,
                                  @RequestParam(required = false) String forum, @RequestParam(required = false) String overdue,
                                  @RequestParam(required = false) String q) {
        List<ChallengeLogEntry> found = log.export(new Filters(status, agency, forum, overdue, q).toFilter());
        ChallengeNames names = new ChallengeNames(directory);
        var today = log.today();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.row(Arrays.stream(new String[] {"reference", "raisedOn", "raisedBy", "challengedAgency", "challengedPerson",
                "forum", "issue", "responseDue", "response", "respondedOn", "status", "outcome", "impact", "evidenceLink", "overdue"})
                .map(key -> (Object) text("challenge.csv." + key)).toArray()));
        for (ChallengeLogEntry e : found) {
            csv.append(CsvCells.row(e.getReference(), CSV_DATE.format(e.getRaisedOn()), names.raisedBy(e), names.agency(e.getChallengedAgencyId()),
                    names.person(e.getChallengedPersonId()), names.forum(e), e.getIssue(), CSV_DATE.format(e.getResponseDue()),
                    e.getResponse(), e.getRespondedOn() == null ? null : CSV_DATE.format(e.getRespondedOn()),
                    text(e.getStatus().messageKey()), e.getOutcome(), e.getImpact(), e.getEvidenceLink(),
                    text(e.isOverdue(today) ? "common.yes" : "common.no")));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("challenge-log-" + today + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    @GetMapping("/challenges/report")
    String report(Model model) {
        ChallengeLog.Report report = log.report();
        model.addAttribute("report", report);
        model.addAttribute("statuses", ChallengeStatus.values());
        model.addAttribute("names", new ChallengeNames(directory));
        long largest = Arrays.stream(ChallengeStatus.values()).mapToLong(report::count).max().orElse(0);
        model.addAttribute("largest", Math.max(largest, 1));
        return "challenges/report";
    }

    @GetMapping("/challenges/to-my-agency")
    String toMyAgency(Model model) {
        long agencyId = CurrentUser.require().agencyId();
        model.addAttribute("entries", log.addressedTo(agencyId));
        model.addAttribute("agencyName", directory.agencyName(agencyId));
        model.addAttribute("names", new ChallengeNames(directory));
        model.addAttribute("today", log.today());
        return "challenges/to-my-agency";
    }
}
