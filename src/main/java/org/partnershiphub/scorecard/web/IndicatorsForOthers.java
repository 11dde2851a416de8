package org.partnershiphub.scorecard.web;

import java.util.List;

import org.partnershiphub.scorecard.AgencyIndicators;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.shared.Quarter;
import org.springframework.stereotype.Component;

/** The scorecard as other modules see it: indicators, and an agency's latest figures as shown on the scorecard. */
@Component
class IndicatorsForOthers implements AgencyIndicators {

    private final Scorecard scorecard;

    IndicatorsForOthers(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    @Override
    public List<IndicatorRef> indicators() {
        return scorecard.allIndicators().stream().map(i -> new IndicatorRef(i.getId(), i.getCode(), i.getTitle(), i.getOwnerAgencyId())).toList();
    }

    @Override
    public List<Latest> forAgency(long agencyId) {
        return scorecard.latestOf(agencyId).stream().map(l -> {
            var i = l.indicator();
            if (l.figure() == null) {
                return new Latest(i.getId(), i.getCode(), i.getTitle(), null, null, "NONE");
            }
            String quarter = Quarter.ofKey(l.figure().getQuarterKey()).map(Quarter::label).orElse(l.figure().getQuarterKey());
            return new Latest(i.getId(), i.getCode(), i.getTitle(), quarter, ScorecardFormat.value(i.getUnit(), l.figure().getValue()),
                    i.rag(l.figure().getValue()).name());
        }).toList();
    }
}
