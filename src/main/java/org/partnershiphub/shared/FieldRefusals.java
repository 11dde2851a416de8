package org.partnershiphub.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A command refused by a service, naming each field that stopped it and the message key saying why, in the order the
 * form shows them; the controller puts each next to its field and keeps everything typed.
 */
public class FieldRefusals extends RuntimeException {

    /** One refused field and the message key for it. */
    public record Refusal(String field, String messageKey) {
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

        public void reject(String field, String messageKey) {
            found.add(new Refusal(field, messageKey));
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
