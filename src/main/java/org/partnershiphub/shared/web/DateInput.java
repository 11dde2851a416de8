package org.partnershiphub.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

/**
 * The three boxes of a GOV.UK date input (day, month, year), bound as {@code field.day}, {@code field.month},
 * {@code field.year}. Kept as typed so a wrong date comes back to the person exactly as they entered it.
 */
public record DateInput(String day, String month, String year) {

    public static final DateInput EMPTY = new DateInput("", "", "");

    public static DateInput of(LocalDate date) {
        return date == null ? EMPTY : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The date, or null when left blank and not required. A missing or impossible date is rejected on {@code field}
     * with {@code requiredKey} or {@code date.error.real}.
     */
    public static LocalDate read(DateInput input, String field, BindingResult errors, boolean required, String requiredKey) {
        if (input == null || input.isBlank()) {
            if (required) {
                errors.rejectValue(field, requiredKey);
            }
            return null;
        }
        try {
            int y = Integer.parseInt(input.year().strip());
            if (y < 1900 || y > 2200) {
                throw new DateTimeException("year out of range");
            }
            return LocalDate.of(y, Integer.parseInt(input.month().strip()), Integer.parseInt(input.day().strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            errors.rejectValue(field, "date.error.real");
            return null;
        }
    }
}
