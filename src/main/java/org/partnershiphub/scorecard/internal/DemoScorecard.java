package org.partnershiphub.scorecard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.Quarter;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a scorecard shaped like a real partnership's: ten indicators from children's social care, police,
 * health and education under four priorities, eight quarters of figures (the older ones signed off), one figure still
 * to come, one red, and England and statistical-neighbour benchmarks. All names and figures are fictional.
 */
@Component
@Order(14)
class DemoScorecard implements ApplicationRunner {

    private final HubProperties hub;
    private final IndicatorRepository indicators;
    private final FigureRepository figures;
    private final BenchmarkRepository benchmarks;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Scorecard scorecard;

    DemoScorecard(HubProperties hub, IndicatorRepository indicators, FigureRepository figures, BenchmarkRepository benchmarks,
                  Directory directory, TransactionTemplate transactions, Clock clock, Scorecard scorecard) {
        this.hub = hub;
        this.indicators = indicators;
        this.figures = figures;
        this.benchmarks = benchmarks;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock;
        this.scorecard = scorecard;
    }

    private record Seed(String code, String title, String group, String agency, Unit unit, Polarity polarity, double target, Double upper,
                        double tolerance, String numerator, String denominator, String source, double start, double step, Double england) {
    }

    private static final Seed[] SEEDS = {
            new Seed("EH1", "Early help assessments completed within 45 working days", "Early help", "Northshire County Council",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 85, null, 5, "Assessments completed within 45 working days",
                    "Assessments completed in the quarter", "Early help case management system", 78, 1.2, null),
            new Seed("EH2", "Early help episodes closed with needs met", "Early help", "Northshire County Council", Unit.PERCENT,
                    Polarity.HIGHER_IS_BETTER, 70, null, 5, "Episodes closed with the family's needs met", "Episodes closed", "Early help case management system",
                    66, 0.6, null),
            new Seed("CSC1", "Re-referrals to children's social care within 12 months", "Children in need of help and protection",
                    "Northshire County Council", Unit.PERCENT, Polarity.LOWER_IS_BETTER, 20, null, 3, "Referrals within 12 months of a previous one",
                    "Referrals in the quarter", "Children's social care records (CIN census definition)", 24, -0.4, 21.5),
            new Seed("CSC2", "Child protection plans lasting two years or more", "Children in need of help and protection",
                    "Northshire County Council", Unit.PERCENT, Polarity.LOWER_IS_BETTER, 3, null, 1, "Plans ended that had lasted 2 years or more",
                    "Plans ended in the quarter", "Children's social care records", 4.5, 0.1, 3.8),
            new Seed("CSC3", "Children subject to a child protection plan", "Children in need of help and protection",
                    "Northshire County Council", Unit.RATE_PER_10000, Polarity.WITHIN_BAND, 35, 45.0, 5, "Children on a plan at the quarter's end",
                    "Children aged 0-17 (ONS mid-year estimate)", "Children's social care records", 41, 0.8, 41.6),
            new Seed("POL1", "Police attendance at initial child protection conferences", "Children in need of help and protection",
                    "Northshire Police", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 90, null, 5, "Conferences attended or report sent",
                    "Initial conferences held", "Conference minutes, business support", 70, -0.8, null),
            new Seed("POL2", "Missing episodes with a return interview offered within 72 hours", "Exploitation", "Northshire Police",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 95, null, 5, "Return interviews offered within 72 hours", "Missing episodes",
                    "Missing persons records", 86, 1.0, null),
            new Seed("HLT1", "Health assessments for children in care completed on time", "Children in care and care leavers",
                    "NHS Northshire Integrated Care Board", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 90, null, 5,
                    "Initial health assessments within 20 working days", "Children entering care", "Looked-after children health team", 88, 0.3, 89.0),
            new Seed("HLT2", "Days from referral to first CAMHS appointment", "Children in care and care leavers",
                    "Northshire Community Health NHS Trust", Unit.DAYS, Polarity.LOWER_IS_BETTER, 28, null, 7, null, null,
                    "CAMHS waiting list", 41, -0.9, null),
            new Seed("EDU1", "Schools returning their safeguarding audit", "Education", "Riverside Academy Trust", Unit.PERCENT,
                    Polarity.HIGHER_IS_BETTER, 100, null, 5, "Schools returning the audit", "Schools in the trust", "Trust safeguarding lead", 90, 1.1, null)};

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        if (indicators.count() > 0) {
            return;
        }
        Long businessUnit = directory.usablePeople().stream().filter(p -> p.name().equals("Tamsin Oakridge")).map(Directory.Person::id)
                .findFirst().orElse(null);
        if (businessUnit == null) {
            return;
        }
        Quarter latest = scorecard.reportingQuarter();
        int position = 0;
        for (Seed seed : SEEDS) {
            Long agency = directory.agencies().stream().filter(a -> a.name().equals(seed.agency())).map(Directory.Agency::id).findFirst().orElse(null);
            if (agency == null) {
                continue;
            }
            Indicator indicator = new Indicator(++position, clock.instant());
            indicator.describe(new Scorecard.IndicatorDetails(seed.code(), seed.title(), "Counted as in the partnership's data definitions.",
                    seed.group(), agency, seed.unit(), seed.numerator(), seed.denominator(), seed.polarity(), bd(seed.target()),
                    seed.upper() == null ? null : bd(seed.upper()), bd(seed.tolerance()), seed.source(), Indicator.Frequency.QUARTERLY));
            indicator = indicators.save(indicator);
            Quarter q = latest;
            for (int back = 0; back < 8; back++, q = q.previous()) {
                if (back == 0 && seed.code().equals("HLT2")) {
                    continue; // the trust's figure for the last quarter has not come in yet
                }
                double value = seed.start() + seed.step() * (7 - back) + (back % 3 == 1 ? 0.7 : back % 3 == 2 ? -0.5 : 0);
                Figure figure = new Figure(indicator.getId(), q.key());
                figure.enter(bd(value), null, null, back == 0 ? commentary(seed) : null, businessUnit, clock.instant(), false);
                if (back >= 2) {
                    figure.signOff(businessUnit, clock.instant());
                }
                figures.save(figure);
            }
            if (seed.england() != null) {
                benchmarks.save(new Benchmark(indicator.getId(), Benchmark.Kind.ENGLAND, "2024-25", bd(seed.england()), clock.instant()));
                benchmarks.save(new Benchmark(indicator.getId(), Benchmark.Kind.STATISTICAL_NEIGHBOURS, "2024-25",
                        bd(seed.england() * 1.04), clock.instant()));
            }
        }
    }

    private static String commentary(Seed seed) {
        return switch (seed.code()) {
            case "POL1" -> "Attendance fell again as two officers left the public protection unit; cover arrangements are being agreed "
                    + "with the conference chairs.";
            case "CSC1" -> "Re-referrals continue to fall since the front door review; most re-referrals are for domestic abuse.";
            default -> null;
        };
    }

    private static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
