package tickler.quality;

import tickler.lead.LeadInference;
import tickler.lead.Pipeline;
import tickler.quality.SyntheticWorld.World;

/**
 * Times the inference over one large synthetic world, the same {@link LeadInference} run again and
 * again (args: leads, runs): the first run reads every activity's words, the later ones reuse the
 * readings ({@code tickler.lead.Readings}), as the service's recomputations and reports do. Then
 * a report's two inferences, as of a month's end and the month's before, for the last three
 * months, each twice: the first time reads what only an earlier moment asks (a message read
 * before an acceptance that now decides the lead), the second reuses what the first decided.
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
        // A report: the pipeline as of two month ends, derived from the latest links over the same activities.
        for (int back = 1; back <= 3; back++) {
            for (int time = 0; time < 2; time++) {
                java.time.Instant end = java.time.YearMonth.from(world.now().atZone(java.time.ZoneOffset.UTC)).minusMonths(back)
                        .atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusNanos(1);
                long t = System.nanoTime();
                Pipeline p = inference.infer(world.activities(), end);
                inference.infer(world.activities(), end.minus(java.time.Duration.ofDays(30)));
                System.out.printf("as of %s and a month before: %d ms, %d leads%n", end, (System.nanoTime() - t) / 1_000_000, p.leads().size());
            }
        }
    }
}
