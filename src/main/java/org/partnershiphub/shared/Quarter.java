package org.partnershiphub.shared;

import java.time.LocalDate;

/**
 * A quarter of the partnership's financial year (April to March), the rhythm of business plan updates:
 * Q1 is April to June. {@code new Quarter(2024, 3)} is "Q3 2024-25", October to December 2024.
 */
public record Quarter(int financialYear, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        int month = date.getMonthValue();
        int year = month >= 4 ? date.getYear() : date.getYear() - 1;
        int number = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return new Quarter(year, number);
    }

    public LocalDate start() {
        int month = 4 + (number - 1) * 3;
        return month > 12 ? LocalDate.of(financialYear + 1, month - 12, 1) : LocalDate.of(financialYear, month, 1);
    }

    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(financialYear + 1, 1) : new Quarter(financialYear, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(financialYear - 1, 4) : new Quarter(financialYear, number - 1);
    }

    /** "Q3 2024-25", as people write it. */
    public String label() {
        return "Q" + number + " " + financialYear + "-" + String.format("%02d", (financialYear + 1) % 100);
    }

    /** The quarter of a key such as {@code 2024Q3}; empty when it is not one. */
    public static java.util.Optional<Quarter> ofKey(String key) {
        if (key == null || !key.matches("\\d{4}Q[1-4]")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Quarter(Integer.parseInt(key.substring(0, 4)), key.charAt(5) - '0'));
    }

    /** The quarters a plan's updates can report on: those of its period that have begun, newest first. */
    public static java.util.List<Quarter> reportable(int firstYear, int lastYear, LocalDate today) {
        java.util.List<Quarter> quarters = new java.util.ArrayList<>();
        Quarter now = of(today);
        for (Quarter q = new Quarter(firstYear, 1); q.financialYear() < Math.max(lastYear, firstYear + 1); q = q.next()) {
            if (!q.start().isAfter(today)) {
                quarters.add(0, q);
            }
        }
        if (quarters.isEmpty()) { // a plan whose period has not begun: the current quarter
            quarters.add(now);
        }
        return quarters;
    }

    /** A compact sortable key stored with an action's status, e.g. {@code 2024Q3}. */
    public String key() {
        return financialYear + "Q" + number;
    }
}
