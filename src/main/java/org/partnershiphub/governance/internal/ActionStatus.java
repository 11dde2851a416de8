package org.partnershiphub.governance.internal;

/** Where an action from a meeting stands; open and in progress actions past their due date are overdue. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, COMPLETE, CLOSED_NOT_COMPLETED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
