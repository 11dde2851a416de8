package org.partnershiphub.yearlyreport.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.calendar.Deadline;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The yearly report's use cases, each one transaction owning its rules: the live figures for any period; a saved report
 * per period with a narrative per section; the three lead partners' sign-off, which keeps the figures as they stood;
 * publication, with the days by which copies must reach the National Panel and the What Works centre counted on the
 * working-day calendar; and the record of sending. Every view and change is in the audit trail; the public reads only
 * published reports.
 */
@Service
public class YearlyReports {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Who reads reports and their figures: the partnership's leaders, the scrutineer, the business unit and subgroups. */
    public static final Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;
    static final int MAX_NARRATIVE = 20_000;
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 200;
    static final int MAX_HOW = 300;

    /** One section of the report and its tables, in order. */
    public record SectionFigures(YearlyFigures.Section section, List<YearlyFigures.Table> tables) {
    }

    public record StartCommand(LocalDate from, LocalDate to, String title, LocalDate publishBy) {
    }

    public record SignOffCommand(YearlyReport.Partner partner, String name, String role, LocalDate on, String how) {
    }

    /** A section as read: its narrative and its tables (live while a draft, kept once signed off), each with a chart. */
    public record SectionView(YearlyFigures.Section section, ReportSection narrative, List<Charts.Figure> figures) {
    }

    public record SendingView(ReportSending sending, Deadline deadline) {
    }

    /** A report as read: live figures until sign-off, then as they stood when the last partner signed. */
    public record ReportView(YearlyReport report, List<SectionView> sections, boolean live, Deadline publishBy, List<SendingView> sendings) {
    }

    private final List<YearlyFigures> contributions;
    private final YearlyReportRepository reports;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final int sendWithinWorkingDays;
    private final JsonMapper json = JsonMapper.builder().build();

    YearlyReports(List<YearlyFigures> contributions, YearlyReportRepository reports, Directory directory, WorkingDayCalendar calendar,
                  AuditTrail audit, Clock clock, @Value("${hub.yearly-report.send-within-working-days:7}") int sendWithinWorkingDays) {
        this.contributions = contributions.stream()
                .sorted(Comparator.comparing(YearlyFigures::section).thenComparingInt(YearlyFigures::order)).toList();
        this.reports = reports;
        this.directory = directory;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.sendWithinWorkingDays = sendWithinWorkingDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    public int sendWithinWorkingDays() {
        return sendWithinWorkingDays;
    }

    /** The last complete financial year (1 April to 31 March) before today. */
    public LocalDate defaultFrom() {
        LocalDate today = today();
        return LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2, 4, 1);
    }

    public static boolean mayRead(HubPrincipal actor) {
        return READERS.stream().anyMatch(actor::hasRole);
    }

    public static boolean mayManage(HubPrincipal actor) {
        return actor.hasRole(Role.BUSINESS_UNIT);
    }

    /** The business unit writes every section; the independent scrutineer writes what scrutiny found. */
    public static boolean mayWrite(HubPrincipal actor, YearlyFigures.Section section) {
        return mayManage(actor) || (section == YearlyFigures.Section.SCRUTINY && actor.hasRole(Role.INDEPENDENT_SCRUTINEER));
    }

    /** The live figures from every module for a period, both days included, each section without a narrative. */
    @Transactional
    public List<SectionView> figures(HubPrincipal actor, LocalDate from, LocalDate to) {
        refuseUnless(mayRead(actor), null, AuditAction.VIEW);
        List<SectionView> sections = liveFigures(from, to).stream()
                .map(f -> new SectionView(f.section(), null, f.tables().stream().map(Charts::figure).toList())).toList();
        audit.record(AuditEvent.of(AuditAction.VIEW, "YearlyReportFigures", null).withDetail(from + " to " + to));
        return sections;
    }

    private List<SectionFigures> liveFigures(LocalDate from, LocalDate to) {
        Map<YearlyFigures.Section, List<YearlyFigures.Table>> bySection = new EnumMap<>(YearlyFigures.Section.class);
        for (YearlyFigures contribution : contributions) {
            bySection.computeIfAbsent(contribution.section(), s -> new ArrayList<>()).addAll(contribution.figures(from, to));
        }
        List<SectionFigures> sections = new ArrayList<>();
        for (YearlyFigures.Section section : YearlyFigures.Section.values()) {
            sections.add(new SectionFigures(section, bySection.getOrDefault(section, List.of())));
        }
        return sections;
    }

    @Transactional
    public List<YearlyReport> reports(HubPrincipal actor) {
        refuseUnless(mayRead(actor), null, AuditAction.SEARCH);
        List<YearlyReport> all = reports.findAllByOrderByPeriodFromDesc();
        all.forEach(YearlyReport::signedPartners); // a handful of reports, one per year: their sign-offs read for the list
        audit.record(AuditEvent.of(AuditAction.SEARCH, YearlyReport.RECORD_TYPE, null).withDetail(all.size() + " reports"));
        return all;
    }

    /** Reports not yet published, for the business unit's dashboard. */
    @Transactional(readOnly = true)
    public long unpublished() {
        return reports.countByStatusNot(YearlyReport.Status.PUBLISHED);
    }

    /**
     * Starts the report for a period. Refused without a start, with an end before the start, for a period already
     * reported on, or with a publish-by date before the period ends; a period other than 12 months is flagged, not refused.
     */
    @Transactional
    public YearlyReport start(HubPrincipal actor, StartCommand command) {
        refuseUnless(mayManage(actor), null, AuditAction.CREATE);
        if (command.from() == null) {
            throw new YearlyReportRefused("from", "yearly.error.from");
        }
        if (command.to() == null) {
            throw new YearlyReportRefused("to", "yearly.error.to");
        }
        if (command.to().isBefore(command.from())) {
            throw new YearlyReportRefused("to", "yearly.error.periodEnd");
        }
        if (command.to().isAfter(command.from().plusYears(2))) {
            throw new YearlyReportRefused("to", "yearly.error.periodTooLong");
        }
        if (command.publishBy() != null && !command.publishBy().isAfter(command.to())) {
            throw new YearlyReportRefused("publishBy", "yearly.error.publishBy");
        }
        String title = command.title() == null || command.title().isBlank() ? null : command.title().strip();
        if (title != null && title.length() > MAX_TITLE) {
            throw new YearlyReportRefused("title", "yearly.error.titleLength", MAX_TITLE);
        }
        if (reports.existsByPeriodFromAndPeriodTo(command.from(), command.to())) {
            throw new YearlyReportRefused("from", "yearly.error.duplicate");
        }
        if (title == null) {
            title = command.from().getYear() == command.to().getYear() ? "Yearly report " + command.from().getYear()
                    : "Yearly report " + command.from().getYear() + " to " + command.to().getYear();
        }
        YearlyReport report = reports.save(new YearlyReport(command.from(), command.to(), title, command.publishBy(), actor.userId(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, YearlyReport.RECORD_TYPE, report.getId()).withDetail(command.from() + " to " + command.to()));
        return report;
    }

    @Transactional
    public ReportView view(HubPrincipal actor, long id) {
        YearlyReport report = find(id);
        refuseUnless(mayRead(actor), id, AuditAction.VIEW);
        audit.record(AuditEvent.of(AuditAction.VIEW, YearlyReport.RECORD_TYPE, id));
        return read(report);
    }

    /** The report a lead partner, the scrutineer or the business unit is about to change, with its rule checked. */
    @Transactional
    public YearlyReport forWriting(HubPrincipal actor, long id, YearlyFigures.Section section) {
        YearlyReport report = find(id);
        refuseUnless(mayWrite(actor, section), id, AuditAction.UPDATE);
        report.sections(); // read the sections while the transaction is open
        return report;
    }

    /** Writes one section's narrative; refused once signed off, and as stale when someone saved it since the form opened. */
    @Transactional
    public void write(HubPrincipal actor, long id, YearlyFigures.Section section, long version, String narrative) {
        YearlyReport report = find(id);
        refuseUnless(mayWrite(actor, section), id, AuditAction.UPDATE);
        if (narrative != null && narrative.length() > MAX_NARRATIVE) {
            throw new YearlyReportRefused("narrative", "yearly.error.narrativeLength", MAX_NARRATIVE);
        }
        report.write(section, version, narrative, actor.userId(), clock.instant());
        reports.saveAndFlush(report);
        audit.record(AuditEvent.of(AuditAction.UPDATE, YearlyReport.RECORD_TYPE, id).withDetail(section + " narrative written"));
    }

    /**
     * A lead partner signs for their own kind of agency (local authority, police or health). When they are the last of
     * the three, the figures are kept as they stand now.
     */
    @Transactional
    public void signOff(HubPrincipal actor, long id) {
        YearlyReport report = find(id);
        YearlyReport.Partner partner = partnerOf(actor);
        refuseUnless(actor.hasRole(Role.LEAD_PARTNER) && partner != null, id, AuditAction.UPDATE);
        LocalDate today = today();
        boolean last = report.signOff(partner, actor.displayName(), null, today, null, actor.userId(), actor.userId(), clock.instant());
        signed(report, partner, last);
    }

    /** The business unit records a sign-off given elsewhere, naming who gave it, their role, the day and how. */
    @Transactional
    public void recordSignOff(HubPrincipal actor, long id, SignOffCommand command) {
        YearlyReport report = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        List<FieldRefusals.Refusal> problems = signOffProblems(command, Set.of());
        if (!problems.isEmpty()) {
            throw new FieldRefusals(problems);
        }
        String name = command.name().strip();
        String role = command.role().strip();
        String how = command.how() == null || command.how().isBlank() ? null : command.how().strip();
        boolean last = report.signOff(command.partner(), name, role, command.on(), how, null, actor.userId(), clock.instant());
        signed(report, command.partner(), last);
    }

    /** The figures for a report's period as they stand now, as kept at the third sign-off. */
    String keptFigures(YearlyReport report) {
        return json.writeValueAsString(liveFigures(report.getPeriodFrom(), report.getPeriodTo()));
    }

    /**
     * Everything missing or wrong in a sign-off given elsewhere, all together so the form shows every problem at once;
     * fields the form could not read (an unreal date) are skipped.
     */
    public List<FieldRefusals.Refusal> signOffProblems(SignOffCommand command, Set<String> unreadable) {
        FieldRefusals.Collector refusals = new FieldRefusals.Collector();
        if (command.partner() == null) {
            refusals.reject("partner", "yearly.error.partner");
        }
        requiredText(command.name(), "name", "yearly.error.signedName", MAX_TEXT, refusals);
        requiredText(command.role(), "role", "yearly.error.signedRole", MAX_TEXT, refusals);
        if (command.on() == null) {
            refusals.reject("on", "yearly.error.signedOn");
        } else if (command.on().isAfter(today())) {
            refusals.reject("on", "yearly.error.signedOnFuture");
        }
        if (command.how() != null && command.how().strip().length() > MAX_HOW) {
            refusals.reject("how", "yearly.error.howLength", MAX_HOW);
        }
        return refusals.found().stream().filter(r -> !unreadable.contains(r.field())).toList();
    }

    private static void requiredText(String value, String field, String key, int max, FieldRefusals.Collector refusals) {
        if (value == null || value.isBlank()) {
            refusals.reject(field, key);
        } else if (value.strip().length() > max) {
            refusals.reject(field, "yearly.error.tooLong", max);
        }
    }

    private void signed(YearlyReport report, YearlyReport.Partner partner, boolean last) {
        if (last) {
            report.freeze(keptFigures(report), clock.instant());
        }
        reports.saveAndFlush(report);
        audit.record(AuditEvent.of(AuditAction.UPDATE, YearlyReport.RECORD_TYPE, report.getId())
                .withDetail(partner + " signed off" + (last ? "; figures kept as they stood" : "")));
    }

    /** Withdraws every sign-off so the report can change again, with the reason; refused once published. */
    @Transactional
    public void reopen(HubPrincipal actor, long id, String reason) {
        YearlyReport report = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        String why = required(reason, "reason", "yearly.error.reopenReason", MAX_HOW);
        report.reopen(clock.instant());
        reports.saveAndFlush(report);
        audit.record(AuditEvent.of(AuditAction.UPDATE, YearlyReport.RECORD_TYPE, id).withDetail("reopened; sign-offs withdrawn").withReason(why));
    }

    /** Publishes a signed-off report today; each copy is then due within the configured working days. */
    @Transactional
    public void publish(HubPrincipal actor, long id) {
        YearlyReport report = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        LocalDate today = today();
        report.publish(today, calendar.addWorkingDays(today, sendWithinWorkingDays), clock.instant());
        reports.saveAndFlush(report);
        audit.record(AuditEvent.of(AuditAction.UPDATE, YearlyReport.RECORD_TYPE, id).withDetail("published " + today));
    }

    @Transactional
    public void recordSending(HubPrincipal actor, long id, YearlyReport.Recipient recipient, LocalDate sentOn, String how) {
        YearlyReport report = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        if (recipient == null) {
            throw new NotFoundException("yearly report");
        }
        if (how != null && how.strip().length() > MAX_HOW) {
            throw new YearlyReportRefused("how", "yearly.error.howLength", MAX_HOW);
        }
        report.recordSending(recipient, sentOn, how, today(), actor.userId(), clock.instant());
        reports.saveAndFlush(report);
        audit.record(AuditEvent.of(AuditAction.UPDATE, YearlyReport.RECORD_TYPE, id).withDetail("sent to " + recipient + " on " + sentOn));
    }

    /** The PDF of a report for its readers (a draft carries live figures); the export is in the audit trail. */
    @Transactional
    public ReportView forExport(HubPrincipal actor, long id) {
        YearlyReport report = find(id);
        refuseUnless(mayRead(actor), id, AuditAction.EXPORT);
        audit.record(AuditEvent.of(AuditAction.EXPORT, YearlyReport.RECORD_TYPE, id).withDetail("PDF"));
        return read(report);
    }

    /** Published reports, newest period first, for the public site. */
    @Transactional(readOnly = true)
    public List<YearlyReport> published() {
        return reports.findByStatusOrderByPeriodFromDesc(YearlyReport.Status.PUBLISHED);
    }

    /** A published report for the public, as signed off; any other report is not found. */
    @Transactional(readOnly = true)
    public ReportView publishedReport(long id) {
        YearlyReport report = reports.findById(id).filter(r -> r.getStatus() == YearlyReport.Status.PUBLISHED).orElseThrow(() -> new NotFoundException("yearly report"));
        return read(report);
    }

    /** The lead partner an actor signs for, from their agency's kind, or null. */
    public YearlyReport.Partner partnerOf(HubPrincipal actor) {
        return directory.agency(actor.agencyId()).flatMap(a -> YearlyReport.Partner.forAgencyType(a.type())).orElse(null);
    }

    private ReportView read(YearlyReport report) {
        report.signedPartners(); // read the sign-offs while the transaction is open
        boolean live = report.getFrozenFigures() == null;
        List<SectionFigures> figures = live ? liveFigures(report.getPeriodFrom(), report.getPeriodTo())
                : json.readValue(report.getFrozenFigures(), new TypeReference<List<SectionFigures>>() { });
        Map<YearlyFigures.Section, List<YearlyFigures.Table>> bySection = new EnumMap<>(YearlyFigures.Section.class);
        figures.forEach(f -> bySection.put(f.section(), f.tables()));
        List<SectionView> sections = new ArrayList<>();
        for (ReportSection section : report.sections()) {
            List<Charts.Figure> tables = bySection.getOrDefault(section.getSection(), List.of()).stream().map(Charts::figure).toList();
            sections.add(new SectionView(section.getSection(), section, tables));
        }
        LocalDate today = today();
        Deadline publishBy = report.getPublishBy() == null || report.getStatus() == YearlyReport.Status.PUBLISHED ? null
                : calendar.deadline(report.getPublishBy(), today);
        List<SendingView> sendings = report.sendings().stream()
                .map(s -> new SendingView(s, s.sent() ? null : calendar.deadline(s.getDueOn(), today))).toList();
        return new ReportView(report, sections, live, publishBy, sendings);
    }

    private static String required(String value, String field, String key, int max) {
        if (value == null || value.isBlank()) {
            throw new YearlyReportRefused(field, key);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new YearlyReportRefused(field, "yearly.error.tooLong", max);
        }
        return stripped;
    }

    private YearlyReport find(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("yearly report"));
    }

    private void refuseUnless(boolean allowed, Long id, AuditAction attempted) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, YearlyReport.RECORD_TYPE, id == null ? null : String.valueOf(id), AuditOutcome.DENIED,
                    null, attempted + " yearly report"));
            throw Permissions.deniedAfterAudit();
        }
    }
}
