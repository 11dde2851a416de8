package org.partnershiphub.scorecard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

import org.partnershiphub.scorecard.internal.Unit;

/** Figures as people read them ("72.5%", "1,204", "38.1 per 10,000", "21 days") and as they type them. */
public final class ScorecardFormat {

    private ScorecardFormat() {
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    public static String value(Unit unit, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> number(value) + "%";
            case RATE_PER_10000 -> number(value) + " per 10,000";
            case DAYS -> number(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
            case NUMBER -> number(value);
        };
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d{1,10}(\\.\\d{1,4})?");

    /** A typed number without its thousands separators and a trailing "%". */
    private static String cleaned(String typed) {
        return typed.strip().replace(",", "").replaceAll("%$", "").strip();
    }

    /** A typed number: "72.5", "72.5%", "1,204", " 38 "; empty when blank or not a number (see {@link #readable}). */
    public static Optional<BigDecimal> parse(String typed) {
        return typed == null || typed.isBlank() || !readable(typed) ? Optional.empty() : Optional.of(new BigDecimal(cleaned(typed)));
    }

    /** A quarter as spreadsheets write it: "Q2 2026-27", "Q2 2026/27", "2026-27 Q2" or the key "2026Q2"; empty otherwise. */
    public static Optional<org.partnershiphub.shared.Quarter> quarter(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().toUpperCase(Locale.UK).replaceAll("\\s+", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Q([1-4]) (\\d{4})[-/](\\d{2}|\\d{4})").matcher(t);
        if (m.matches()) {
            return Optional.of(new org.partnershiphub.shared.Quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = java.util.regex.Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4}) Q([1-4])").matcher(t);
        if (m.matches()) {
            return Optional.of(new org.partnershiphub.shared.Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))));
        }
        return org.partnershiphub.shared.Quarter.ofKey(t);
    }

    /** Whether a typed value is blank or a number. */
    public static boolean readable(String typed) {
        return typed == null || typed.isBlank() || NUMBER.matcher(cleaned(typed)).matches();
    }
}
