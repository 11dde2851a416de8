package org.partnershiphub.caseaudit.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.strategy.ActionProposed;
import org.partnershiphub.strategy.PlanActions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file audit use cases, each owning its rules in one transaction with the person acting passed in. The
 * business unit keeps the tools, plans audits, adds cases, records the meeting's agreed grades, learning and actions;
 * the safeguarding lead of an agency asked to take part completes that agency's part for each case; readers across
 * agencies see every audit and its report. Every view of an audit's cases, every change and every denial is audited.
 */
@Service
public class CaseAudits {

    public static final Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;
    /** The source type of business plan actions proposed by an audit. */
    public static final String ACTION_SOURCE = "CASE_FILE_AUDIT";
    static final String RECORD = "CaseFileAudit";

    private final ToolRepository tools;
    private final ToolSectionRepository sections;
    private final AuditRepository audits;
    private final AuditCaseRepository cases;
    private final ResponseRepository responses;
    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final PlanActions planActions;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CaseAudits(ToolRepository tools, ToolSectionRepository sections, AuditRepository audits, AuditCaseRepository cases,
               ResponseRepository responses, JdbcTemplate jdbc, Directory directory, PlanActions planActions, ApplicationEventPublisher events,
               AuditTrail audit, Clock clock) {
        this.tools = tools;
        this.sections = sections;
        this.audits = audits;
        this.cases = cases;
        this.responses = responses;
        this.jdbc = jdbc;
        this.directory = directory;
        this.planActions = planActions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- access

    public static boolean readsAcross(HubPrincipal actor) {
        return actor.roles().stream().anyMatch(READERS::contains);
    }

    /** An agency's safeguarding lead takes part in the audits their agency is asked to. */
    public boolean takesPart(HubPrincipal actor, long auditId) {
        return actor.hasRole(Role.AGENCY_LEAD) && agenciesOf(auditId).contains(actor.agencyId());
    }

    private void check(boolean allowed, String attempted, Object id) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, RECORD, id == null ? null : String.valueOf(id), AuditOutcome.DENIED, null,
                    "attempted " + attempted));
            throw Permissions.deniedAfterAudit();
        }
    }

    void requireBusinessUnit(HubPrincipal actor, String attempted, Object id) {
        check(actor.hasRole(Role.BUSINESS_UNIT), attempted, id);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- tools

    public List<Tool> currentTools() {
        return tools.findByCurrentVersionTrueOrderByNameAscIdAsc();
    }

    public Tool tool(long id) {
        return tools.findById(id).orElseThrow(() -> new NotFoundException("tool"));
    }

    public List<ToolSection> sections(long toolId) {
        return sections.findByToolIdOrderByPositionAscIdAsc(toolId);
    }

    public boolean inUse(long toolId) {
        return audits.existsByToolId(toolId);
    }

    @Transactional
    public Tool addTool(HubPrincipal actor, String name, String description) {
        requireBusinessUnit(actor, "add a tool", null);
        Tool tool = tools.save(new Tool(name, description, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "CaseAuditTool", tool.getId()).withDetail(tool.getName()));
        return tool;
    }

    /** The tool to change: this version while no audit uses it, otherwise a new version with the same sections. */
    private Tool changeable(Tool tool, Map<Long, Long> sectionMap) {
        if (!tool.isCurrentVersion()) {
            throw new CaseAuditRefused("title", "ca.error.oldVersion");
        }
        if (!inUse(tool.getId())) {
            sections(tool.getId()).forEach(s -> sectionMap.put(s.getId(), s.getId()));
            return tool;
        }
        Tool next = tools.save(tool.next(clock.instant()));
        for (ToolSection s : sections(tool.getId())) {
            ToolSection copy = sections.save(new ToolSection(next.getId(), s.getPosition(), s.getTitle(), s.getGuidance()));
            sectionMap.put(s.getId(), copy.getId());
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "CaseAuditTool", next.getId())
                .withDetail("version " + next.getToolVersion() + " of " + next.getName() + ", as version " + tool.getToolVersion() + " is in use"));
        return next;
    }

    /** Adds a section; returns the tool version it was added to (a new one when the tool is in use). */
    @Transactional
    public Tool addSection(HubPrincipal actor, long toolId, String title, String guidance) {
        requireBusinessUnit(actor, "change a tool", null);
        Tool tool = changeable(tool(toolId), new HashMap<>());
        sections.save(new ToolSection(tool.getId(), (int) sections.countByToolId(tool.getId()) + 1, title, guidance));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "CaseAuditTool", tool.getId()).withDetail("section added: " + title.strip()));
        return tool;
    }

    /** Rewords a section; returns the tool version it was changed in (a new one when the tool is in use). */
    @Transactional
    public Tool editSection(HubPrincipal actor, long toolId, long sectionId, String title, String guidance) {
        requireBusinessUnit(actor, "change a tool", null);
        ToolSection original = sections.findById(sectionId).filter(s -> s.getToolId() == toolId).orElseThrow(() -> new NotFoundException("section"));
        Map<Long, Long> map = new HashMap<>();
        Tool tool = changeable(tool(toolId), map);
        sections.findById(map.get(original.getId())).orElseThrow().describe(title, guidance);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "CaseAuditTool", tool.getId()).withDetail("section reworded: " + title.strip()));
        return tool;
    }

    // ---- the programme

    public record AuditDetails(Integer programmeYear, String theme, Audit.Source source, String sourceNote, String scope, Long toolId,
                               LocalDate deadline, List<Long> agencyIds) {
    }

    public List<Audit> programme() {
        return audits.findAllByOrderByProgrammeYearDescDeadlineAscIdAsc();
    }

    /** The audits the person's agency is asked to take part in. */
    public List<Audit> ownAudits(HubPrincipal actor) {
        if (!actor.hasRole(Role.AGENCY_LEAD)) {
            return List.of();
        }
        Set<Long> ids = Set.copyOf(jdbc.queryForList("select audit_id from ca_audit_agency where agency_id = ?", Long.class, actor.agencyId()));
        return programme().stream().filter(a -> ids.contains(a.getId())).toList();
    }

    @Transactional
    public Audit planAudit(HubPrincipal actor, AuditDetails d) {
        requireBusinessUnit(actor, "plan an audit", null);
        Tool tool = d.toolId() == null ? null : tools.findById(d.toolId()).orElse(null);
        if (tool == null || !tool.isCurrentVersion()) {
            throw new CaseAuditRefused("toolId", "ca.error.tool");
        }
        if (sections.countByToolId(tool.getId()) == 0) {
            throw new CaseAuditRefused("toolId", "ca.error.toolEmpty");
        }
        if (d.agencyIds() == null || d.agencyIds().isEmpty()) {
            throw new CaseAuditRefused("agencyIds", "ca.error.agencies");
        }
        for (Long agencyId : d.agencyIds()) {
            if (directory.agency(agencyId).isEmpty()) {
                throw new CaseAuditRefused("agencyIds", "ca.error.agencies");
            }
        }
        if (d.deadline().isBefore(today())) {
            throw new CaseAuditRefused("deadline", "ca.error.deadlinePast");
        }
        Audit a = audits.save(new Audit(d.programmeYear(), d.theme(), d.source(), d.sourceNote(), d.scope(), tool.getId(), d.deadline(),
                actor.userId(), clock.instant()));
        for (Long agencyId : Set.copyOf(d.agencyIds())) {
            jdbc.update("insert into ca_audit_agency (audit_id, agency_id) values (?, ?)", a.getId(), agencyId);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, RECORD, a.getId()).withDetail(a.getTheme() + ", " + d.agencyIds().size() + " agencies"));
        return a;
    }

    public Audit find(long id) {
        return audits.findById(id).orElseThrow(() -> new NotFoundException("audit"));
    }

    public List<Long> agenciesOf(long auditId) {
        return jdbc.queryForList("select agency_id from ca_audit_agency where audit_id = ? order by agency_id", Long.class, auditId);
    }

    // ---- an audit

    /** An agency's progress through the audit's cases. */
    public record AgencyProgress(long agencyId, String agencyName, int submitted, int cases) {
        public boolean done() {
            return cases > 0 && submitted == cases;
        }
    }

    public record CaseRow(AuditCase auditCase, boolean identityRecorded, int submittedBy, int agreed) {
    }

    public record AuditView(Audit audit, Tool tool, List<ToolSection> sections, List<CaseRow> cases, List<AgencyProgress> agencies,
                            List<Learning> learning, List<ActionRow> actions) {
    }

    public record Learning(long id, String text, String theme) {
    }

    public record ActionRow(long id, String text, String leadAgency, LocalDate due, PlanActions.ActionSummary planAction) {
    }

    /** The audit, audited as a view: readers across agencies and the safeguarding leads of agencies taking part. */
    @Transactional // not read-only: the view is written to the audit trail
    public AuditView view(HubPrincipal actor, long auditId) {
        Audit a = find(auditId);
        check(readsAcross(actor) || takesPart(actor, auditId), "read an audit", auditId);
        audit.record(AuditEvent.of(AuditAction.VIEW, RECORD, auditId));
        return viewOf(a);
    }

    private AuditView viewOf(Audit a) {
        List<AuditCase> list = cases.findByAuditIdOrderByIdAsc(a.getId());
        List<Long> agencyIds = agenciesOf(a.getId());
        Map<Long, Integer> submittedByAgency = new HashMap<>();
        Map<Long, Integer> submittedByCase = new HashMap<>();
        jdbc.query("select s.case_id, s.agency_id from ca_submission s join ca_case c on c.id = s.case_id where c.audit_id = ?", rs -> {
            submittedByAgency.merge(rs.getLong(2), 1, Integer::sum);
            submittedByCase.merge(rs.getLong(1), 1, Integer::sum);
        }, a.getId());
        Map<Long, Integer> agreedByCase = new HashMap<>();
        jdbc.query("select g.case_id, count(*) from ca_agreed_grade g join ca_case c on c.id = g.case_id where c.audit_id = ? group by g.case_id",
                rs -> {
                    agreedByCase.put(rs.getLong(1), rs.getInt(2));
                }, a.getId());
        Set<Long> identities = Set.copyOf(jdbc.queryForList("select i.case_id from ca_case_identity i join ca_case c on c.id = i.case_id "
                + "where c.audit_id = ?", Long.class, a.getId()));
        List<CaseRow> rows = list.stream().map(c -> new CaseRow(c, identities.contains(c.getId()), submittedByCase.getOrDefault(c.getId(), 0),
                agreedByCase.getOrDefault(c.getId(), 0))).toList();
        List<AgencyProgress> progress = agencyIds.stream()
                .map(id -> new AgencyProgress(id, directory.agencyName(id), submittedByAgency.getOrDefault(id, 0), list.size()))
                .sorted(java.util.Comparator.comparing(p -> String.valueOf(p.agencyName()))).toList();
        List<Learning> learning = jdbc.query("select id, learning_text, theme from ca_learning where audit_id = ? order by id",
                (rs, n) -> new Learning(rs.getLong(1), rs.getString(2), rs.getString(3)), a.getId());
        List<Object[]> raw = jdbc.query("select id, action_text, lead_agency_id, due_date from ca_action where audit_id = ? order by id",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()}, a.getId());
        Map<Long, PlanActions.ActionSummary> plan = planActions.forSources(ACTION_SOURCE, raw.stream().map(r -> (Long) r[0]).toList());
        List<ActionRow> actions = raw.stream().map(r -> new ActionRow((Long) r[0], (String) r[1], directory.agencyName((Long) r[2]),
                (LocalDate) r[3], plan.get((Long) r[0]))).toList();
        return new AuditView(a, tool(a.getToolId()), sections(a.getToolId()), rows, progress, learning, actions);
    }

    public AuditCase auditCase(long auditId, long caseId) {
        return cases.findById(caseId).filter(c -> c.getAuditId() == auditId).orElseThrow(() -> new NotFoundException("case"));
    }

    /**
     * Adds a case to the sample under its pseudonym; the child's name, if given, is kept apart and shown only to the
     * business unit with a recorded reason.
     */
    @Transactional
    public AuditCase addCase(HubPrincipal actor, long auditId, String reference, String summary, String childName, LocalDate dateOfBirth) {
        requireBusinessUnit(actor, "add a case", auditId);
        Audit a = find(auditId);
        if (a.getStatus() == Audit.Status.CLOSED) {
            throw new CaseAuditRefused("reference", "ca.error.closed");
        }
        if (cases.findByAuditIdAndReferenceIgnoreCase(auditId, reference.strip()).isPresent()) {
            throw new CaseAuditRefused("reference", "ca.error.referenceTaken");
        }
        if (childName != null && !childName.isBlank() && childName.strip().equalsIgnoreCase(reference.strip())) {
            throw new CaseAuditRefused("reference", "ca.error.referenceIsName");
        }
        AuditCase c = cases.save(new AuditCase(auditId, reference, summary, clock.instant()));
        if (blank(childName) != null) {
            jdbc.update("insert into ca_case_identity (case_id, full_name, date_of_birth, recorded_by, recorded_at) values (?, ?, ?, ?, ?)",
                    c.getId(), childName.strip(), dateOfBirth == null ? null : Date.valueOf(dateOfBirth), actor.userId(), Timestamp.from(clock.instant()));
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "CaseFileAuditCase", c.getId()).withDetail(c.getReference() + " in audit " + auditId));
        return c;
    }

    public record Identity(String fullName, LocalDate dateOfBirth) {
    }

    /** The child's real identity, for the business unit only, with the reason recorded in the audit trail. */
    @Transactional
    public Optional<Identity> revealIdentity(HubPrincipal actor, long auditId, long caseId, String reason) {
        requireBusinessUnit(actor, "see a child's identity", auditId);
        AuditCase c = auditCase(auditId, caseId);
        if (blank(reason) == null) {
            throw new CaseAuditRefused("reason", "ca.error.reason");
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, "CaseFileAuditIdentity", c.getId()).withReason(reason.strip()));
        return jdbc.query("select full_name, date_of_birth from ca_case_identity where case_id = ?",
                (rs, n) -> new Identity(rs.getString(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()), c.getId()).stream().findFirst();
    }

    // ---- an agency's part

    public record Part(Audit audit, AuditCase auditCase, long agencyId, String agencyName, List<ToolSection> sections,
                       Map<Long, Response> responses, boolean submitted) {
        public Response response(long sectionId) {
            return responses.get(sectionId);
        }

        public List<ToolSection> ungraded() {
            return sections.stream().filter(s -> responses.get(s.getId()) == null || responses.get(s.getId()).getGrade() == null).toList();
        }
    }

    /** One agency's part for one case: its own safeguarding lead's, or any agency's for readers across agencies. */
    @Transactional // not read-only: the view is written to the audit trail
    public Part part(HubPrincipal actor, long auditId, long caseId, long agencyId) {
        Audit a = find(auditId);
        AuditCase c = auditCase(auditId, caseId);
        boolean own = actor.hasRole(Role.AGENCY_LEAD) && actor.agencyId() == agencyId && takesPart(actor, auditId);
        check(own || readsAcross(actor), "read an agency's audit", auditId);
        if (!agenciesOf(auditId).contains(agencyId)) {
            throw new NotFoundException("agency");
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, "CaseFileAuditCase", caseId).withDetail("agency " + agencyId));
        return partOf(a, c, agencyId);
    }

    private Part partOf(Audit a, AuditCase c, long agencyId) {
        Map<Long, Response> byS = new LinkedHashMap<>();
        responses.findByCaseIdAndAgencyId(c.getId(), agencyId).forEach(r -> byS.put(r.getSectionId(), r));
        return new Part(a, c, agencyId, directory.agencyName(agencyId), sections(a.getToolId()), byS, submitted(c.getId(), agencyId));
    }

    private boolean submitted(long caseId, long agencyId) {
        return jdbc.queryForObject("select count(*) from ca_submission where case_id = ? and agency_id = ?", Integer.class, caseId, agencyId) > 0;
    }

    public record SectionAnswer(Grade grade, String evidence, String commentary) {
    }

    /**
     * Saves the agency's part for the case as typed (blank grades stay blank until submission), and submits it when
     * asked, all in one transaction: a refused submission saves nothing. Only the agency's own safeguarding lead, only
     * before the part is submitted and while the audit is open.
     */
    @Transactional
    public void savePart(HubPrincipal actor, long auditId, long caseId, Map<Long, SectionAnswer> answers, boolean submit) {
        Audit a = find(auditId);
        AuditCase c = auditCase(auditId, caseId);
        check(takesPart(actor, auditId), "complete an agency's audit", auditId);
        long agencyId = actor.agencyId();
        if (submitted(caseId, agencyId) || a.getStatus() == Audit.Status.CLOSED) {
            throw new CaseAuditRefused("sections", "ca.error.partLocked");
        }
        Set<Long> sectionIds = sections(a.getToolId()).stream().map(ToolSection::getId).collect(Collectors.toSet());
        for (Map.Entry<Long, SectionAnswer> e : answers.entrySet()) {
            if (!sectionIds.contains(e.getKey())) {
                throw new NotFoundException("section");
            }
            Response r = responses.findByCaseIdAndAgencyIdAndSectionId(caseId, agencyId, e.getKey())
                    .orElseGet(() -> new Response(caseId, agencyId, e.getKey()));
            r.answer(e.getValue().grade(), e.getValue().evidence(), e.getValue().commentary(), actor.userId(), clock.instant());
            responses.save(r);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "CaseFileAuditCase", c.getId()).withDetail("agency " + agencyId + " part saved"));
        if (submit) {
            submitPart(actor, a, c);
        }
    }

    /** Submits the agency's part for the case once every section is graded; late after the audit's deadline. */
    private void submitPart(HubPrincipal actor, Audit a, AuditCase c) {
        long caseId = c.getId();
        Part part = partOf(a, c, actor.agencyId());
        if (!part.ungraded().isEmpty()) {
            throw new CaseAuditRefused("sections", "ca.error.ungraded", part.ungraded().size(),
                    part.ungraded().stream().map(ToolSection::getTitle).collect(Collectors.joining(", ")));
        }
        boolean late = today().isAfter(a.getDeadline());
        jdbc.update("insert into ca_submission (case_id, agency_id, submitted_by, submitted_at, late) values (?, ?, ?, ?, ?)", caseId,
                actor.agencyId(), actor.userId(), Timestamp.from(clock.instant()), late);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "CaseFileAuditCase", caseId).withDetail("agency " + actor.agencyId() + " part submitted"
                + (late ? " late" : "")));
    }

    // ---- the multi-agency audit meeting (business unit)

    /** Every agency's grades for the case, by section then agency, and the agreed grades so far. */
    public record Meeting(Audit audit, AuditCase auditCase, List<ToolSection> sections, Map<Long, Map<String, Grade>> agencyGrades,
                          Map<Long, Grade> agreed, Map<Long, String> notes) {
    }

    @Transactional // not read-only: the view is written to the audit trail
    public Meeting meeting(HubPrincipal actor, long auditId, long caseId) {
        requireBusinessUnit(actor, "record an audit meeting", auditId);
        Audit a = find(auditId);
        AuditCase c = auditCase(auditId, caseId);
        audit.record(AuditEvent.of(AuditAction.VIEW, "CaseFileAuditCase", caseId).withDetail("meeting"));
        Map<Long, Map<String, Grade>> grades = new LinkedHashMap<>();
        Set<Long> submittedBy = Set.copyOf(jdbc.queryForList("select agency_id from ca_submission where case_id = ?", Long.class, caseId));
        for (Response r : responses.findByCaseIdIn(List.of(caseId))) {
            if (r.getGrade() != null && submittedBy.contains(r.getAgencyId())) {
                grades.computeIfAbsent(r.getSectionId(), k -> new java.util.TreeMap<>()).put(directory.agencyName(r.getAgencyId()), r.getGrade());
            }
        }
        Map<Long, Grade> agreed = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        jdbc.query("select section_id, grade, note from ca_agreed_grade where case_id = ?", rs -> {
            agreed.put(rs.getLong(1), Grade.valueOf(rs.getString(2)));
            if (rs.getString(3) != null) {
                notes.put(rs.getLong(1), rs.getString(3));
            }
        }, caseId);
        return new Meeting(a, c, sections(a.getToolId()), grades, agreed, notes);
    }

    /** Records the grades the multi-agency meeting agreed for the case, section by section, and the meeting's date. */
    @Transactional
    public void agree(HubPrincipal actor, long auditId, long caseId, LocalDate meetingOn, Map<Long, Grade> grades, Map<Long, String> notes) {
        requireBusinessUnit(actor, "record an audit meeting", auditId);
        Audit a = find(auditId);
        auditCase(auditId, caseId);
        if (a.getStatus() == Audit.Status.CLOSED) {
            throw new CaseAuditRefused("meetingOn", "ca.error.closed");
        }
        if (meetingOn == null) {
            throw new CaseAuditRefused("meetingOn", "ca.error.meetingOn");
        }
        if (meetingOn.isAfter(today())) {
            throw new CaseAuditRefused("meetingOn", "ca.error.meetingFuture");
        }
        Set<Long> sectionIds = sections(a.getToolId()).stream().map(ToolSection::getId).collect(Collectors.toSet());
        if (!sectionIds.containsAll(grades.keySet())) {
            throw new NotFoundException("section");
        }
        for (Map.Entry<Long, Grade> e : grades.entrySet()) {
            String note = blank(notes.get(e.getKey()));
            if (jdbc.update("update ca_agreed_grade set grade = ?, note = ? where case_id = ? and section_id = ?", e.getValue().name(), note, caseId,
                    e.getKey()) == 0) {
                jdbc.update("insert into ca_agreed_grade (case_id, section_id, grade, note) values (?, ?, ?, ?)", caseId, e.getKey(),
                        e.getValue().name(), note);
            }
        }
        a.met(meetingOn);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "CaseFileAuditCase", caseId).withDetail(grades.size() + " grades agreed"));
    }

    @Transactional
    public void addLearning(HubPrincipal actor, long auditId, String text, String theme) {
        requireBusinessUnit(actor, "record learning", auditId);
        find(auditId);
        if (blank(text) == null) {
            throw new CaseAuditRefused("learningText", "ca.error.learning");
        }
        jdbc.update("insert into ca_learning (audit_id, learning_text, theme, created_at) values (?, ?, ?, ?)", auditId, text.strip(),
                blank(theme), Timestamp.from(clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "CaseFileAuditLearning", auditId).withDetail(blank(theme) == null ? "" : theme.strip()));
    }

    /** Records an action of the audit and proposes it to the business plan, where its progress is then tracked. */
    @Transactional
    public void addAction(HubPrincipal actor, long auditId, String text, Long leadAgencyId, LocalDate due) {
        requireBusinessUnit(actor, "record an action", auditId);
        Audit a = find(auditId);
        if (blank(text) == null) {
            throw new CaseAuditRefused("actionText", "ca.error.action");
        }
        if (leadAgencyId != null && directory.agency(leadAgencyId).isEmpty()) {
            throw new CaseAuditRefused("leadAgencyId", "ca.error.agency");
        }
        jdbc.update("insert into ca_action (audit_id, action_text, lead_agency_id, due_date, created_at) values (?, ?, ?, ?, ?)", auditId,
                text.strip(), leadAgencyId, due == null ? null : Date.valueOf(due), Timestamp.from(clock.instant()));
        long id = jdbc.queryForObject("select max(id) from ca_action where audit_id = ?", Long.class, auditId);
        events.publishEvent(new ActionProposed(ACTION_SOURCE, id, a.getTheme() + " (" + a.getYearLabel() + ")", text.strip(), leadAgencyId, due));
        audit.record(AuditEvent.of(AuditAction.CREATE, "CaseFileAuditAction", id).withDetail("proposed to the business plan"));
    }

    @Transactional
    public void close(HubPrincipal actor, long auditId) {
        requireBusinessUnit(actor, "close an audit", auditId);
        Audit a = find(auditId);
        if (a.getStatus() != Audit.Status.MET) {
            throw new CaseAuditRefused("close", "ca.error.notMet");
        }
        a.close();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, auditId).withDetail("closed"));
    }

    // ---- the report

    public record SectionGrades(ToolSection section, Map<Grade, Integer> counts, Map<Long, Grade> byCase) {
        public int graded() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(Grade g) {
            return counts.getOrDefault(g, 0);
        }

        public int goodOrBetterShare() {
            return graded() == 0 ? 0 : Math.round(100f * (count(Grade.OUTSTANDING) + count(Grade.GOOD)) / graded());
        }

        /** The counts of each grade, best first, for drawing the chart's segments. */
        public List<Integer> countsInOrder() {
            return java.util.Arrays.stream(Grade.values()).map(this::count).toList();
        }

        /** Where each grade's segment starts: the counts of the better grades before it. */
        public List<Integer> startsInOrder() {
            List<Integer> starts = new ArrayList<>();
            int sum = 0;
            for (Grade g : Grade.values()) {
                starts.add(sum);
                sum += count(g);
            }
            return starts;
        }
    }

    public record Report(AuditView view, List<SectionGrades> sections, int agreedCount, int goodOrBetter, Audit previous,
                         Integer previousGoodOrBetter) {
        public int goodOrBetterShare() {
            return agreedCount == 0 ? 0 : Math.round(100f * goodOrBetter / agreedCount);
        }

        public Integer change() {
            return previousGoodOrBetter == null || agreedCount == 0 ? null : goodOrBetterShare() - previousGoodOrBetter;
        }
    }

    @Transactional // not read-only: the view is written to the audit trail
    public Report report(HubPrincipal actor, long auditId) {
        check(readsAcross(actor), "read an audit report", auditId);
        Audit a = find(auditId);
        audit.record(AuditEvent.of(AuditAction.VIEW, RECORD, auditId).withDetail("report"));
        AuditView view = viewOf(a);
        Map<Long, Map<Long, Grade>> agreed = agreedGrades(view.cases().stream().map(r -> r.auditCase().getId()).toList());
        List<SectionGrades> rows = new ArrayList<>();
        int count = 0;
        int good = 0;
        for (ToolSection s : view.sections()) {
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            Map<Long, Grade> byCase = new HashMap<>();
            for (CaseRow c : view.cases()) {
                Grade g = agreed.getOrDefault(c.auditCase().getId(), Map.of()).get(s.getId());
                if (g != null) {
                    counts.merge(g, 1, Integer::sum);
                    byCase.put(c.auditCase().getId(), g);
                    count++;
                    good += g.goodOrBetter() ? 1 : 0;
                }
            }
            rows.add(new SectionGrades(s, counts, byCase));
        }
        Audit previous = audits.findByThemeIgnoreCaseAndIdNotOrderByDeadlineDescIdDesc(a.getTheme(), a.getId()).stream()
                .filter(p -> p.getDeadline().isBefore(a.getDeadline())).findFirst().orElse(null);
        Integer previousShare = null;
        if (previous != null) {
            List<Long> previousCases = cases.findByAuditIdIn(List.of(previous.getId())).stream().map(AuditCase::getId).toList();
            List<Grade> grades = agreedGrades(previousCases).values().stream().flatMap(m -> m.values().stream()).toList();
            if (!grades.isEmpty()) {
                previousShare = Math.round(100f * grades.stream().filter(Grade::goodOrBetter).count() / grades.size());
            }
        }
        return new Report(view, rows, count, good, previous, previousShare);
    }

    private Map<Long, Map<Long, Grade>> agreedGrades(Collection<Long> caseIds) {
        Map<Long, Map<Long, Grade>> agreed = new HashMap<>();
        if (caseIds.isEmpty()) {
            return agreed;
        }
        String in = caseIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.query("select case_id, section_id, grade from ca_agreed_grade where case_id in (" + in + ")",
                rs -> {
                    agreed.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), Grade.valueOf(rs.getString(3)));
                });
        return agreed;
    }

    public void recordExport(HubPrincipal actor, long auditId, String format) {
        audit.record(AuditEvent.of(AuditAction.EXPORT, RECORD, auditId).withDetail(format));
    }

    /** How many case parts the agency still has to submit across open audits. */
    @Transactional(readOnly = true)
    public long openPartsOf(long agencyId) {
        return jdbc.queryForObject("select count(*) from ca_case c join ca_audit a on a.id = c.audit_id join ca_audit_agency g on g.audit_id = a.id "
                + "where g.agency_id = ? and a.status <> 'CLOSED' and not exists (select 1 from ca_submission s where s.case_id = c.id "
                + "and s.agency_id = g.agency_id)", Long.class, agencyId);
    }

    // ---- for chasing

    /** The agencies asked to take part that have not submitted their part for every case, with how many are missing. */
    Map<Long, Integer> missingParts(long auditId) {
        int caseCount = cases.findByAuditIdOrderByIdAsc(auditId).size();
        Map<Long, Integer> missing = new LinkedHashMap<>();
        if (caseCount == 0) {
            return missing;
        }
        for (Long agencyId : agenciesOf(auditId)) {
            int done = jdbc.queryForObject("select count(*) from ca_submission s join ca_case c on c.id = s.case_id where c.audit_id = ? "
                    + "and s.agency_id = ?", Integer.class, auditId, agencyId);
            if (done < caseCount) {
                missing.put(agencyId, caseCount - done);
            }
        }
        return missing;
    }
}
