package org.partnershiphub.reviews.web;

import jakarta.servlet.http.HttpServletRequest;

import org.partnershiphub.reviews.internal.WorkflowRefusal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A step opened out of turn (say, the rapid review page before the Panel was notified) returns to the case with why. */
@ControllerAdvice(assignableTypes = {ReviewsController.class, ReviewStepsController.class})
class WorkflowRefusalAdvice {

    @ExceptionHandler(WorkflowRefusal.class)
    String refused(WorkflowRefusal refusal, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", refusal.messageKey());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        return parts.length >= 3 ? "redirect:/reviews/" + parts[2] : "redirect:/reviews";
    }
}
