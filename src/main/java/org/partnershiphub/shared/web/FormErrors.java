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

    static List<FormErrors> of(BindingResult result, MessageSource messages, Locale locale) {
        List<FormErrors> lines = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : "main-content";
            if (!seen.add(field)) {
                continue;
            }
            lines.add(new FormErrors(field, messages.getMessage(error, locale)));
        }
        return lines;
    }
}
