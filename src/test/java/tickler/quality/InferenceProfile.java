package tickler.quality;

import java.time.Instant;
import tickler.identity.Identity;
import tickler.identity.IdentityRules;
import tickler.lead.LeadInference;
import tickler.lead.Pipeline;
import tickler.lead.Vocabulary;
import tickler.quality.SyntheticWorld.World;

/** Times one inference over a large synthetic world (args: leads, repetitions). */
final class InferenceProfile {
    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(args[0]);
        int reps = Integer.parseInt(args[1]);
        World world = SyntheticWorld.generate(101, leads, Books.TUNING);
        IdentityRules defaults = IdentityRules.load(Quality.DEFAULTS);
        IdentityRules rules = new IdentityRules(defaults.owners(), defaults.internalDomains(), defaults.freeMailDomains(),
                world.partnerDomains(), world.partnerLabels(), defaults.leadLabels(), defaults.automatedLocalParts(), defaults.blocklist(),
                defaults.calendarSystemDomains());
        Identity identity = Identity.infer(world.activities(), rules);
        LeadInference inference = new LeadInference(identity, Vocabulary.load(Quality.DEFAULTS), SyntheticWorld.ZONE);
        System.out.println("activities " + world.activities().size());
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            Pipeline p = inference.infer(world.activities(), world.now());
            System.out.printf("infer %d ms, %d leads%n", (System.nanoTime() - t) / 1_000_000, p.leads().size());
        }
    }
}
