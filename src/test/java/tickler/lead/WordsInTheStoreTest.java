package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static tickler.testkit.Acts.mail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;

/**
 * Activities read from the store leave their words there and read them again when asked: the
 * inference and a lead's timeline get the words of the version they hold, and an edit (same key,
 * new words) is read anew.
 */
@QuarkusTest
class WordsInTheStoreTest {

    private static final String LEAD = "words-in-store.example";

    @Inject
    ActivityStore store;
    @Inject
    LeadService leads;

    private static Activity inquiry(String text) {
        return mail("words-1").at("2026-11-20T10:00").from("Ada <ada@" + LEAD + ">").to("olga@sellwell.io")
                .title("A site for us").text(text).build();
    }

    @Test
    void anEditedMessageIsReadWithItsNewWords() {
        store.save(List.of(inquiry("Could you build a website for us? Our budget is $50,000.")));
        Lead first = leads.upToDatePipeline().byKey(LEAD).orElseThrow();
        assertEquals(new Money(new BigDecimal(50_000), "USD"), first.budget());
        List<Activity> timeline = leads.timeline(leads.upToDatePipeline(), LEAD);
        assertEquals("Could you build a website for us? Our budget is $50,000.", timeline.get(0).text());

        store.save(List.of(inquiry("Could you build a website for us? Our budget is $80,000.")));
        Pipeline edited = leads.upToDatePipeline();
        assertEquals(new Money(new BigDecimal(80_000), "USD"), edited.byKey(LEAD).orElseThrow().budget());
        List<Activity> editedTimeline = leads.timeline(edited, LEAD);
        assertNotSame(timeline.get(0), editedTimeline.get(0));
        assertEquals("Could you build a website for us? Our budget is $80,000.", editedTimeline.get(0).text());
    }
}
