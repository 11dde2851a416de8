package org.partnershiphub.selfassessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershiphub.selfassessment.AgencyRatings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Self-assessment ratings as other modules see them: the agency's latest returned return, by its agreed ratings. */
@Component
class RatingsForOthers implements AgencyRatings {

    private final StandardRepository standards;
    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final AnswerRepository answers;

    RatingsForOthers(StandardRepository standards, CycleRepository cycles, ReturnRepository returns, AnswerRepository answers) {
        this.standards = standards;
        this.cycles = cycles;
        this.returns = returns;
        this.answers = answers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StandardRef> standards() {
        return standards.findAllByOrderByFrameworkAscPositionAscIdAsc().stream()
                .map(s -> new StandardRef(s.getId(), s.getFramework().name(), s.getNumber(), s.getTitle())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rated> latest(long agencyId) {
        Map<Long, Cycle> byId = cycles.findAll().stream().collect(Collectors.toMap(Cycle::getId, Function.identity()));
        AgencyReturn latest = returns.findByAgencyId(agencyId).stream().filter(r -> r.getStatus().returned())
                .max(Comparator.comparing((AgencyReturn r) -> byId.get(r.getCycleId()).getOpensOn()).thenComparing(AgencyReturn::getId)).orElse(null);
        if (latest == null) {
            return List.of();
        }
        Map<Long, Standard> byStandard = standards.findAll().stream().collect(Collectors.toMap(Standard::getId, Function.identity()));
        List<Rated> rated = new ArrayList<>();
        for (Answer a : answers.findByReturnId(latest.getId())) {
            Standard s = byStandard.get(a.getStandardId());
            if (a.agreedRating() != null) {
                rated.add(new Rated(latest.getId(), byId.get(latest.getCycleId()).getName(), s.getId(), s.getNumber(), s.getTitle(),
                        a.agreedRating().name(), a.getModeratedRating() != null, a.getNarrative(),
                        latest.getStatus() == AgencyReturn.Status.SUBMITTED));
            }
        }
        rated.sort(Comparator.comparing((Rated r) -> byStandard.get(r.standardId()).getPosition()));
        return rated;
    }
}
