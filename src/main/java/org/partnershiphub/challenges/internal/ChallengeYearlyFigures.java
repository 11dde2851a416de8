package org.partnershiphub.challenges.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.shared.YearlyFigures;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenge log in the yearly report: challenges raised in the period by where they stand now, how many still
 * await a response that was due before today (the log's own overdue rule, {@link ChallengeLogEntry#isOverdue}) and
 * how many were answered after the day the response was due.
 */
@Component
class ChallengeYearlyFigures implements YearlyFigures {

    private final JdbcTemplate jdbc;
    private final ChallengeLog log;
    private final MessageSource messages;

    ChallengeYearlyFigures(JdbcTemplate jdbc, ChallengeLog log, MessageSource messages) {
        this.jdbc = jdbc;
        this.log = log;
        this.messages = messages;
    }

    @Override
    public Section section() {
        return Section.CHALLENGE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        Map<ChallengeStatus, int[]> byStatus = new EnumMap<>(ChallengeStatus.class);
        jdbc.query("select e.status, count(*), sum(case when " + ChallengeLogEntry.OVERDUE_SQL + " then 1 else 0 end), "
                + "sum(case when e.responded_on > e.response_due then 1 else 0 end) from challenge_log_entry e "
                + "where e.raised_on >= ? and e.raised_on <= ? group by e.status", rs -> {
                    byStatus.put(ChallengeStatus.valueOf(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                }, Date.valueOf(log.today()), Date.valueOf(from), Date.valueOf(to));
        List<String> headers = List.of("Where the challenge stands", "Challenges", "Response overdue", "Answered after the due date");
        if (byStatus.isEmpty()) {
            return List.of(Table.of("Challenges raised in the period", headers, List.of(), List.of("None in the period")));
        }
        int[] total = new int[3];
        List<List<String>> rows = new ArrayList<>();
        for (ChallengeStatus status : ChallengeStatus.values()) {
            int[] c = byStatus.getOrDefault(status, new int[3]);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
            rows.add(row(messages.getMessage(status.messageKey(), null, status.name(), Locale.UK), c));
        }
        rows.add(row("All challenges", total));
        List<String> notes = total[1] == 0 ? List.of()
                : List.of(total[1] + (total[1] == 1 ? " challenge is" : " challenges are") + " still waiting for a response that was due.");
        return List.of(Table.of("Challenges raised in the period", headers, rows, notes));
    }

    private static List<String> row(String label, int[] c) {
        return List.of(label, String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]));
    }
}
