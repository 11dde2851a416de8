package org.partnershiphub.strategy.internal;

import org.partnershiphub.shared.Quarter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an action is due, written the way plans write it: a date ("31 March 2025", "31/03/2025"), a month
 * ("Sept 2019", "January 2025"), a financial quarter ("Q3 2024-25"), "Quarterly" (recurring) or "Ongoing".
 * Impossible dates such as 31/02/2025 are refused, not rolled over.
 */
public record Timescale(Kind kind, String text, LocalDate dueDate) {

    /** AS_WRITTEN: words this cannot read as a date ("June 2018 to", "2018-19", "onwards"), kept and shown as the plan wrote them. */
    public enum Kind { DATE, MONTH, QUARTER, QUARTERLY, ONGOING, AS_WRITTEN }

    /** The longest timescale kept as written. */
    public static final int MAX_WRITTEN = 200;

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER), Map.entry("september", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("october", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER));

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\\.? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.? (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("q([1-4]) (\\d{4})[-/](\\d{2}|\\d{4})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHOWN_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    /**
     * The timescale as the plan wrote it: read as a date, month, quarter, "Quarterly" or "Ongoing" where it is one, and
     * otherwise kept as written with no due date. Empty when blank, too long, or a date that cannot exist (31/02/2025):
     * that is a typing mistake, not a way of writing a timescale.
     */
    public static Optional<Timescale> asWritten(String written) {
        if (written == null || written.isBlank() || written.strip().length() > MAX_WRITTEN) {
            return Optional.empty();
        }
        Optional<Timescale> read = parse(written);
        if (read.isPresent()) {
            return read;
        }
        String text = written.trim().toLowerCase(Locale.UK).replaceAll("\\s+", " ").replace(",", "");
        Matcher words = WORDS.matcher(text);
        if (NUMERIC.matcher(text).matches() || ISO.matcher(text).matches() || words.matches() && MONTHS.containsKey(words.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new Timescale(Kind.AS_WRITTEN, written.strip().replaceAll("\\s+", " "), null));
    }

    /** The timescale, or empty when the text is not one this understands. */
    public static Optional<Timescale> parse(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String text = written.trim().toLowerCase(Locale.UK).replaceAll("\\s+", " ").replace(",", "");
        try {
            if (text.equals("ongoing")) {
                return Optional.of(new Timescale(Kind.ONGOING, "Ongoing", null));
            }
            if (text.equals("quarterly")) {
                return Optional.of(new Timescale(Kind.QUARTERLY, "Quarterly", null));
            }
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = NUMERIC.matcher(text);
            if (m.matches()) {
                return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = WORDS.matcher(text);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return date(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)).getValue(), Integer.parseInt(m.group(1)));
            }
            m = MONTH_YEAR.matcher(text);
            if (m.matches() && MONTHS.containsKey(m.group(1))) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)));
                return Optional.of(new Timescale(Kind.MONTH, SHOWN_MONTH.format(month), month.atEndOfMonth()));
            }
            m = QUARTER.matcher(text);
            if (m.matches()) {
                int first = Integer.parseInt(m.group(2));
                int second = Integer.parseInt(m.group(3));
                if (second % 100 != (first + 1) % 100) {
                    return Optional.empty();
                }
                Quarter quarter = new Quarter(first, Integer.parseInt(m.group(1)));
                return Optional.of(new Timescale(Kind.QUARTER, quarter.label(), quarter.end()));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Timescale> date(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day); // throws for 31/02, never rolls over
        return Optional.of(new Timescale(Kind.DATE, SHOWN.format(date), date));
    }

    /** Recurring and ongoing actions have no single due date and are never overdue. */
    public boolean hasDueDate() {
        return dueDate != null;
    }
}
