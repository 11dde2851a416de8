package org.partnershiphub.identity;

public enum GroupType {
    EXECUTIVE, SUBGROUP, TASK_AND_FINISH, REVIEW_GROUP, SCRUTINY_BOARD, PARTNERSHIP_BOARD
}
