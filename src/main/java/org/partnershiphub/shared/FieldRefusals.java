package org.partnershiphub.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A command refused by a service, naming each field that stopped it and the message key saying why, in the order the
 * form shows them; the controller puts each next to its field and keeps everything typed.
 */
public class FieldRefusals extends RuntimeException {

    /** One refused field, the message key for it and the values the message names. */
    public record Refusal(String field, String messageKey, List<Object> arguments) {

        public Refusal {
            arguments = List.copyOf(arguments);
        }

        public Refusal(String field, String messageKey) {
            this(field, messageKey, List.of());
        }

        /** The values as the message source takes them. */
        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    private final List<Refusal> refusals;

    public FieldRefusals(List<Refusal> refusals) {
        super(refusals.toString());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** Collects refusals while a command is checked, then throws them together. */
    public static final class Collector {
        private final List<Refusal> found = new ArrayList<>();

        public void reject(String field, String messageKey, Object... arguments) {
            found.add(new Refusal(field, messageKey, List.of(arguments)));
        }

        /** What was found so far, for a form that shows them next to problems of its own. */
        public List<Refusal> found() {
            return List.copyOf(found);
        }

        public boolean has(String field) {
            return found.stream().anyMatch(r -> r.field().equals(field));
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new FieldRefusals(found);
            }
        }
    }
}
