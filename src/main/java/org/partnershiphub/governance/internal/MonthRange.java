package org.partnershiphub.governance.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When minutes say a report is due: a month ("September 2023", "Sept 2023", "2023-09") or a range of months
 * ("September/October 2023", "Sep-Oct 2023", "December 2023 to January 2024"), kept as written.
 */
public record MonthRange(YearMonth from, YearMonth to, String asWritten) {

    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern SINGLE = Pattern.compile(MONTH + "\\s+(\\d{4})");
    private static final Pattern RANGE = Pattern.compile(MONTH + "(?:\\s+(\\d{4}))?\\s*(?:/|-|–|to|or)\\s*" + MONTH + "\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})");

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    public static Optional<MonthRange> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 100) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
                return Optional.of(new MonthRange(month, month, text));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        Matcher single = SINGLE.matcher(text);
        if (single.matches()) {
            return month(single.group(1)).map(m -> {
                YearMonth month = YearMonth.of(Integer.parseInt(single.group(2)), m);
                return new MonthRange(month, month, text);
            });
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            Optional<Month> first = month(range.group(1));
            Optional<Month> last = month(range.group(3));
            if (first.isEmpty() || last.isEmpty()) {
                return Optional.empty();
            }
            int lastYear = Integer.parseInt(range.group(4));
            // "December/January 2024": the first month is in the year before
            int firstYear = range.group(2) != null ? Integer.parseInt(range.group(2))
                    : first.get().getValue() > last.get().getValue() ? lastYear - 1 : lastYear;
            YearMonth from = YearMonth.of(firstYear, first.get());
            YearMonth to = YearMonth.of(lastYear, last.get());
            if (to.isBefore(from) || from.plusMonths(11).isBefore(to)) {
                return Optional.empty();
            }
            return Optional.of(new MonthRange(from, to, text));
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.UK);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
            if (full.equals(w) || w.length() >= 3 && full.startsWith(w) || m == Month.SEPTEMBER && w.equals("sept")) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
