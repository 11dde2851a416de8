package org.partnershiphub.reviews;

/** Where a case is. Display names under {@code stage.<NAME>}. */
public enum Stage {
    REFERRED, NOT_NOTIFIED, RAPID_REVIEW, LOCAL_REVIEW, PUBLISHED, CLOSED;

    public boolean open() {
        return this == REFERRED || this == RAPID_REVIEW || this == LOCAL_REVIEW;
    }
}
