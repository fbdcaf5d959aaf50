package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.testkit.Acts.mail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;
import tickler.store.Database;

/**
 * The service reads only the activities committed since its last computation, and then holds
 * exactly what reading the whole store would give: additions, edits and removals alike.
 */
@QuarkusTest
class IncrementalActivitiesTest {

    private static final String LEAD = "incremental.example";

    @Inject
    Database database;
    @Inject
    ActivityStore store;
    @Inject
    LeadService leads;

    private static Activity ask(String key, String text) {
        return mail(key).at("2026-11-20T10:00").from("Ada <ada@" + LEAD + ">").to("olga@sellwell.io")
                .title("A site for us").text(text).build();
    }

    private void holdsWhatTheStoreHolds() {
        List<Activity> held = leads.upToDateActivities().activities();
        assertEquals(new HashSet<>(store.all()), new HashSet<>(held));
        assertEquals(held.size(), new HashSet<>(held).size(), "no activity twice");
    }

    @Test
    void additionsEditsAndRemovalsReadIncrementallyEqualTheWholeStore() {
        leads.upToDatePipeline();
        store.save(List.of(ask("inc-1", "Could you build a website for us? We need an estimate.")));
        holdsWhatTheStoreHolds();
        assertTrue(leads.upToDatePipeline().byKey(LEAD).isPresent());

        store.save(List.of(ask("inc-1", "Could you build a website for us? Our budget is $40,000."),
                ask("inc-2", "And a mobile app later.")));
        holdsWhatTheStoreHolds();
        assertEquals(new Money(new java.math.BigDecimal("40000"), "USD"), leads.upToDatePipeline().byKey(LEAD).orElseThrow().budget());

        database.inTransaction(connection -> store.delete(connection, List.of("msg:inc-1", "msg:inc-2")));
        holdsWhatTheStoreHolds();
        assertTrue(leads.upToDatePipeline().byKey(LEAD).isEmpty());
    }
}
