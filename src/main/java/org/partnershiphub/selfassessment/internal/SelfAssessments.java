package org.partnershiphub.selfassessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.files.StoredFiles;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment use cases, each owning its rules in one transaction with the person acting passed in. The
 * business unit keeps the standards library, opens cycles and moderates returns; an agency's safeguarding lead (or the
 * business unit on its behalf) answers and submits its own agency's return; readers across agencies see every return.
 * Every change, export and denial is in the audit trail.
 */
@Service
public class SelfAssessments {

    /** Who reads every agency's returns and the reports: the business unit, the Executive, lead partners, scrutiny, subgroups. */
    public static final Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;
    /** The owner type of evidence files in the file store: one answer's. */
    public static final String EVIDENCE = "SelfAssessmentAnswer";
    static final String RECORD = "SelfAssessmentReturn";

    private final StandardRepository standards;
    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final AnswerRepository answers;
    private final Directory directory;
    private final StoredFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessments(StandardRepository standards, CycleRepository cycles, ReturnRepository returns, AnswerRepository answers,
                    Directory directory, StoredFiles files, AuditTrail audit, Clock clock) {
        this.standards = standards;
        this.cycles = cycles;
        this.returns = returns;
        this.answers = answers;
        this.directory = directory;
        this.files = files;
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

    public static boolean mayRead(HubPrincipal actor, AgencyReturn r) {
        return readsAcross(actor) || ownAgency(actor, r);
    }

    /** The agency's safeguarding lead answers and submits its return; the business unit may do so on its behalf. */
    public static boolean mayAnswer(HubPrincipal actor, AgencyReturn r) {
        return actor.hasRole(Role.BUSINESS_UNIT) || ownAgency(actor, r);
    }

    private static boolean ownAgency(HubPrincipal actor, AgencyReturn r) {
        return actor.hasRole(Role.AGENCY_LEAD) && actor.agencyId() == r.getAgencyId();
    }

    private void check(boolean allowed, String attempted, Object id) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, RECORD, id == null ? null : String.valueOf(id), AuditOutcome.DENIED, null,
                    "attempted " + attempted));
            throw Permissions.deniedAfterAudit();
        }
    }

    void requireBusinessUnit(HubPrincipal actor, String attempted) {
        check(actor.hasRole(Role.BUSINESS_UNIT), attempted, null);
    }

    // ---- the standards library

    public record StandardDetails(Framework framework, String number, String title, String guidance, boolean active) {
    }

    public Map<Framework, List<Standard>> library() {
        Map<Framework, List<Standard>> library = new EnumMap<>(Framework.class);
        for (Framework f : Framework.values()) {
            library.put(f, new ArrayList<>());
        }
        standards.findAllByOrderByFrameworkAscPositionAscIdAsc().forEach(s -> library.get(s.getFramework()).add(s));
        return library;
    }

    public Standard standard(long id) {
        return standards.findById(id).orElseThrow(() -> new NotFoundException("standard"));
    }

    @Transactional
    public Standard addStandard(HubPrincipal actor, StandardDetails d) {
        requireBusinessUnit(actor, "add a standard");
        checkNumber(d, null);
        Standard standard = new Standard(d.framework(), (int) standards.countByFramework(d.framework()) + 1);
        standard.describe(d.number(), d.title(), d.guidance());
        standard = standards.save(standard);
        audit.record(AuditEvent.of(AuditAction.CREATE, "SelfAssessmentStandard", standard.getId())
                .withDetail(d.framework() + " " + standard.getNumber()));
        return standard;
    }

    /** Rewords a standard or takes it out of use; answers already given to it stay with their returns. */
    @Transactional
    public void editStandard(HubPrincipal actor, long id, StandardDetails d) {
        requireBusinessUnit(actor, "change a standard");
        Standard standard = standard(id);
        checkNumber(new StandardDetails(standard.getFramework(), d.number(), d.title(), d.guidance(), d.active()), id);
        standard.describe(d.number(), d.title(), d.guidance());
        standard.setActive(d.active());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SelfAssessmentStandard", id).withDetail(d.active() ? "in use" : "out of use"));
    }

    private void checkNumber(StandardDetails d, Long exceptId) {
        if (standards.findByFrameworkAndNumberIgnoreCase(d.framework(), d.number().strip()).filter(s -> !s.getId().equals(exceptId)).isPresent()) {
            throw new SelfAssessmentRefused("number", "sa.error.numberTaken");
        }
    }

    // ---- cycles

    public List<Cycle> cycles() {
        return cycles.findAllByOrderByOpensOnDescIdDesc();
    }

    public Cycle cycle(long id) {
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("cycle"));
    }

    /**
     * Opens a cycle: a draft return for every agency (by the framework its kind answers), each starting from the
     * agency's answers, evidence and actions of the cycle before.
     */
    @Transactional
    public Cycle openCycle(HubPrincipal actor, String name, LocalDate dueOn) {
        requireBusinessUnit(actor, "open a cycle");
        if (cycles.findByNameIgnoreCase(name.strip()).isPresent()) {
            throw new SelfAssessmentRefused("name", "sa.error.cycleNameTaken");
        }
        if (!dueOn.isAfter(today())) {
            throw new SelfAssessmentRefused("dueOn", "sa.error.dueInPast");
        }
        Cycle cycle = cycles.save(new Cycle(name, today(), dueOn, actor.userId(), clock.instant()));
        int carried = 0;
        int created = 0;
        for (Directory.Agency agency : directory.agencies()) {
            Optional<Framework> framework = Framework.forAgency(agency.type());
            if (framework.isEmpty()) {
                continue;
            }
            Optional<AgencyReturn> before = returns.earlier(agency.id(), cycle.getOpensOn()).stream()
                    .filter(r -> r.getFramework() == framework.get()).findFirst();
            AgencyReturn fresh = returns.save(new AgencyReturn(cycle.getId(), agency.id(), framework.get(), before.map(AgencyReturn::getId).orElse(null)));
            created++;
            if (before.isPresent()) {
                Set<Long> inUse = standards.findByFrameworkAndActiveTrueOrderByPositionAscIdAsc(framework.get()).stream()
                        .map(Standard::getId).collect(Collectors.toSet());
                for (Answer previous : answers.findByReturnId(before.get().getId())) {
                    if (inUse.contains(previous.getStandardId()) && previous.started()) {
                        Answer answer = new Answer(fresh.getId(), previous.getStandardId());
                        answer.carryFrom(previous);
                        answers.save(answer);
                    }
                }
                carried++;
            }
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "SelfAssessmentCycle", cycle.getId())
                .withDetail(cycle.getName() + ": " + created + " returns, " + carried + " carried forward"));
        return cycle;
    }

    /** One agency's place in a cycle: how far its return has got and whether it is late. */
    public record ReturnRow(AgencyReturn ret, String agencyName, int answered, int standardsCount, long daysOverdue) {
        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    /** The cycle's returns, not yet returned first (the most overdue at the top), then by agency name. */
    @Transactional(readOnly = true)
    public List<ReturnRow> returnRows(HubPrincipal actor, long cycleId) {
        check(readsAcross(actor), "read a cycle", cycleId);
        Cycle cycle = cycle(cycleId);
        List<AgencyReturn> list = returns.findByCycleId(cycleId);
        Map<Long, List<Answer>> byReturn = answers.findByReturnIdIn(list.stream().map(AgencyReturn::getId).toList()).stream()
                .collect(Collectors.groupingBy(Answer::getReturnId));
        Map<Framework, Set<Long>> inUse = inUse();
        Map<Long, String> names = agencyNames();
        List<ReturnRow> rows = new ArrayList<>();
        for (AgencyReturn r : list) {
            Set<Long> current = inUse.get(r.getFramework());
            int answered = (int) byReturn.getOrDefault(r.getId(), List.of()).stream()
                    .filter(a -> current.contains(a.getStandardId()) && a.complete()).count();
            long overdue = r.getStatus().returned() ? 0 : Math.max(0, ChronoUnit.DAYS.between(cycle.getDueOn(), today()));
            rows.add(new ReturnRow(r, names.get(r.getAgencyId()), answered, current.size(), overdue));
        }
        rows.sort(java.util.Comparator.comparing((ReturnRow row) -> row.ret().getStatus().returned())
                .thenComparing(ReturnRow::daysOverdue, java.util.Comparator.reverseOrder())
                .thenComparing(row -> String.valueOf(row.agencyName())));
        return rows;
    }

    /** Every agency's name by id, read once (not a query per row). */
    private Map<Long, String> agencyNames() {
        Map<Long, String> names = new HashMap<>();
        directory.agencies().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    private Map<Framework, Set<Long>> inUse() {
        Map<Framework, Set<Long>> inUse = new EnumMap<>(Framework.class);
        for (Framework f : Framework.values()) {
            inUse.put(f, new HashSet<>());
        }
        standards.findAll().stream().filter(Standard::isActive).forEach(s -> inUse.get(s.getFramework()).add(s.getId()));
        return inUse;
    }

    /** The returns of the person's own agency, newest cycle first. */
    @Transactional(readOnly = true)
    public List<AgencyReturn> ownReturns(HubPrincipal actor) {
        if (!actor.hasRole(Role.AGENCY_LEAD)) {
            return List.of();
        }
        Map<Long, Cycle> byId = cycles.findAll().stream().collect(Collectors.toMap(Cycle::getId, Function.identity()));
        return returns.findByAgencyId(actor.agencyId()).stream()
                .sorted(java.util.Comparator.comparing((AgencyReturn r) -> byId.get(r.getCycleId()).getOpensOn()).reversed())
                .toList();
    }

    /** The latest cycle's returns not yet in, and how many of those are past the due date: for the dashboard. */
    @Transactional(readOnly = true)
    public long[] outstanding() {
        List<Cycle> all = cycles.findAllByOrderByOpensOnDescIdDesc();
        if (all.isEmpty()) {
            return new long[] {0, 0};
        }
        Cycle latest = all.get(0);
        long open = notReturned(latest.getId()).size();
        return new long[] {open, today().isAfter(latest.getDueOn()) ? open : 0};
    }

    /** How many of the agency's returns are still to be submitted (drafts, and those sent back for more evidence). */
    @Transactional(readOnly = true)
    public long openReturnsOf(long agencyId) {
        return returns.findByAgencyId(agencyId).stream().filter(AgencyReturn::editable).count();
    }

    // ---- a return

    private AgencyReturn find(long id) {
        return returns.findById(id).orElseThrow(() -> new NotFoundException("return"));
    }

    /** One standard of a return: the standard, the answer so far (or none), last cycle's answer, and the evidence files. */
    public record Item(Standard standard, Answer answer, Answer previous, List<StoredFile> files) {
        public boolean complete() {
            return answer != null && answer.complete();
        }

        public boolean started() {
            return answer != null && answer.started();
        }
    }

    public record ReturnView(AgencyReturn ret, Cycle cycle, String agencyName, List<Item> items, String submittedByName,
                             String moderatedByName) {
        public long completeCount() {
            return items.stream().filter(Item::complete).count();
        }

        public List<Item> incomplete() {
            return items.stream().filter(i -> !i.complete()).toList();
        }

        public Item item(long standardId) {
            return items.stream().filter(i -> i.standard().getId() == standardId).findFirst()
                    .orElseThrow(() -> new NotFoundException("standard"));
        }

        public boolean allModerated() {
            return items.stream().allMatch(i -> i.answer() != null && i.answer().getModeratedRating() != null);
        }

        public boolean evidenceAsked() {
            return items.stream().anyMatch(i -> i.answer() != null && i.answer().isEvidenceRequested());
        }
    }

    @Transactional(readOnly = true)
    public ReturnView view(HubPrincipal actor, long returnId) {
        AgencyReturn r = find(returnId);
        check(mayRead(actor, r), "read a return", returnId);
        return viewOf(r);
    }

    /** The return for answering or submitting: its own agency's safeguarding lead, or the business unit. */
    @Transactional(readOnly = true)
    public ReturnView answerView(HubPrincipal actor, long returnId) {
        AgencyReturn r = find(returnId);
        check(mayAnswer(actor, r), "answer a return", returnId);
        return viewOf(r);
    }

    private ReturnView viewOf(AgencyReturn r) {
        Map<Long, Answer> byStandard = answers.findByReturnId(r.getId()).stream()
                .collect(Collectors.toMap(Answer::getStandardId, Function.identity()));
        Map<Long, Answer> previous = new HashMap<>();
        if (r.getCarriedFromId() != null) {
            answers.findByReturnId(r.getCarriedFromId()).forEach(a -> previous.put(a.getStandardId(), a));
        }
        List<Long> owners = new ArrayList<>();
        byStandard.values().forEach(a -> owners.add(a.getId()));
        previous.values().forEach(a -> owners.add(a.getId()));
        Map<Long, List<StoredFile>> stored = owners.isEmpty() ? Map.of() : files.forOwners(EVIDENCE, owners);
        List<Standard> list = new ArrayList<>(standards.findByFrameworkOrderByPositionAscIdAsc(r.getFramework()));
        // a standard taken out of use still shows where this return answered it
        list.removeIf(s -> !s.isActive() && !byStandard.containsKey(s.getId()));
        List<Item> items = new ArrayList<>();
        for (Standard s : list) {
            Answer a = byStandard.get(s.getId());
            Answer p = previous.get(s.getId());
            List<StoredFile> evidence = new ArrayList<>();
            if (a != null) {
                evidence.addAll(stored.getOrDefault(a.getId(), List.of()));
                if (a.getCarriedFromId() != null && p != null && a.getCarriedFromId().equals(p.getId())) {
                    evidence.addAll(stored.getOrDefault(p.getId(), List.of()));
                }
            }
            items.add(new Item(s, a, p, evidence));
        }
        Cycle cycle = cycle(r.getCycleId());
        return new ReturnView(r, cycle, directory.agencyName(r.getAgencyId()), items, name(r.getSubmittedBy()), name(r.getModeratedBy()));
    }

    private String name(Long personId) {
        return personId == null ? null : directory.person(personId).map(Directory.Person::name).orElse(null);
    }

    /**
     * Saves the answer to one standard as typed, with any new evidence files; refused once the return is submitted,
     * whichever page or button the request came from.
     */
    @Transactional
    public Answer answer(HubPrincipal actor, long returnId, long standardId, Answer.Typed typed, List<CheckedUpload> evidence) {
        AgencyReturn r = find(returnId);
        check(mayAnswer(actor, r), "answer a return", returnId);
        Standard standard = standard(standardId);
        if (standard.getFramework() != r.getFramework()) {
            throw new NotFoundException("standard");
        }
        if (!r.editable()) {
            throw new SelfAssessmentRefused("rating", "sa.error.locked");
        }
        if (typed.actionDue() != null && typed.actionDue().isBefore(cycle(r.getCycleId()).getOpensOn().minusYears(1))) {
            throw new SelfAssessmentRefused("actionDue", "sa.error.actionDueLongAgo");
        }
        Answer answer = answers.findByReturnIdAndStandardId(returnId, standardId).orElseGet(() -> new Answer(returnId, standardId));
        boolean isNew = answer.getId() == null;
        answer.answer(typed, actor.userId(), clock.instant());
        answer = answers.save(answer);
        for (CheckedUpload upload : evidence) {
            files.store(upload, EVIDENCE, answer.getId());
        }
        audit.record(AuditEvent.of(isNew ? AuditAction.CREATE : AuditAction.UPDATE, "SelfAssessmentAnswer", answer.getId())
                .withDetail("return " + returnId + ", standard " + standard.getNumber()
                        + (typed.rating() == null ? "" : ", " + typed.rating()) + (evidence.isEmpty() ? "" : ", " + evidence.size() + " files")));
        return answer;
    }

    /** The evidence file, when it belongs to an answer of this return (or the answer it was carried forward from). */
    @Transactional // not read-only: the download is written to the audit trail
    public Optional<StoredFile> evidenceFile(HubPrincipal actor, long returnId, long fileId) {
        ReturnView view = view(actor, returnId);
        Optional<StoredFile> file = view.items().stream().flatMap(i -> i.files().stream()).filter(f -> f.id() == fileId).findFirst();
        file.ifPresent(f -> audit.record(AuditEvent.of(AuditAction.EXPORT, "StoredFile", f.id()).withDetail("evidence of return " + returnId)));
        return file;
    }

    public byte[] content(StoredFile file) {
        return files.content(file.id());
    }

    /**
     * Submits the return with its sign-off: every standard rated and described, an action with an owner and a date
     * for every standard below green, the senior officer named (and for a school the safeguarding governor too). The
     * return is then locked. A return submitted after the cycle's due date is marked late.
     */
    @Transactional
    public void submit(HubPrincipal actor, long returnId, AgencyReturn.SignOff signOff) {
        AgencyReturn r = find(returnId);
        check(mayAnswer(actor, r), "submit a return", returnId);
        if (!r.editable()) {
            throw new SelfAssessmentRefused("answers", "sa.error.alreadySubmitted");
        }
        ReturnView view = viewOf(r);
        List<Item> incomplete = view.items().stream().filter(i -> i.standard().isActive() && !i.complete()).toList();
        if (!incomplete.isEmpty()) {
            throw new SelfAssessmentRefused("answers", "sa.error.incomplete", incomplete.size(),
                    incomplete.stream().map(i -> i.standard().getNumber()).collect(Collectors.joining(", ")));
        }
        if (blank(signOff.officerName())) {
            throw new SelfAssessmentRefused("officerName", "sa.error.officerName");
        }
        if (blank(signOff.officerRole())) {
            throw new SelfAssessmentRefused("officerRole", "sa.error.officerRole");
        }
        if (r.getFramework() == Framework.SECTION_175 && blank(signOff.governorName())) {
            throw new SelfAssessmentRefused("governorName", "sa.error.governorName");
        }
        if (signOff.signedOn() == null) {
            throw new SelfAssessmentRefused("signedOn", "sa.error.signedOn");
        }
        if (signOff.signedOn().isAfter(today())) {
            throw new SelfAssessmentRefused("signedOn", "sa.error.signedOnFuture");
        }
        boolean late = today().isAfter(view.cycle().getDueOn());
        boolean resubmitted = r.getStatus() == AgencyReturn.Status.EVIDENCE_REQUESTED;
        r.submit(actor.userId(), clock.instant(), late, signOff);
        if (resubmitted) {
            view.items().stream().map(Item::answer).filter(a -> a != null && a.isEvidenceRequested()).forEach(Answer::evidenceAnswered);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, returnId)
                .withDetail((resubmitted ? "resubmitted" : "submitted") + (late ? " late" : "") + ", signed off by " + signOff.officerName().strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- moderation (business unit)

    /**
     * The business unit's view of one standard of a submitted return: the agreed rating (the agency's own or a
     * changed one, which needs a comment saying why) and whether more evidence is asked for (which needs a comment too).
     */
    @Transactional
    public void moderate(HubPrincipal actor, long returnId, long standardId, Rating agreed, String comment, boolean askForEvidence) {
        requireBusinessUnit(actor, "moderate a return");
        AgencyReturn r = find(returnId);
        if (r.getStatus() != AgencyReturn.Status.SUBMITTED) {
            throw new SelfAssessmentRefused("agreed", "sa.error.notSubmitted");
        }
        Answer answer = answers.findByReturnIdAndStandardId(returnId, standardId).orElseThrow(() -> new NotFoundException("answer"));
        if (agreed == null) {
            throw new SelfAssessmentRefused("agreed", "sa.error.agreed");
        }
        if ((agreed != answer.getRating() || askForEvidence) && blank(comment)) {
            throw new SelfAssessmentRefused("comment", askForEvidence ? "sa.error.evidenceComment" : "sa.error.changedComment");
        }
        answer.moderate(agreed, comment, askForEvidence);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SelfAssessmentAnswer", answer.getId())
                .withDetail("moderated " + answer.getRating() + " -> " + agreed + (askForEvidence ? ", more evidence asked for" : "")));
    }

    /** Whether finishing moderation agreed the return or sent it back to the agency for more evidence. */
    public enum Finished { MODERATED, SENT_BACK }

    /**
     * Finishes moderating a submitted return: sent back to the agency when more evidence was asked for on any standard
     * (it can answer again and resubmit), otherwise moderated once every standard has an agreed rating.
     */
    @Transactional
    public Finished finishModeration(HubPrincipal actor, long returnId) {
        requireBusinessUnit(actor, "moderate a return");
        AgencyReturn r = find(returnId);
        if (r.getStatus() != AgencyReturn.Status.SUBMITTED) {
            throw new SelfAssessmentRefused("moderation", "sa.error.notSubmitted");
        }
        ReturnView view = viewOf(r);
        if (view.evidenceAsked()) {
            r.askForEvidence();
            audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, returnId).withDetail("sent back for more evidence"));
            return Finished.SENT_BACK;
        }
        if (!view.allModerated()) {
            throw new SelfAssessmentRefused("moderation", "sa.error.notAllModerated");
        }
        r.moderated(actor.userId(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, returnId).withDetail("moderated"));
        return Finished.MODERATED;
    }

    /** Records a download of the return's PDF, as every export is. */
    public void recordExport(HubPrincipal actor, long returnId) {
        audit.record(AuditEvent.of(AuditAction.EXPORT, RECORD, returnId).withDetail("PDF"));
    }

    // ---- the report to the Executive

    /** Ratings given to one standard across the cycle's returned returns (the agreed rating once moderated). */
    public record StandardCounts(Standard standard, int red, int amber, int green, int notReturned) {
        public int rated() {
            return red + amber + green;
        }

        public int greenShare() {
            return rated() == 0 ? 0 : Math.round(100f * green / rated());
        }
    }

    /** The share of agreed ratings that were green in one cycle, per framework in declaration order (null: none rated). */
    public record Trend(Cycle cycle, List<Integer> greenShares) {
    }

    /** An action an agency set itself for a standard below green, not yet done. */
    public record OutstandingAction(String agencyName, Standard standard, Rating rating, String action, String owner, LocalDate due,
                                    boolean overdue, long returnId) {
    }

    /** Each agency's agreed ratings, by standard id, for the matrix of agencies against standards. */
    public record AgencyRatings(String agencyName, AgencyReturn ret, Map<Long, Rating> ratings) {
    }

    /** One framework's part of the report: ratings by standard, and each agency's ratings. */
    public record Section(Framework framework, List<StandardCounts> counts, List<AgencyRatings> agencies) {
        public List<Standard> standards() {
            return counts.stream().map(StandardCounts::standard).toList();
        }
    }

    public record Report(Cycle cycle, List<Section> sections, List<Trend> trends, List<OutstandingAction> actions, int returnedCount,
                         int totalCount) {
        public int returnedShare() {
            return totalCount == 0 ? 0 : Math.round(100f * returnedCount / totalCount);
        }
    }

    @Transactional(readOnly = true)
    public Report report(HubPrincipal actor, long cycleId) {
        check(readsAcross(actor), "read a report", cycleId);
        Cycle cycle = cycle(cycleId);
        List<AgencyReturn> list = returns.findByCycleId(cycleId);
        Map<Long, List<Answer>> byReturn = answersOf(list);
        Map<Long, Standard> allStandards = standards.findAll().stream().collect(Collectors.toMap(Standard::getId, Function.identity()));
        Map<Long, String> names = agencyNames();
        List<Section> sections = new ArrayList<>();
        for (Framework f : Framework.values()) {
            List<AgencyReturn> ofFramework = list.stream().filter(r -> r.getFramework() == f).toList();
            if (ofFramework.isEmpty()) {
                continue;
            }
            List<AgencyReturn> returned = ofFramework.stream().filter(r -> r.getStatus().returned()).toList();
            List<StandardCounts> rows = new ArrayList<>();
            for (Standard s : standards.findByFrameworkAndActiveTrueOrderByPositionAscIdAsc(f)) {
                int[] rag = new int[3];
                for (AgencyReturn r : returned) {
                    byReturn.getOrDefault(r.getId(), List.of()).stream().filter(a -> a.getStandardId() == s.getId() && a.agreedRating() != null)
                            .forEach(a -> rag[a.agreedRating().ordinal()]++);
                }
                rows.add(new StandardCounts(s, rag[0], rag[1], rag[2], ofFramework.size() - returned.size()));
            }
            List<AgencyRatings> matrix = new ArrayList<>();
            for (AgencyReturn r : ofFramework) {
                Map<Long, Rating> ratings = new HashMap<>();
                if (r.getStatus().returned()) {
                    byReturn.getOrDefault(r.getId(), List.of()).stream().filter(a -> a.agreedRating() != null)
                            .forEach(a -> ratings.put(a.getStandardId(), a.agreedRating()));
                }
                matrix.add(new AgencyRatings(names.get(r.getAgencyId()), r, ratings));
            }
            matrix.sort(java.util.Comparator.comparing(a -> String.valueOf(a.agencyName())));
            sections.add(new Section(f, rows, matrix));
        }
        List<OutstandingAction> actions = new ArrayList<>();
        for (AgencyReturn r : list) {
            if (!r.getStatus().returned()) {
                continue;
            }
            for (Answer a : byReturn.getOrDefault(r.getId(), List.of())) {
                Standard s = allStandards.get(a.getStandardId());
                if (a.getActionText() != null && !a.isActionDone() && a.agreedRating() != null && a.agreedRating().belowGreen()) {
                    actions.add(new OutstandingAction(names.get(r.getAgencyId()), s, a.agreedRating(), a.getActionText(),
                            a.getActionOwner(), a.getActionDue(), a.getActionDue() != null && a.getActionDue().isBefore(today()), r.getId()));
                }
            }
        }
        actions.sort(java.util.Comparator.comparing(OutstandingAction::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(a -> String.valueOf(a.agencyName())));
        int returnedCount = (int) list.stream().filter(r -> r.getStatus().returned()).count();
        return new Report(cycle, sections, trends(), actions, returnedCount, list.size());
    }

    /** Every cycle, oldest first, with the share of agreed ratings that were green in each framework's returned returns. */
    private List<Trend> trends() {
        List<Cycle> all = new ArrayList<>(cycles.findAllByOrderByOpensOnDescIdDesc());
        java.util.Collections.reverse(all);
        List<AgencyReturn> list = returns.findByCycleIdIn(all.stream().map(Cycle::getId).toList());
        Map<Long, List<Answer>> byReturn = answersOf(list);
        // one pass over the returned returns: green and rated counts per cycle and framework
        int frameworks = Framework.values().length;
        Map<Long, int[]> counts = new HashMap<>();
        for (AgencyReturn r : list) {
            if (!r.getStatus().returned()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(r.getCycleId(), k -> new int[frameworks * 2]);
            for (Answer a : byReturn.getOrDefault(r.getId(), List.of())) {
                if (a.agreedRating() != null) {
                    c[r.getFramework().ordinal() * 2]++;
                    c[r.getFramework().ordinal() * 2 + 1] += a.agreedRating() == Rating.GREEN ? 1 : 0;
                }
            }
        }
        List<Trend> trends = new ArrayList<>();
        for (Cycle cycle : all) {
            int[] c = counts.getOrDefault(cycle.getId(), new int[frameworks * 2]);
            List<Integer> shares = new ArrayList<>();
            for (int f = 0; f < frameworks; f++) {
                shares.add(c[f * 2] == 0 ? null : Math.round(100f * c[f * 2 + 1] / c[f * 2]));
            }
            trends.add(new Trend(cycle, shares));
        }
        return trends;
    }

    private Map<Long, List<Answer>> answersOf(Collection<AgencyReturn> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return answers.findByReturnIdIn(list.stream().map(AgencyReturn::getId).toList()).stream()
                .collect(Collectors.groupingBy(Answer::getReturnId));
    }

    // ---- for chasing and escalation

    List<AgencyReturn> notReturned(long cycleId) {
        return returns.findByCycleId(cycleId).stream().filter(r -> !r.getStatus().returned()).toList();
    }
}
