package org.partnershiphub.scorecard.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Quarter;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard's use cases, each owning its rules in one transaction with the person acting passed in: the business
 * unit defines indicators, signs figures off and records benchmarks; the owning agency's safeguarding lead (or the
 * business unit) enters a quarter's figure once the quarter has ended, until it is signed off. Readers across
 * agencies see every indicator; an agency's safeguarding lead sees only their agency's. Every change and every denial
 * is in the audit trail.
 */
@Service
public class Scorecard {

    /** Who reads the whole scorecard, across agencies. */
    public static final Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;
    /** How many quarters an indicator's trend shows. */
    public static final int TREND_QUARTERS = 12;

    private final IndicatorRepository indicators;
    private final FigureRepository figures;
    private final BenchmarkRepository benchmarks;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final int deadlineDays;

    Scorecard(IndicatorRepository indicators, FigureRepository figures, BenchmarkRepository benchmarks, Directory directory,
              AuditTrail audit, Clock clock, @Value("${hub.scorecard.deadline-days:30}") int deadlineDays) {
        this.indicators = indicators;
        this.figures = figures;
        this.benchmarks = benchmarks;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.deadlineDays = deadlineDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The quarter figures are being collected for: the last one that has ended. */
    public Quarter reportingQuarter() {
        return Quarter.of(today()).previous();
    }

    /** The day a quarter's figures are due: {@code hub.scorecard.deadline-days} (30) after it ends. */
    public LocalDate dueDate(Quarter quarter) {
        return quarter.end().plusDays(deadlineDays);
    }

    /** The quarters a scorecard can be shown for: the last {@value #TREND_QUARTERS} that have ended, newest first. */
    public List<Quarter> quarters() {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = reportingQuarter(); quarters.size() < TREND_QUARTERS; q = q.previous()) {
            quarters.add(q);
        }
        return quarters;
    }

    // ---- access

    public static boolean readsAcross(HubPrincipal actor) {
        return actor.roles().stream().anyMatch(READERS::contains);
    }

    public static boolean mayRead(HubPrincipal actor, Indicator indicator) {
        return readsAcross(actor) || actor.hasRole(Role.AGENCY_LEAD) && actor.agencyId() == indicator.getOwnerAgencyId();
    }

    public static boolean mayEnter(HubPrincipal actor, Indicator indicator) {
        return actor.hasRole(Role.BUSINESS_UNIT) || actor.hasRole(Role.AGENCY_LEAD) && actor.agencyId() == indicator.getOwnerAgencyId();
    }

    private void check(boolean allowed, String attempted, Indicator indicator) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, "ScorecardIndicator", String.valueOf(indicator.getId()), AuditOutcome.DENIED,
                    null, "attempted " + attempted));
            throw Permissions.deniedAfterAudit();
        }
    }

    private Indicator find(long id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator"));
    }

    @Transactional(readOnly = true)
    public Indicator indicator(HubPrincipal actor, long id) {
        Indicator indicator = find(id);
        check(mayRead(actor, indicator), "read", indicator);
        return indicator;
    }

    public String agencyName(long agencyId) {
        return directory.agencyName(agencyId);
    }

    // ---- indicators (business unit)

    public record IndicatorDetails(String code, String title, String definition, String priorityGroup, long ownerAgencyId, Unit unit,
                                   String numerator, String denominator, Polarity polarity, BigDecimal target, BigDecimal targetUpper,
                                   BigDecimal tolerance, String dataSource, Indicator.Frequency frequency) {
    }

    @Transactional
    public Indicator addIndicator(HubPrincipal actor, IndicatorDetails details) {
        requireBusinessUnit(actor);
        checkDetails(details, null);
        Indicator indicator = new Indicator((int) indicators.count() + 1, clock.instant());
        indicator.describe(details);
        indicator = indicators.save(indicator);
        audit.record(AuditEvent.of(AuditAction.CREATE, "ScorecardIndicator", indicator.getId()).withDetail(indicator.getCode()));
        return indicator;
    }

    @Transactional
    public void editIndicator(HubPrincipal actor, long id, IndicatorDetails details) {
        requireBusinessUnit(actor);
        Indicator indicator = find(id);
        checkDetails(details, id);
        indicator.describe(details);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "ScorecardIndicator", id));
    }

    private void checkDetails(IndicatorDetails d, Long exceptId) {
        if (indicators.findByCodeIgnoreCase(d.code().strip()).filter(i -> !i.getId().equals(exceptId)).isPresent()) {
            throw new ScorecardRefused("code", "scorecard.error.codeTaken");
        }
        if (directory.agency(d.ownerAgencyId()).isEmpty()) {
            throw new ScorecardRefused("ownerAgencyId", "scorecard.error.owner");
        }
        if (d.polarity() == Polarity.WITHIN_BAND && d.target() != null
                && (d.targetUpper() == null || d.targetUpper().compareTo(d.target()) < 0)) {
            throw new ScorecardRefused("targetUpper", "scorecard.error.targetUpper");
        }
        if (d.tolerance() != null && d.tolerance().signum() < 0) {
            throw new ScorecardRefused("tolerance", "scorecard.error.tolerance");
        }
    }

    private void requireBusinessUnit(HubPrincipal actor) {
        if (!actor.hasRole(Role.BUSINESS_UNIT)) {
            audit.record(new AuditEvent(AuditAction.DENIED, "ScorecardIndicator", null, AuditOutcome.DENIED, null, "attempted change"));
            throw Permissions.deniedAfterAudit();
        }
    }

    // ---- figures

    /** A quarter's figure as typed: the value, or (for a percentage or rate) its numerator and denominator. */
    public record FigureCommand(String quarterKey, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String commentary) {
    }

    /**
     * Enters or corrects a quarter's figure: the owning agency's safeguarding lead or the business unit, for a quarter
     * that has ended, until it is signed off. A figure entered after the quarter's deadline is marked late.
     *
     * @throws ScorecardRefused naming the field
     */
    @Transactional
    public Figure enterFigure(HubPrincipal actor, long indicatorId, FigureCommand command) {
        Indicator indicator = find(indicatorId);
        check(mayEnter(actor, indicator), "enter a figure", indicator);
        Quarter quarter = quarterOf(command);
        BigDecimal value = checked(indicator, command);
        Figure figure = figures.findByIndicatorIdAndQuarterKey(indicatorId, quarter.key())
                .orElseGet(() -> new Figure(indicatorId, quarter.key()));
        boolean isNew = figure.getId() == null;
        figure.enter(value, command.numerator(), command.denominator(), command.commentary(), actor.userId(), clock.instant(),
                today().isAfter(dueDate(quarter)));
        figure = figures.save(figure);
        audit.record(AuditEvent.of(isNew ? AuditAction.CREATE : AuditAction.UPDATE, "ScorecardFigure", figure.getId())
                .withDetail(indicator.getCode() + " " + quarter.label() + " = " + value.stripTrailingZeros().toPlainString()));
        return figure;
    }

    private Quarter quarterOf(FigureCommand command) {
        return Quarter.ofKey(command.quarterKey()).filter(q -> !q.end().isAfter(today()))
                .orElseThrow(() -> new ScorecardRefused("quarter", "scorecard.error.quarter"));
    }

    /** The figure's value once every rule about it holds (worked out from its parts where given). */
    private BigDecimal checked(Indicator indicator, FigureCommand command) {
        quarterOf(command);
        BigDecimal value = command.value();
        if (indicator.getUnit().fromNumeratorAndDenominator() && (command.numerator() != null || command.denominator() != null)) {
            if (command.numerator() == null || command.denominator() == null) {
                throw new ScorecardRefused(command.numerator() == null ? "numerator" : "denominator", "scorecard.error.bothParts");
            }
            if (command.denominator().signum() <= 0) {
                throw new ScorecardRefused("denominator", "scorecard.error.denominator");
            }
            if (command.numerator().signum() < 0) {
                throw new ScorecardRefused("numerator", "scorecard.error.negative");
            }
            BigDecimal worked = indicator.getUnit().valueOf(command.numerator(), command.denominator());
            if (value != null && value.compareTo(worked) != 0) {
                throw new ScorecardRefused("value", "scorecard.error.valueMismatch");
            }
            value = worked;
        }
        if (value == null) {
            throw new ScorecardRefused("value", "scorecard.error.value");
        }
        if (indicator.getUnit() == Unit.PERCENT && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ScorecardRefused("value", "scorecard.error.percent");
        }
        if (command.commentary() != null && command.commentary().length() > 4000) {
            throw new ScorecardRefused("commentary", "error.tooLong4000");
        }
        return value;
    }

    /** A row of an uploaded spreadsheet of figures: the indicator's code as typed and the figure (quarter key null when unreadable). */
    public record UploadLine(int row, String code, FigureCommand command) {
    }

    /** An uploaded row checked against every rule: ready (problem null) or refused with the field and the reason. */
    public record Checked(UploadLine line, Indicator indicator, BigDecimal value, String field, String problemKey) {

        public boolean ready() {
            return problemKey == null;
        }
    }

    /** Checks an upload row by row without saving anything: the preview shows every problem at once. */
    @Transactional(readOnly = true)
    public List<Checked> check(HubPrincipal actor, List<UploadLine> lines) {
        List<Checked> checked = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (UploadLine line : lines) {
            Indicator indicator = line.code() == null ? null : indicators.findByCodeIgnoreCase(line.code().strip()).orElse(null);
            if (indicator == null) {
                checked.add(new Checked(line, null, null, "code", "scorecard.upload.code"));
                continue;
            }
            if (!mayEnter(actor, indicator)) {
                checked.add(new Checked(line, indicator, null, "code", "scorecard.upload.notYours"));
                continue;
            }
            try {
                BigDecimal value = checked(indicator, line.command());
                if (!seen.add(indicator.getId() + "/" + line.command().quarterKey())) {
                    checked.add(new Checked(line, indicator, value, "quarter", "scorecard.upload.twice"));
                } else if (figures.findByIndicatorIdAndQuarterKey(indicator.getId(), line.command().quarterKey()).filter(Figure::isLocked).isPresent()) {
                    checked.add(new Checked(line, indicator, value, "value", "scorecard.error.locked"));
                } else {
                    checked.add(new Checked(line, indicator, value, null, null));
                }
            } catch (ScorecardRefused refused) {
                checked.add(new Checked(line, indicator, null, refused.field(), refused.messageKey()));
            }
        }
        return checked;
    }

    /**
     * Saves every row of a checked upload in one transaction, or none: checked again first, so nothing signed off or
     * changed meanwhile slips in. Returns how many figures were saved.
     */
    @Transactional
    public int enterAll(HubPrincipal actor, List<UploadLine> lines) {
        List<Checked> checked = check(actor, lines);
        if (checked.isEmpty() || checked.stream().anyMatch(c -> !c.ready())) {
            throw new ScorecardRefused("file", "scorecard.upload.notReady");
        }
        for (Checked c : checked) {
            enterFigure(actor, c.indicator().getId(), c.line().command());
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "ScorecardUpload", actor.userId()).withDetail(checked.size() + " figures"));
        return checked.size();
    }

    /** The business unit signs a quarter's figure off; from then on it is locked. */
    @Transactional
    public void signOff(HubPrincipal actor, long indicatorId, String quarterKey) {
        requireBusinessUnit(actor);
        Figure figure = figures.findByIndicatorIdAndQuarterKey(indicatorId, quarterKey)
                .orElseThrow(() -> new ScorecardRefused("figure", "scorecard.error.noFigure"));
        figure.signOff(actor.userId(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "ScorecardFigure", figure.getId()).withDetail("signed off"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Figure> figure(HubPrincipal actor, long indicatorId, String quarterKey) {
        indicator(actor, indicatorId);
        return figures.findByIndicatorIdAndQuarterKey(indicatorId, quarterKey);
    }

    // ---- benchmarks (business unit)

    /** Records (or corrects) a comparator's value for a period, e.g. England 2025-26. */
    @Transactional
    public void recordBenchmark(HubPrincipal actor, long indicatorId, Benchmark.Kind kind, String periodLabel, BigDecimal value) {
        requireBusinessUnit(actor);
        find(indicatorId);
        if (kind == null) {
            throw new ScorecardRefused("kind", "scorecard.error.benchmarkKind");
        }
        if (periodLabel == null || periodLabel.isBlank() || periodLabel.strip().length() > 40) {
            throw new ScorecardRefused("period", "scorecard.error.benchmarkPeriod");
        }
        if (value == null) {
            throw new ScorecardRefused("benchmarkValue", "scorecard.error.value");
        }
        String period = periodLabel.strip();
        Benchmark benchmark = benchmarks.findByIndicatorIdAndKindAndPeriodLabel(indicatorId, kind, period)
                .map(b -> {
                    b.revise(value, clock.instant());
                    return b;
                })
                .orElseGet(() -> benchmarks.save(new Benchmark(indicatorId, kind, period, value, clock.instant())));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "ScorecardIndicator", indicatorId)
                .withDetail("benchmark " + kind + " " + period + " = " + value.toPlainString() + " (" + benchmark.getId() + ")"));
    }

    /** A benchmark row of an uploaded spreadsheet: code, comparator, period and value as read (null when unreadable). */
    public record BenchmarkLine(int row, String code, Benchmark.Kind kind, String period, BigDecimal value) {
    }

    /** A problem with a benchmark row: the column and the reason. */
    public record LineProblem(int row, String column, String messageKey) {
    }

    /**
     * Records benchmarks from a spreadsheet, all or none: every row is checked first and the problems returned (nothing
     * saved) if any row has one. An existing comparator's value for the same period is corrected.
     */
    @Transactional
    public List<LineProblem> recordBenchmarks(HubPrincipal actor, List<BenchmarkLine> lines) {
        requireBusinessUnit(actor);
        List<LineProblem> problems = new ArrayList<>();
        Map<BenchmarkLine, Indicator> found = new LinkedHashMap<>();
        for (BenchmarkLine line : lines) {
            Indicator indicator = line.code() == null ? null : indicators.findByCodeIgnoreCase(line.code().strip()).orElse(null);
            if (indicator == null) {
                problems.add(new LineProblem(line.row(), "Code", "scorecard.upload.code"));
            } else if (line.kind() == null) {
                problems.add(new LineProblem(line.row(), "Comparator", "scorecard.error.benchmarkKind"));
            } else if (line.period() == null || line.period().isBlank() || line.period().strip().length() > 40) {
                problems.add(new LineProblem(line.row(), "Period", "scorecard.error.benchmarkPeriod"));
            } else if (line.value() == null) {
                problems.add(new LineProblem(line.row(), "Value", "scorecard.error.number"));
            } else {
                found.put(line, indicator);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        found.forEach((line, indicator) -> recordBenchmark(actor, indicator.getId(), line.kind(), line.period(), line.value()));
        return List.of();
    }

    // ---- reading

    /** Where a quarter's figure stands for the agency that owes it. */
    public enum Due { ENTERED, ENTERED_LATE, DUE, OVERDUE }

    /** One indicator on the scorecard for a quarter, with last quarter, the same quarter last year and the benchmarks. */
    public record Line(Indicator indicator, String owner, Figure figure, Rag rag, Figure lastQuarter, Travel sinceLastQuarter,
                       Figure lastYear, Travel sinceLastYear, Map<Benchmark.Kind, Benchmark> benchmarks, Due due) {

        public BigDecimal value() {
            return figure == null ? null : figure.getValue();
        }
    }

    public record Group(String name, List<Line> lines) {
    }

    /** The scorecard for a quarter: lines grouped under the priorities, in order, with the count of each RAG. */
    public record View(Quarter quarter, LocalDate due, List<Group> groups, Map<Rag, Long> counts, int total) {

        public long count(Rag rag) {
            return counts.getOrDefault(rag, 0L);
        }

        public List<Line> lines() {
            List<Line> all = new ArrayList<>();
            groups.forEach(g -> all.addAll(g.lines()));
            return all;
        }
    }

    /** The whole scorecard for readers across agencies, or an agency's own indicators for its safeguarding lead. */
    @Transactional(readOnly = true)
    public View view(HubPrincipal actor, Quarter quarter) {
        List<Indicator> shown = readsAcross(actor) ? indicators.findByActiveTrueOrderByPositionAscIdAsc()
                : actor.hasRole(Role.AGENCY_LEAD) ? indicators.findByOwnerAgencyIdAndActiveTrueOrderByPositionAscIdAsc(actor.agencyId())
                : List.of();
        Quarter before = quarter.previous();
        Quarter yearAgo = new Quarter(quarter.financialYear() - 1, quarter.number());
        Map<String, Figure> byKey = new HashMap<>();
        for (Figure f : figures.findByQuarterKeyIn(List.of(quarter.key(), before.key(), yearAgo.key()))) {
            byKey.put(f.getIndicatorId() + "/" + f.getQuarterKey(), f);
        }
        Map<Long, Map<Benchmark.Kind, Benchmark>> latest = new HashMap<>();
        for (Benchmark b : benchmarks.findAllByOrderByRecordedAtAscIdAsc()) { // the latest recorded wins
            latest.computeIfAbsent(b.getIndicatorId(), k -> new EnumMap<>(Benchmark.Kind.class)).put(b.getKind(), b);
        }
        Map<Long, String> agencies = new HashMap<>();
        directory.agencies().forEach(a -> agencies.put(a.id(), a.name()));
        LocalDate due = dueDate(quarter);
        Map<String, List<Line>> grouped = new LinkedHashMap<>();
        Map<Rag, Long> counts = new EnumMap<>(Rag.class);
        for (Indicator i : shown) {
            Figure now = byKey.get(i.getId() + "/" + quarter.key());
            Figure last = byKey.get(i.getId() + "/" + before.key());
            Figure year = byKey.get(i.getId() + "/" + yearAgo.key());
            BigDecimal value = now == null ? null : now.getValue();
            Rag rag = i.rag(value);
            Due state = now != null ? (now.isLate() ? Due.ENTERED_LATE : Due.ENTERED) : today().isAfter(due) ? Due.OVERDUE : Due.DUE;
            Line line = new Line(i, agencies.getOrDefault(i.getOwnerAgencyId(), ""), now, rag, last,
                    i.travel(last == null ? null : last.getValue(), value), year, i.travel(year == null ? null : year.getValue(), value),
                    latest.getOrDefault(i.getId(), Map.of()), state);
            grouped.computeIfAbsent(i.getPriorityGroup() == null ? "" : i.getPriorityGroup(), k -> new ArrayList<>()).add(line);
            counts.merge(rag, 1L, Long::sum);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((name, lines) -> groups.add(new Group(name, lines)));
        return new View(quarter, due, groups, counts, shown.size());
    }

    /** An agency's active indicators with each one's latest figure (null when none has been entered). */
    public record LatestFigure(Indicator indicator, Figure figure) {
    }

    @Transactional(readOnly = true)
    public List<LatestFigure> latestOf(long agencyId) {
        List<Indicator> owned = indicators.findByOwnerAgencyIdAndActiveTrueOrderByPositionAscIdAsc(agencyId);
        Map<Long, Figure> latest = new HashMap<>();
        for (Figure f : owned.isEmpty() ? List.<Figure>of() : figures.findByIndicatorIdIn(owned.stream().map(Indicator::getId).toList())) {
            latest.merge(f.getIndicatorId(), f, (a, b) -> a.getQuarterKey().compareTo(b.getQuarterKey()) >= 0 ? a : b);
        }
        return owned.stream().map(i -> new LatestFigure(i, latest.get(i.getId()))).toList();
    }

    public List<Indicator> allIndicators() {
        return indicators.findByActiveTrueOrderByPositionAscIdAsc();
    }

    /** A point of an indicator's trend: the quarter, its figure (or null) and its RAG. */
    public record Point(Quarter quarter, Figure figure, Rag rag) {

        public BigDecimal value() {
            return figure == null ? null : figure.getValue();
        }
    }

    /** The last {@value #TREND_QUARTERS} quarters of an indicator, oldest first, and its benchmarks. */
    public record History(Indicator indicator, String owner, List<Point> points, List<Benchmark> benchmarks) {
    }

    @Transactional(readOnly = true)
    public History history(HubPrincipal actor, long indicatorId) {
        Indicator indicator = indicator(actor, indicatorId);
        List<Quarter> quarters = new ArrayList<>(quarters());
        java.util.Collections.reverse(quarters);
        Map<String, Figure> byQuarter = new HashMap<>();
        figures.findByIndicatorIdAndQuarterKeyIn(indicatorId, quarters.stream().map(Quarter::key).toList())
                .forEach(f -> byQuarter.put(f.getQuarterKey(), f));
        List<Point> points = quarters.stream().map(q -> {
            Figure f = byQuarter.get(q.key());
            return new Point(q, f, indicator.rag(f == null ? null : f.getValue()));
        }).toList();
        return new History(indicator, directory.agencyName(indicator.getOwnerAgencyId()), points,
                benchmarks.findByIndicatorIdOrderByRecordedAtAscIdAsc(indicatorId));
    }

    /** A download of the scorecard, in the audit trail like every export. */
    public void recordExport(HubPrincipal actor, Quarter quarter) {
        audit.record(AuditEvent.of(AuditAction.EXPORT, "Scorecard", quarter.key()).withDetail(readsAcross(actor) ? "all agencies"
                : "agency " + actor.agencyId()));
    }

    /** How many indicators are red for the reporting quarter: the Executive's dashboard figure. */
    @Transactional(readOnly = true)
    public long offTrack() {
        Quarter quarter = reportingQuarter();
        Map<Long, Figure> now = new HashMap<>();
        figures.findByQuarterKeyIn(List.of(quarter.key())).forEach(f -> now.put(f.getIndicatorId(), f));
        return indicators.findByActiveTrueOrderByPositionAscIdAsc().stream()
                .filter(i -> i.rag(now.containsKey(i.getId()) ? now.get(i.getId()).getValue() : null).offTrack()).count();
    }

    /** How many of an agency's indicators still have no figure for the reporting quarter. */
    @Transactional(readOnly = true)
    public long awaitingFrom(long agencyId) {
        Quarter quarter = reportingQuarter();
        Set<Long> entered = new java.util.HashSet<>();
        figures.findByQuarterKeyIn(List.of(quarter.key())).forEach(f -> entered.add(f.getIndicatorId()));
        return indicators.findByOwnerAgencyIdAndActiveTrueOrderByPositionAscIdAsc(agencyId).stream()
                .filter(i -> !entered.contains(i.getId())).count();
    }
}
