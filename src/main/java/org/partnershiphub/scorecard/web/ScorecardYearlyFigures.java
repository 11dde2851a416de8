package org.partnershiphub.scorecard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.scorecard.internal.Polarity;
import org.partnershiphub.scorecard.internal.Rag;
import org.partnershiphub.scorecard.internal.Travel;
import org.partnershiphub.scorecard.internal.Unit;
import org.partnershiphub.shared.Quarter;
import org.partnershiphub.shared.YearlyFigures;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard in the yearly report: for each quarter ending in the period, how many active indicators were green,
 * amber and red (off track, as the Executive's dashboard counts) and how many had no figure; then every active
 * indicator at the latest of those quarters with a figure, with its target, RAG and direction of travel since the
 * quarter before. RAG and travel are the scorecard's own ({@link Rag}, {@link Travel}), worked out once per distinct
 * figure, target and polarity that the aggregate query returns.
 */
@Component
class ScorecardYearlyFigures implements YearlyFigures {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Directory directory;

    ScorecardYearlyFigures(JdbcTemplate jdbc, MessageSource messages, Directory directory) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.directory = directory;
    }

    @Override
    public Section section() {
        return Section.SCORECARD;
    }

    @Override
    public int order() {
        return 10;
    }

    /** The quarters whose last day falls in the period, oldest first. */
    static List<Quarter> quartersEndingIn(LocalDate from, LocalDate to) {
        List<Quarter> quarters = new ArrayList<>();
        if (to.isBefore(from)) {
            return quarters;
        }
        for (Quarter q = Quarter.of(from); !q.end().isAfter(to); q = q.next()) {
            if (!q.end().isBefore(from)) {
                quarters.add(q);
            }
        }
        return quarters;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        ScorecardRows words = new ScorecardRows(messages);
        List<Quarter> quarters = quartersEndingIn(from, to);
        int active = jdbc.queryForObject("select count(*) from sc_indicator where active = true", Integer.class);
        Map<String, Map<Rag, Integer>> byQuarter = new LinkedHashMap<>();
        if (!quarters.isEmpty()) {
            String marks = String.join(", ", quarters.stream().map(q -> "?").toList());
            jdbc.query("select f.quarter_key, i.polarity, i.target, i.target_upper, i.tolerance, f.figure_value, count(*) "
                    + "from sc_figure f join sc_indicator i on i.id = f.indicator_id where i.active = true and f.quarter_key in (" + marks + ") "
                    + "group by f.quarter_key, i.polarity, i.target, i.target_upper, i.tolerance, f.figure_value", rs -> {
                        Rag rag = Rag.of(Polarity.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                                rs.getBigDecimal(6));
                        byQuarter.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Rag.class)).merge(rag, rs.getInt(7), Integer::sum);
                    }, quarters.stream().map(Quarter::key).toArray());
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Quarter latest = null;
        for (Quarter q : quarters) {
            Map<Rag, Integer> counts = byQuarter.get(q.key());
            if (counts == null) {
                notes.add("No figures were entered for " + q.label() + ".");
                continue;
            }
            latest = q;
            int entered = counts.values().stream().mapToInt(Integer::intValue).sum();
            rows.add(List.of(q.label(), String.valueOf(active), count(counts, Rag.GREEN), count(counts, Rag.AMBER), count(counts, Rag.RED),
                    count(counts, Rag.NONE), String.valueOf(active - entered)));
            if (entered < active) {
                notes.add(q.label() + ": " + (active - entered) + " of " + active + " indicators had no figure.");
            }
        }
        if (rows.isEmpty()) {
            notes = List.of("None in the period");
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("Scorecard indicators by RAG, quarter by quarter",
                List.of("Quarter", "Indicators", words.rag(Rag.GREEN).text(), words.rag(Rag.AMBER).text(), words.rag(Rag.RED).text(),
                        "Figure with no target", "No figure"), rows, notes, List.of(2, 3, 4)));
        tables.add(latest == null
                ? Table.of("Scorecard indicators at the latest quarter", headers(), List.of(), List.of("None in the period"))
                : indicatorsAt(latest, words));
        return tables;
    }

    private static String count(Map<Rag, Integer> counts, Rag rag) {
        return String.valueOf(counts.getOrDefault(rag, 0));
    }

    private static List<String> headers() {
        return List.of("Priority", "Indicator", "Owner", "Figure", "Target", "RAG", "Since last quarter");
    }

    /** Every active indicator, in the scorecard's order, with its figure for the quarter and the quarter before. */
    private Table indicatorsAt(Quarter quarter, ScorecardRows words) {
        Map<Long, String> owners = new HashMap<>();
        directory.agencies().forEach(a -> owners.put(a.id(), a.name()));
        List<List<String>> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        jdbc.query("select i.code, i.title, i.priority_group, i.owner_agency_id, i.unit, i.polarity, i.target, i.target_upper, i.tolerance, "
                + "f.figure_value, p.figure_value from sc_indicator i "
                + "left join sc_figure f on f.indicator_id = i.id and f.quarter_key = ? "
                + "left join sc_figure p on p.indicator_id = i.id and p.quarter_key = ? "
                + "where i.active = true order by i.position, i.id", rs -> {
                    Unit unit = Unit.valueOf(rs.getString(5));
                    Polarity polarity = Polarity.valueOf(rs.getString(6));
                    BigDecimal target = rs.getBigDecimal(7);
                    BigDecimal upper = rs.getBigDecimal(8);
                    BigDecimal now = rs.getBigDecimal(10);
                    String name = rs.getString(1) + " " + rs.getString(2);
                    if (now == null) {
                        missing.add(name);
                    }
                    rows.add(List.of(rs.getString(3) == null ? words.noGroup() : rs.getString(3), name,
                            owners.getOrDefault(rs.getLong(4), ""), now == null ? "No figure" : ScorecardFormat.value(unit, now),
                            words.target(unit, polarity, target, upper), words.rag(Rag.of(polarity, target, upper, rs.getBigDecimal(9), now)).text(),
                            words.travel(Travel.of(polarity, target, upper, rs.getBigDecimal(11), now)).text()));
                }, quarter.key(), quarter.previous().key());
        List<String> notes = missing.isEmpty() ? List.of() : List.of("No figure for " + quarter.label() + ": " + String.join("; ", missing) + ".");
        return Table.of("Scorecard indicators at " + quarter.label(), headers(), rows, notes);
    }
}
