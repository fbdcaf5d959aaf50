package tickler.quality;

import java.util.List;
import java.util.Map;

/** The phrase books a synthetic world is written from: the tuning book, or a bank written blind ({@link HeldOutBank}). */
record Books(String name, Phrasebook english, Phrasebook russian) {

    static final Books TUNING = new Books("tuning", Phrasebook.ENGLISH, Phrasebook.RUSSIAN);
    /**
     * The banks written blind, by name: "blind53" is held out; "blind" has had its
     * misses read; "blind4" to "blind7" were written to be tuned on (their misses are read from the
     * start). "blind8" was written after the tuning on "blind4" to "blind7", so its first figures
     * are those of wording the vocabulary has never met. "blind9" (formal, many industries) and
     * "blind10" (casual, founders and small shops) were written later, to be tuned on; so were
     * "blind11" (operations and procurement people, traditional businesses, English as a second
     * language) and "blind12" (tech, media and creative people), each with twice the ways of
     * accepting, declining, postponing and coming back. "blind3" and "blind8" were held out until
     * their misses were read on 2026-12-03; "blind13" was written after that, by four writers from
     * the same brief, and held out until 2026-12-04, when "blind14" was written by five writers from
     * a new brief and its first figures taken; blind13's misses were read after that. "blind14" was held out
     * until "blind15" was written by five writers from a brief rewritten from the situations alone,
     * later the same day, and its first figures taken; blind14's misses are read since. "blind16" was
     * written from blind15's brief in other voices, to be tuned on. "blind15" was held out until
     * "blind17" was written by five writers from a brief rewritten again, in the next session, and its
     * first figures taken; blind15's misses are read since. "blind17" was held out until "blind18"
     * was written from its brief in other voices, in the session after, and its first figures taken;
     * blind17's misses are read since. "blind18" was held out until "blind19" was written the same
     * way in the session after, and its first figures taken; blind18's misses are read since.
     * "blind19" was held out until "blind20" was written the same way in the session after, and its
     * first figures taken; blind19's misses are read since. "blind20" was held out until "blind21"
     * was written the same way in the session after, and its first figures taken; blind20's misses
     * are read since. "blind21" was held out until "blind22" was written the same way later in
     * the same session, and its first figures taken; blind21's misses are read since. "blind22" was
     * held out until "blind23" was written the same way in the session after, and its first figures
     * taken; blind22's misses are read since. "blind23" was held out until "blind24" was written the
     * same way later in the same session, and its first figures taken; blind23's misses are read since.
     * "blind24" was held out until "blind25" was written the same way in the session after, and its
     * first figures taken; blind24's misses are read since. "blind25" was held out until "blind26" was
     * written the same way later in the same session, and its first figures taken; blind25's misses are read since.
     * "blind26" was held out until "blind27" was written the same way in the session after, and its
     * first figures taken; blind26's misses are read since. "blind27" was held out until "blind28" was written the
     * same way in the session after, and its first figures taken; blind27's misses are read since. "blind28"
     * was held out until "blind29" was written the same way later in that session, and its first figures
     * taken; blind28's misses are read since. "blind29" was held out until "blind30" was written the same
     * way in the session after, and its first figures taken; blind29's misses are read since. "blind30" was held
     * out until "blind31" was written the same way later in that session, and its first figures taken; blind30's
     * misses are read since. "blind31" was held out until "blind32" was written the same way in the session after,
     * and its first figures taken; blind31's misses are read since. "blind32" was held out until "blind33" was written
     * the same way later in that session, and its first figures taken; blind32's misses are read since. "blind33" was
     * held out until "blind34" was written the same way in the session after, and its first figures taken; blind33's
     * misses are read since. "blind34" was held out until "blind35" was written the same way in the session after,
     * and its first figures taken; blind34's misses are read since. "blind35" was held out until "blind36" was written
     * the same way in the session after, and its first figures taken; blind35's misses are read since. "blind36" was
     * held out until "blind37" was written the same way in the session after, and its first figures taken; blind36's
     * misses are read since. "blind37" was held out until "blind38" was written the same way in the session after, and
     * its first figures taken; blind37's misses are read since. "blind38" was held out until "blind39" was written the same way in the session
     * after, and its first figures taken; blind38's misses are read since. "blind39" was held out until "blind40" was written the same way in the session
     * after, and its first figures taken; blind39's misses are read since. "blind40" was held out until "blind41" was written the same way in the session
     * after, and its first figures taken; blind40's misses are read since. "blind41" was held out until "blind42" was written the same way in the session
     * after, and its first figures taken; blind41's misses are read since. "blind42" was held out until "blind43" was written the same way in the session
     * after, and its first figures taken; blind42's misses are read since. "blind43" was held out until "blind44" was written the same way in the session
     * after, and its first figures taken; blind43's misses are read since. "blind44" was held out until "blind45" was written the same way in the session
     * after, and its first figures taken; blind44's misses are read since. "blind45" was held out until "blind46" was written the same way in the session
     * after, and its first figures taken; blind45's misses are read since. "blind46" was held out until "blind47" was written the same way in the session
     * after, and its first figures taken; blind46's misses are read since. "blind47" was held out until "blind48" was written the same way in the session
     * after, and its first figures taken; blind47's misses are read since. "blind48" was held out until "blind49" was written the same way in the session
     * after, and its first figures taken; blind48's misses are read since. "blind49" was held out until "blind50" was written the same way in the session
     * after, and its first figures taken; blind49's misses are read since. "blind50" was held out until "blind51" was written the same way in the session
     * after, and its first figures taken; blind50's misses are read since. "blind51" was held out until "blind52" was written the same way in the session
     * after, and its first figures taken; blind51's misses are read since. "blind52" was held out until "blind53" was written the same way in the session
     * after, and its first figures taken; blind52's misses are read since.
     */
    static final Map<String, String> BLIND = Map.ofEntries(Map.entry("blind", "/quality/heldout-blind.txt"),
            Map.entry("blind3", "/quality/tuning-blind-3.txt"),
            Map.entry("blind4", "/quality/tuning-blind-4.txt"),
            Map.entry("blind5", "/quality/tuning-blind-5.txt"),
            Map.entry("blind6", "/quality/tuning-blind-6.txt"),
            Map.entry("blind7", "/quality/tuning-blind-7.txt"),
            Map.entry("blind8", "/quality/tuning-blind-8.txt"),
            Map.entry("blind9", "/quality/tuning-blind-9.txt"),
            Map.entry("blind10", "/quality/tuning-blind-10.txt"),
            Map.entry("blind11", "/quality/tuning-blind-11.txt"),
            Map.entry("blind12", "/quality/tuning-blind-12.txt"),
            Map.entry("blind13", "/quality/tuning-blind-13.txt"),
            Map.entry("blind14", "/quality/tuning-blind-14.txt"),
            Map.entry("blind15", "/quality/tuning-blind-15.txt"),
            Map.entry("blind16", "/quality/tuning-blind-16.txt"),
            Map.entry("blind17", "/quality/tuning-blind-17.txt"),
            Map.entry("blind18", "/quality/tuning-blind-18.txt"),
            Map.entry("blind19", "/quality/tuning-blind-19.txt"),
            Map.entry("blind20", "/quality/tuning-blind-20.txt"),
            Map.entry("blind21", "/quality/tuning-blind-21.txt"),
            Map.entry("blind22", "/quality/tuning-blind-22.txt"),
            Map.entry("blind23", "/quality/tuning-blind-23.txt"),
            Map.entry("blind24", "/quality/tuning-blind-24.txt"),
            Map.entry("blind25", "/quality/tuning-blind-25.txt"),
            Map.entry("blind26", "/quality/tuning-blind-26.txt"),
            Map.entry("blind27", "/quality/tuning-blind-27.txt"),
            Map.entry("blind28", "/quality/tuning-blind-28.txt"),
            Map.entry("blind29", "/quality/tuning-blind-29.txt"),
            Map.entry("blind30", "/quality/tuning-blind-30.txt"),
            Map.entry("blind31", "/quality/tuning-blind-31.txt"),
            Map.entry("blind32", "/quality/tuning-blind-32.txt"),
            Map.entry("blind33", "/quality/tuning-blind-33.txt"),
            Map.entry("blind34", "/quality/tuning-blind-34.txt"),
            Map.entry("blind35", "/quality/tuning-blind-35.txt"),
            Map.entry("blind36", "/quality/tuning-blind-36.txt"),
            Map.entry("blind37", "/quality/tuning-blind-37.txt"),
            Map.entry("blind38", "/quality/tuning-blind-38.txt"),
            Map.entry("blind39", "/quality/tuning-blind-39.txt"),
            Map.entry("blind40", "/quality/tuning-blind-40.txt"),
            Map.entry("blind41", "/quality/tuning-blind-41.txt"),
            Map.entry("blind42", "/quality/tuning-blind-42.txt"),
            Map.entry("blind43", "/quality/tuning-blind-43.txt"),
            Map.entry("blind44", "/quality/tuning-blind-44.txt"),
            Map.entry("blind45", "/quality/tuning-blind-45.txt"),
            Map.entry("blind46", "/quality/tuning-blind-46.txt"),
            Map.entry("blind47", "/quality/tuning-blind-47.txt"),
            Map.entry("blind48", "/quality/tuning-blind-48.txt"),
            Map.entry("blind49", "/quality/tuning-blind-49.txt"),
            Map.entry("blind50", "/quality/tuning-blind-50.txt"),
            Map.entry("blind51", "/quality/tuning-blind-51.txt"),
            Map.entry("blind52", "/quality/tuning-blind-52.txt"),
            Map.entry("blind53", "/quality/heldout-blind-53.txt"));

    /** A blind bank's situations in place of the tuning book's; introductions, outreach and small talk stay. */
    static Books blind(String name, String resource) {
        Map<String, Map<String, List<String>>> bank = HeldOutBank.load(resource);
        return new Books(name, Phrasebook.ENGLISH.with(bank.getOrDefault("en", Map.of())),
                Phrasebook.RUSSIAN.with(bank.getOrDefault("ru", Map.of())));
    }

    static Books named(String name) {
        if (name.equals(TUNING.name())) {
            return TUNING;
        }
        if (!BLIND.containsKey(name)) {
            throw new IllegalArgumentException("no bank " + name + " (tuning or one of " + BLIND.keySet() + ")");
        }
        return blind(name, BLIND.get(name));
    }
}
