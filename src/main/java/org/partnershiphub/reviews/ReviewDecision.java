package org.partnershiphub.reviews;

/** What the rapid review decided. */
public enum ReviewDecision {
    LOCAL_PRACTICE_REVIEW, OTHER_LEARNING_REVIEW, NO_FURTHER_REVIEW
}
