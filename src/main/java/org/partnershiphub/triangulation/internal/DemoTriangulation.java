package org.partnershiphub.triangulation.internal;

import java.util.List;
import java.util.Map;

import org.partnershiphub.scorecard.AgencyIndicators;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** In demo mode, the demo scorecard's indicators joined to the areas they measure, so the demo shows a flag. */
@Component
@Order(17)
class DemoTriangulation implements ApplicationRunner {

    private static final Map<String, String> AREAS = Map.of(
            "EH1", "Assessment, planning and outcomes",
            "CSC1", "Assessment, planning and outcomes",
            "CSC2", "Assessment, planning and outcomes",
            "POL1", "Multi-agency working and information sharing",
            "POL2", "Voice of the child",
            "HLT1", "Assessment, planning and outcomes",
            "EDU1", "Leadership and accountability");

    private final HubProperties hub;
    private final AgencyIndicators indicators;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoTriangulation(HubProperties hub, AgencyIndicators indicators, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.hub = hub;
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        if (jdbc.queryForObject("select count(*) from tri_area_link where kind = 'INDICATOR'", Integer.class) > 0) {
            return;
        }
        List<AgencyIndicators.IndicatorRef> all = indicators.indicators();
        for (AgencyIndicators.IndicatorRef i : all) {
            String area = AREAS.get(i.code());
            if (area != null) {
                jdbc.update("insert into tri_area_link (area_id, kind, ref_id) select id, 'INDICATOR', ? from tri_area where name = ?", i.id(), area);
            }
        }
    }
}
