package tickler.quality;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import tickler.identity.Identity;
import tickler.identity.IdentityRules;
import tickler.lead.LeadInference;
import tickler.lead.Pipeline;
import tickler.lead.Vocabulary;
import tickler.report.MonthlyReport;
import tickler.report.MonthlyReports;
import tickler.quality.SyntheticWorld.World;

/** Runs the inference with the default vocabularies over one synthetic world and scores it, monthly wins included. */
final class Quality {

    static final Path DEFAULTS = Path.of("config/vocabulary.properties");

    private Quality() {
    }

    static Scores measure(long seed, int leads) throws IOException {
        return measure(seed, leads, Books.TUNING);
    }

    static Scores measure(long seed, int leads, Books books) throws IOException {
        World world = SyntheticWorld.generate(seed, leads, books);
        LeadInference inference = inference(world);
        Pipeline pipeline = inference.infer(world.activities(), world.now());
        Map<YearMonth, Map<String, BigDecimal>> reported = new TreeMap<>();
        for (YearMonth month : world.wonByMonth().keySet()) {
            MonthlyReport report = new MonthlyReports().build(month, world.activities(), inference, SyntheticWorld.ZONE, world.now());
            Map<String, BigDecimal> sums = new TreeMap<>();
            report.won().amounts().forEach(money -> sums.put(money.currency(), money.amount()));
            reported.put(month, sums);
        }
        return Scores.of(world, pipeline, reported);
    }

    /** The inference with the default vocabularies and identity rules, the world's partners added. */
    static LeadInference inference(World world) throws IOException {
        IdentityRules defaults = IdentityRules.load(DEFAULTS);
        IdentityRules rules = new IdentityRules(defaults.owners(), defaults.internalDomains(), defaults.freeMailDomains(),
                world.partnerDomains(), world.partnerLabels(), defaults.leadLabels(), defaults.automatedLocalParts(), defaults.blocklist(),
                defaults.calendarSystemDomains());
        return new LeadInference(Identity.infer(world.activities(), rules), Vocabulary.load(DEFAULTS), SyntheticWorld.ZONE);
    }
}
