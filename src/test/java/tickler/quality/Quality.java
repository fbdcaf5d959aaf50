package tickler.quality;

import java.io.IOException;
import java.nio.file.Path;
import tickler.identity.Identity;
import tickler.identity.IdentityRules;
import tickler.lead.LeadInference;
import tickler.lead.Pipeline;
import tickler.lead.Vocabulary;
import tickler.quality.SyntheticWorld.World;

/** Runs the inference with the default vocabularies over one synthetic world and scores it. */
final class Quality {

    static final Path DEFAULTS = Path.of("config/vocabulary.properties");

    private Quality() {
    }

    static Scores measure(long seed, int leads) throws IOException {
        World world = SyntheticWorld.generate(seed, leads);
        IdentityRules defaults = IdentityRules.load(DEFAULTS);
        IdentityRules rules = new IdentityRules(defaults.owners(), defaults.internalDomains(), defaults.freeMailDomains(),
                world.partnerDomains(), world.partnerLabels(), defaults.leadLabels(), defaults.automatedLocalParts(), defaults.blocklist(),
                defaults.calendarSystemDomains());
        Identity identity = Identity.infer(world.activities(), rules);
        LeadInference inference = new LeadInference(identity, Vocabulary.load(DEFAULTS), SyntheticWorld.ZONE);
        Pipeline pipeline = inference.infer(world.activities(), world.now());
        return Scores.of(world, pipeline);
    }
}
