package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance reader's words and counts, on a corpus small enough to read. */
class AcceptancesTest {

    @Test
    void theFeaturesAreStemmedWordsAndNeighbouringPairsInBothLanguages() {
        assertEquals(List.of("we", "sign", "contract", "we_sign", "sign_contract"), Acceptances.features("We signed contracts"));
        assertEquals(List.of("подписал", "договор", "подписал_договор"), Acceptances.features("Подписали договоры"));
    }

    @Test
    void wordsOfAcceptancesWeighForOneAndWordsOfOtherRepliesAgainst() {
        Acceptances learnt = Acceptances.learnt(List.of("we accept your offer", "go ahead, we accept", "договор подписан"),
                List.of("we decline your offer", "not now, maybe later", "договор не подписан"));
        assertTrue(learnt.logOdds("we accept") > 0);
        assertTrue(learnt.logOdds("we decline") < 0);
        assertTrue(learnt.logOdds("договор не подписан") < learnt.logOdds("договор подписан"));
        assertEquals(learnt.logOdds(""), learnt.logOdds("words it never saw"), 1e-9, "an unknown word weighs nothing");
    }
}
