package org.partnershiphub.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** One line of the GOV.UK error summary: the message and the id of the field it links to. */
public record FormErrors(String fieldId, String message) {

    /** The summary lines in the order the fields appear in the form record (global errors first). */
    static List<FormErrors> of(BindingResult result, MessageSource messages, Locale locale) {
        List<FormErrors> lines = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> order = fieldOrder(result);
        List<ObjectError> errors = new ArrayList<>(result.getAllErrors());
        errors.sort(java.util.Comparator.comparingInt(error -> error instanceof FieldError fieldError
                ? (order.indexOf(fieldError.getField()) < 0 ? order.size() : order.indexOf(fieldError.getField())) : -1));
        for (ObjectError error : errors) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : "main-content";
            if (!seen.add(field)) {
                continue;
            }
            lines.add(new FormErrors(field, messages.getMessage(error, locale)));
        }
        return lines;
    }

    private static List<String> fieldOrder(BindingResult result) {
        Class<?> type = result.getTarget() != null ? result.getTarget().getClass() : null;
        if (type != null && type.isRecord()) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
        }
        return List.of();
    }
}
