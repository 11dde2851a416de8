package org.partnershiphub.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rhythm of chasing something missing before a deadline, and the record of what was sent, so a restart never sends
 * a message twice: one reminder in the days before the deadline, then a chase the day after it and again every
 * interval while it is still missing. Each module keeps the record in its own table of key columns, {@code kind} and
 * {@code sent_at}; table and column names come from code, never from input.
 */
public final class ChaseLedger {

    public static final String BEFORE = "BEFORE";
    public static final String AFTER = "AFTER";

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> keyColumns;
    private final String where;

    public ChaseLedger(JdbcTemplate jdbc, String table, String... keyColumns) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumns = List.of(keyColumns);
        this.where = this.keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" and ")) + " and kind = ?";
    }

    /**
     * The kind of message the day calls for: {@link #BEFORE} from {@code remindDaysBefore} days before the deadline to
     * the deadline itself, {@link #AFTER} from the day after it for {@code chaseForDays} days; empty otherwise.
     */
    public static Optional<String> kind(LocalDate today, LocalDate deadline, int remindDaysBefore, int chaseForDays) {
        if (today.isAfter(deadline)) {
            return today.isAfter(deadline.plusDays(chaseForDays)) ? Optional.empty() : Optional.of(AFTER);
        }
        return today.isBefore(deadline.minusDays(remindDaysBefore)) ? Optional.empty() : Optional.of(BEFORE);
    }

    /** Whether the message is due: a reminder that was never sent, or a chase last sent at least {@code every} ago. */
    public boolean due(String kind, Instant now, Duration every, Object... keys) {
        List<Timestamp> sent = jdbc.queryForList("select sent_at from " + table + " where " + where, Timestamp.class, args(kind, keys));
        return sent.isEmpty() || kind.equals(AFTER) && !sent.get(0).toInstant().plus(every).isAfter(now);
    }

    /** Records the message as sent now. */
    public void sent(String kind, Instant at, Object... keys) {
        Object[] args = args(kind, keys);
        Object[] update = new Object[args.length + 1];
        update[0] = Timestamp.from(at);
        System.arraycopy(args, 0, update, 1, args.length);
        if (jdbc.update("update " + table + " set sent_at = ? where " + where, update) == 0) {
            String columns = String.join(", ", keyColumns) + ", kind, sent_at";
            String marks = "?, ".repeat(keyColumns.size() + 1) + "?";
            Object[] insert = new Object[args.length + 1];
            System.arraycopy(args, 0, insert, 0, args.length);
            insert[args.length] = Timestamp.from(at);
            jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", insert);
        }
    }

    private Object[] args(String kind, Object... keys) {
        if (keys.length != keyColumns.size()) {
            throw new IllegalArgumentException("expected " + keyColumns.size() + " keys");
        }
        Object[] args = new Object[keys.length + 1];
        System.arraycopy(keys, 0, args, 0, keys.length);
        args[keys.length] = kind;
        return args;
    }
}
