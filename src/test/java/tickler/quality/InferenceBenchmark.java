package tickler.quality;

import tickler.lead.LeadInference;
import tickler.lead.Pipeline;
import tickler.quality.SyntheticWorld.World;

/**
 * Times the inference over one large synthetic world, the same {@link LeadInference} run again and
 * again (args: leads, runs): the first run reads every activity's words, the later ones reuse the
 * readings ({@code tickler.lead.Readings}), as the service's recomputations and reports do.
 */
public final class InferenceBenchmark {

    private InferenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        World world = SyntheticWorld.generate(101, leads, Books.TUNING);
        LeadInference inference = Quality.inference(world);
        System.out.println("activities " + world.activities().size());
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Pipeline p = inference.infer(world.activities(), world.now());
            System.out.printf("infer %d ms, %d leads%n", (System.nanoTime() - t) / 1_000_000, p.leads().size());
        }
    }
}
