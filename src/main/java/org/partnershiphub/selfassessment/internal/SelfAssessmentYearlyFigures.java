package org.partnershiphub.selfassessment.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.YearlyFigures;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 11 and Section 175 self-assessments in the yearly report, counted as the cycle's report counts them: for each
 * cycle due in the period, the agencies asked (a return each), those that returned (submitted or moderated), those
 * that returned after the due date, and the ratings of the active standards in the returned returns, the agreed
 * (moderated) rating where there is one and the agency's own until then ({@link Answer#agreedRating}). Notes name the
 * agencies that did not return.
 */
@Component
class SelfAssessmentYearlyFigures implements YearlyFigures {

    private static final String CYCLES_DUE = "c.due_on >= ? and c.due_on <= ?";

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final MessageSource messages;

    SelfAssessmentYearlyFigures(JdbcTemplate jdbc, Directory directory, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public Section section() {
        return Section.QUALITY_ASSURANCE;
    }

    @Override
    public int order() {
        return 10;
    }

    private record CycleLine(long id, String name, int asked, int returned, int late, TreeSet<Framework> frameworks, Map<Rating, Integer> ratings) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        Object[] period = {Date.valueOf(from), Date.valueOf(to)};
        Map<Long, CycleLine> cycles = new LinkedHashMap<>();
        jdbc.query("select c.id, c.name, count(r.id), sum(case when " + AgencyReturn.Status.RETURNED_SQL + " then 1 else 0 end), "
                + "sum(case when " + AgencyReturn.Status.RETURNED_SQL + " and r.late = true then 1 else 0 end) "
                + "from sa_cycle c left join sa_return r on r.cycle_id = c.id where " + CYCLES_DUE + " group by c.id, c.name, c.due_on "
                + "order by c.due_on, c.id", rs -> {
                    cycles.put(rs.getLong(1), new CycleLine(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), new TreeSet<>(),
                            new EnumMap<>(Rating.class)));
                }, period);
        jdbc.query("select r.cycle_id, r.framework from sa_return r join sa_cycle c on c.id = r.cycle_id where " + CYCLES_DUE
                + " group by r.cycle_id, r.framework", rs -> {
                    cycles.get(rs.getLong(1)).frameworks().add(Framework.valueOf(rs.getString(2)));
                }, period);
        jdbc.query("select r.cycle_id, " + Answer.AGREED_RATING_SQL + ", count(*) from sa_answer a join sa_return r on r.id = a.return_id "
                + "join sa_cycle c on c.id = r.cycle_id join sa_standard s on s.id = a.standard_id where " + CYCLES_DUE + " and s.active = true and "
                + AgencyReturn.Status.RETURNED_SQL + " and " + Answer.AGREED_RATING_SQL + " is not null group by r.cycle_id, " + Answer.AGREED_RATING_SQL,
                rs -> {
                    cycles.get(rs.getLong(1)).ratings().put(Rating.valueOf(rs.getString(2)), rs.getInt(3));
                }, period);
        List<String> notes = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        directory.agencies().forEach(a -> names.put(a.id(), a.name()));
        Map<Long, List<String>> missing = new LinkedHashMap<>();
        jdbc.query("select r.cycle_id, r.agency_id from sa_return r join sa_cycle c on c.id = r.cycle_id where " + CYCLES_DUE + " and not ("
                + AgencyReturn.Status.RETURNED_SQL + ")", rs -> {
                    missing.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(names.getOrDefault(rs.getLong(2), "Agency " + rs.getLong(2)));
                }, period);
        List<List<String>> rows = new ArrayList<>();
        for (CycleLine c : cycles.values()) {
            int red = c.ratings().getOrDefault(Rating.RED, 0);
            int amber = c.ratings().getOrDefault(Rating.AMBER, 0);
            int green = c.ratings().getOrDefault(Rating.GREEN, 0);
            int rated = red + amber + green;
            rows.add(List.of(c.name(), String.join(", ", c.frameworks().stream()
                            .map(f -> messages.getMessage("sa.frameworkShort." + f, null, f.name(), Locale.UK)).toList()),
                    String.valueOf(c.asked()), String.valueOf(c.returned()), String.valueOf(c.late()), String.valueOf(red), String.valueOf(amber),
                    String.valueOf(green), rated == 0 ? "" : Math.round(100f * green / rated) + "%"));
            List<String> absent = missing.get(c.id());
            if (absent != null) {
                absent.sort(null);
                notes.add(c.name() + ": " + absent.size() + (absent.size() == 1 ? " agency did not return: " : " agencies did not return: ")
                        + String.join(", ", absent) + ".");
            }
        }
        if (rows.isEmpty()) {
            notes.add("None in the period");
        }
        return List.of(new Table("Section 11 and Section 175 self-assessments", List.of("Cycle", "Frameworks", "Agencies asked", "Returned",
                "Returned late", "Standards rated red", "Standards rated amber", "Standards rated green", "Rated green (%)"), rows, notes,
                List.of(5, 6, 7)));
    }
}
