package org.partnershiphub.governance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * How a decision was reached, as minutes record it: agreed without a vote; a vote with the numbers; or a majority vote
 * whose numbers were not minuted. A vote was carried or not; someone may have asked for a recorded vote, and the
 * names voting for, against and abstaining may be listed. The rules (a vote has an outcome, numbers agree with it,
 * names only with a vote and never more than the votes counted) are here, reported per field.
 */
public record MinutedVote(DecisionLog.Vote vote, GovernanceRecords.VoteDetail detail) {

    public static final String NO_VOTE = "no";
    public static final String COUNTED = "yes";
    public static final String MAJORITY = "majority";
    public static final String CARRIED = "CARRIED";
    public static final String NOT_CARRIED = "NOT_CARRIED";

    /** What the form says, as typed. */
    public record Typed(String method, String votesFor, String votesAgainst, String votesAbstaining, String outcome, String requestedBy,
                        String namesFor, String namesAgainst, String namesAbstaining) {
    }

    /**
     * Reads the vote, reporting each problem as (field, message key); returns null when there was a problem.
     */
    public static MinutedVote read(Typed typed, BiConsumer<String, String> reject) {
        List<String> problems = new ArrayList<>();
        BiConsumer<String, String> collect = (field, key) -> {
            problems.add(field);
            reject.accept(field, key);
        };
        String method = typed.method();
        if (!NO_VOTE.equals(method) && !COUNTED.equals(method) && !MAJORITY.equals(method)) {
            collect.accept("voteTaken", "gov.decision.error.voteTaken");
            return null;
        }
        List<String> namesFor = names(typed.namesFor(), "namesFor", collect);
        List<String> namesAgainst = names(typed.namesAgainst(), "namesAgainst", collect);
        List<String> namesAbstaining = names(typed.namesAbstaining(), "namesAbstaining", collect);
        String requestedBy = typed.requestedBy() == null || typed.requestedBy().isBlank() ? null : typed.requestedBy().strip();
        if (requestedBy != null && requestedBy.length() > 200) {
            collect.accept("voteRequestedBy", "gov.decision.error.nameTooLong");
        }
        if (NO_VOTE.equals(method)) {
            if (requestedBy != null || !namesFor.isEmpty() || !namesAgainst.isEmpty() || !namesAbstaining.isEmpty()) {
                collect.accept("voteTaken", "gov.decision.error.namesWithoutVote");
            }
            return problems.isEmpty() ? new MinutedVote(null, GovernanceRecords.VoteDetail.NONE) : null;
        }
        String outcome = typed.outcome();
        if (!CARRIED.equals(outcome) && !NOT_CARRIED.equals(outcome)) {
            collect.accept("outcome", "gov.decision.error.outcome");
            outcome = null;
        }
        DecisionLog.Vote vote = DecisionLog.Vote.UNCOUNTED;
        if (COUNTED.equals(method)) {
            Integer inFavour = count(typed.votesFor(), "votesFor", collect);
            Integer against = count(typed.votesAgainst(), "votesAgainst", collect);
            Integer abstaining = count(typed.votesAbstaining(), "votesAbstaining", collect);
            if (inFavour != null && against != null && abstaining != null) {
                if (inFavour + against + abstaining == 0) {
                    collect.accept("votesFor", "gov.decision.error.noVotes");
                } else {
                    vote = new DecisionLog.Vote(inFavour, against, abstaining);
                    // a tie may go either way on the chair's casting vote; otherwise the numbers decide
                    if (CARRIED.equals(outcome) && inFavour < against || NOT_CARRIED.equals(outcome) && inFavour > against) {
                        collect.accept("outcome", "gov.decision.error.outcomeAgainstNumbers");
                    }
                    if (namesFor.size() > inFavour) {
                        collect.accept("namesFor", "gov.decision.error.moreNamesThanVotes");
                    }
                    if (namesAgainst.size() > against) {
                        collect.accept("namesAgainst", "gov.decision.error.moreNamesThanVotes");
                    }
                    if (namesAbstaining.size() > abstaining) {
                        collect.accept("namesAbstaining", "gov.decision.error.moreNamesThanVotes");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new MinutedVote(vote, new GovernanceRecords.VoteDetail(outcome, requestedBy, namesFor, namesAgainst, namesAbstaining));
    }

    private static List<String> names(String typed, String field, BiConsumer<String, String> reject) {
        List<String> names = new ArrayList<>();
        if (typed == null) {
            return names;
        }
        for (String line : typed.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || names.contains(name)) {
                continue;
            }
            if (name.length() > 200) {
                reject.accept(field, "gov.decision.error.nameTooLong");
                return names;
            }
            names.add(name);
        }
        return names;
    }

    private static Integer count(String typed, String field, BiConsumer<String, String> reject) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value >= 0 && value <= 500) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject.accept(field, "gov.decision.error.count");
        return null;
    }
}
