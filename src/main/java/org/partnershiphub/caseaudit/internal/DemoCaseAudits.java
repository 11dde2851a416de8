package org.partnershiphub.caseaudit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a programme shaped like a real partnership's: last year's neglect audit, met and closed with agreed
 * grades, and this year's re-audit on neglect open to four agencies, with one school part already submitted. All names
 * are fictional.
 */
@Component
@Order(16)
class DemoCaseAudits implements ApplicationRunner {

    private final HubProperties hub;
    private final AuditRepository audits;
    private final AuditCaseRepository cases;
    private final ToolRepository tools;
    private final ToolSectionRepository sections;
    private final ResponseRepository responses;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCaseAudits(HubProperties hub, AuditRepository audits, AuditCaseRepository cases, ToolRepository tools, ToolSectionRepository sections,
                   ResponseRepository responses, Directory directory, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.audits = audits;
        this.cases = cases;
        this.tools = tools;
        this.sections = sections;
        this.responses = responses;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private static final String[] AGENCIES = {"Northshire County Council", "Northshire Police", "Northshire Community Health NHS Trust",
            "Riverside Academy Trust"};
    /** Last year's agreed grades, case by case, section by section: O, G, R (requires improvement) or I. */
    private static final String[] LAST_YEAR = {"GRRGR", "RIRRG", "GGRGG"};

    private void seed() {
        if (audits.count() > 0) {
            return;
        }
        Long bu = directory.usablePeople().stream().filter(p -> p.name().equals("Tamsin Oakridge")).map(Directory.Person::id).findFirst().orElse(null);
        List<Tool> current = tools.findByCurrentVersionTrueOrderByNameAscIdAsc();
        if (bu == null || current.isEmpty()) {
            return;
        }
        Tool tool = current.get(0);
        List<ToolSection> toolSections = sections.findByToolIdOrderByPositionAscIdAsc(tool.getId());
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<Long> agencies = directory.agencies().stream().filter(a -> List.of(AGENCIES).contains(a.name())).map(Directory.Agency::id).toList();

        Audit last = audits.save(new Audit(year - 1, "Neglect", Audit.Source.REVIEW, "Rapid review of Child K", "Children on child protection plans "
                + "for neglect for more than 9 months.", tool.getId(), today.minusMonths(11), bu, now));
        agencies.forEach(id -> jdbc.update("insert into ca_audit_agency (audit_id, agency_id) values (?, ?)", last.getId(), id));
        for (int c = 0; c < LAST_YEAR.length; c++) {
            AuditCase auditCase = cases.save(new AuditCase(last.getId(), "Child " + (char) ('A' + c), null, now));
            for (int s = 0; s < toolSections.size() && s < LAST_YEAR[c].length(); s++) {
                jdbc.update("insert into ca_agreed_grade (case_id, section_id, grade) values (?, ?, ?)", auditCase.getId(), toolSections.get(s).getId(),
                        grade(LAST_YEAR[c].charAt(s)).name());
            }
            for (Long agency : agencies) {
                jdbc.update("insert into ca_submission (case_id, agency_id, submitted_by, submitted_at, late) values (?, ?, ?, ?, false)",
                        auditCase.getId(), agency, bu, Timestamp.from(now));
            }
        }
        last.met(today.minusMonths(10));
        last.close();
        jdbc.update("insert into ca_learning (audit_id, learning_text, theme, created_at) values (?, ?, ?, ?)", last.getId(),
                "Chronologies were kept by each agency but never brought together, so the drift in the children's care was not seen.",
                "Information sharing", Timestamp.from(now));

        Audit reaudit = audits.save(new Audit(year, "Neglect", Audit.Source.REVIEW, "Re-audit a year on from the neglect audit",
                "Children on child protection plans for neglect, sampled from the last quarter.", tool.getId(), today.plusWeeks(3), bu, now));
        agencies.forEach(id -> jdbc.update("insert into ca_audit_agency (audit_id, agency_id) values (?, ?)", reaudit.getId(), id));
        Long school = directory.agencies().stream().filter(a -> a.name().equals("Riverside Academy Trust")).map(Directory.Agency::id).findFirst().orElse(null);
        for (int c = 0; c < 3; c++) {
            AuditCase auditCase = cases.save(new AuditCase(reaudit.getId(), "Child " + (char) ('D' + c),
                    c == 0 ? "Two siblings, plan for neglect since the spring." : null, now));
            if (c == 0 && school != null) {
                for (ToolSection s : toolSections) {
                    Response r = new Response(auditCase.getId(), school, s.getId());
                    r.answer(s.getPosition() == 3 ? Grade.REQUIRES_IMPROVEMENT : Grade.GOOD, "Safeguarding records and the pastoral log.",
                            s.getPosition() == 3 ? "The child's views were recorded once, in the autumn term." : null, bu, now);
                    responses.save(r);
                }
                jdbc.update("insert into ca_submission (case_id, agency_id, submitted_by, submitted_at, late) values (?, ?, ?, ?, false)",
                        auditCase.getId(), school, bu, Timestamp.from(now));
            }
        }
    }

    private static Grade grade(char c) {
        return switch (c) {
            case 'O' -> Grade.OUTSTANDING;
            case 'G' -> Grade.GOOD;
            case 'I' -> Grade.INADEQUATE;
            default -> Grade.REQUIRES_IMPROVEMENT;
        };
    }
}
