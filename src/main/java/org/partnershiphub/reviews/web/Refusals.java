package org.partnershiphub.reviews.web;

import org.partnershiphub.reviews.internal.WorkflowRefusal;
import org.springframework.validation.BindingResult;

/** Puts a refused step on the form: each refused value next to its field, anything else at the top of the page. */
final class Refusals {

    private Refusals() {
    }

    static void reject(BindingResult errors, WorkflowRefusal refusal) {
        if (refusal.fieldProblems().isEmpty()) {
            errors.reject(refusal.messageKey(), refusal.arguments(), null);
            return;
        }
        for (WorkflowRefusal.FieldProblem problem : refusal.fieldProblems()) {
            errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
        }
    }
}
