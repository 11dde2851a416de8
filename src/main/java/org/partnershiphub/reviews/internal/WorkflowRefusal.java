package org.partnershiphub.reviews.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A step the workflow does not allow now, with the message key that tells the person why. A refusal about what was
 * typed names the field (or fields) it is about, so the page can show the message next to it.
 */
public class WorkflowRefusal extends RuntimeException {

    /** One refused value: the form field, the message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }

    private final String messageKey;
    private final Object[] arguments;
    private final List<FieldProblem> fieldProblems;

    public WorkflowRefusal(String messageKey, Object... arguments) {
        this(messageKey, arguments, List.of());
    }

    private WorkflowRefusal(String messageKey, Object[] arguments, List<FieldProblem> fieldProblems) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** A refusal of one typed value. */
    public static WorkflowRefusal onField(String field, String messageKey, Object... arguments) {
        return new WorkflowRefusal(messageKey, arguments, List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    /** The fields refused, first problem first; empty when the refusal is about the case, not a value. */
    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** Collects the problems with several typed values, so every one is shown at once. */
    static final class Collector {

        private final List<FieldProblem> problems = new ArrayList<>();

        Collector reject(String field, String messageKey, Object... arguments) {
            problems.add(new FieldProblem(field, messageKey, arguments));
            return this;
        }

        boolean has(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                FieldProblem first = problems.getFirst();
                throw new WorkflowRefusal(first.messageKey(), first.arguments(), problems);
            }
        }
    }
}
