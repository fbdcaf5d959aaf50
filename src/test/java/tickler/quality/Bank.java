package tickler.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A phrase bank of the synthetic world, written independently of {@code config/vocabulary.properties}.
 * Its first phrasings may be looked at while tuning the inference (seeds below {@link #HOLDOUT_SEEDS});
 * the held-out phrasings appear only in the other seeds, so those measure how the vocabulary
 * generalises to wordings nobody tuned it on.
 */
record Bank(List<String> tuning, List<String> heldOut) {

    /** Seeds from here on draw from the held-out phrasings as well. */
    static final long HOLDOUT_SEEDS = 100;

    static Bank of(List<String> tuning, List<String> heldOut) {
        return new Bank(List.copyOf(tuning), List.copyOf(heldOut));
    }

    String pick(Random random, long seed) {
        List<String> all = new ArrayList<>(tuning);
        if (seed >= HOLDOUT_SEEDS) {
            all.addAll(heldOut);
        }
        return all.get(random.nextInt(all.size()));
    }
}
