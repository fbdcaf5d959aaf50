package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word-odds reader's words and counts, on a corpus small enough to read. */
class WordOddsTest {

    @Test
    void theFeaturesAreStemmedWordsAndNeighbouringPairsInBothLanguages() {
        assertEquals(List.of("we", "sign", "contract", "we_sign", "sign_contract"), WordOdds.features("We signed contracts"));
        assertEquals(List.of("подписал", "договор", "подписал_договор"), WordOdds.features("Подписали договоры"));
    }

    @Test
    void aSymbolStandingForAWordIsOneToo() {
        assertEquals(List.of("deal", "🤝", "deal_🤝"), WordOdds.features("Deal.🤝"));
        assertEquals(List.of("👍", "go", "👍_go"), WordOdds.features("👍 go!"));
    }

    @Test
    void wordsOfAcceptancesWeighForOneAndWordsOfOtherRepliesAgainst() {
        WordOdds learnt = WordOdds.learnt(List.of("we accept your offer", "go ahead, we accept", "договор подписан"),
                List.of("we decline your offer", "not now, maybe later", "договор не подписан"));
        assertTrue(learnt.logOdds("we accept") > 0);
        assertTrue(learnt.logOdds("we decline") < 0);
        assertTrue(learnt.logOdds("договор не подписан") < learnt.logOdds("договор подписан"));
        assertEquals(learnt.logOdds(""), learnt.logOdds("words it never saw"), 1e-9, "an unknown word weighs nothing");
    }
}
