package org.partnershiphub.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the lines of the GOV.UK error summary in the model of any page whose form has errors, in field order. */
class FormErrorsInterceptor implements HandlerInterceptor {

    private final MessageSource messages;

    FormErrorsInterceptor(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getModel().containsKey("formErrors")) {
            return;
        }
        List<FormErrors> lines = new ArrayList<>();
        view.getModel().forEach((name, value) -> {
            if (name.startsWith(BindingResult.MODEL_KEY_PREFIX) && value instanceof BindingResult result && result.hasErrors()) {
                lines.addAll(FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
            }
        });
        if (!lines.isEmpty()) {
            view.addObject("formErrors", lines);
        }
    }
}
