package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.testkit.Acts.mail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.Chronology;
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
        List<Activity> stored = new ArrayList<>(store.all());
        stored.sort(Chronology.ORDER);
        assertEquals(stored, held, "the same activities in the same order");
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

    /** An edit that moves an activity in time takes its earlier version's place away, wherever it sat. */
    @Test
    void editsThatMoveAnActivityInTimeLeaveNoEarlierVersionBehind() {
        leads.upToDatePipeline();
        store.save(List.of(ask("move-1", "Could you build a website for us?"), ask("move-2", "And an app.")));
        holdsWhatTheStoreHolds();

        store.save(List.of(mail("move-1").at("2026-11-23T09:00").from("Ada <ada@" + LEAD + ">").to("olga@sellwell.io")
                .title("A site for us").text("Could you build a website for us? Rescheduled.").build()));
        store.save(List.of(mail("move-1").at("2026-11-18T09:00").from("Ada <ada@" + LEAD + ">").to("olga@sellwell.io")
                .title("A site for us").text("Could you build a website for us? Earlier after all.").build(),
                ask("move-3", "A third message.")));
        holdsWhatTheStoreHolds();

        store.save(List.of(mail("move-2").at("2026-11-20T10:00").from("Ada <ada@" + LEAD + ">").to("olga@sellwell.io")
                .title("A site for us").text("And an app, edited in place.").build()));
        holdsWhatTheStoreHolds();
        database.inTransaction(connection -> store.delete(connection, List.of("msg:move-1", "msg:move-2", "msg:move-3")));
    }

    /** Who is who is updated with the activities that came, not inferred from them all again: a new address of the owner's counts at once. */
    @Test
    void aMessageSentFromANewAddressOfTheOwnersMakesItTheOwnersAtOnce() {
        String second = "olga@second-desk.example";
        store.save(List.of(mail("own-1").at("2026-11-21T10:00").from("Olga <" + second + ">").to("Ada <ada@" + LEAD + ">")
                .title("Re: A site for us").text("We could build it for $30,000. Proposal attached.").build()));
        Pipeline before = leads.upToDatePipeline();
        assertTrue(before.byKey("second-desk.example").isPresent() || before.contacts().stream()
                .anyMatch(contact -> contact.key().equals("second-desk.example")), "an outside address while nothing shows it is the owner's");

        store.save(List.of(mail("own-2").at("2026-11-22T10:00").from("Olga <" + second + ">").to("Ada <ada@" + LEAD + ">")
                .sent().title("Re: A site for us").text("Following up on our proposal.").build()));
        Pipeline after = leads.upToDatePipeline();
        assertTrue(after.byKey("second-desk.example").isEmpty());
        assertTrue(after.contacts().stream().noneMatch(contact -> contact.key().equals("second-desk.example")));
        List<Activity> all = store.all();
        Pipeline fromScratch = leads.inference(all).infer(all, after.asOf());
        assertEquals(fromScratch.leads(), after.leads());
        assertEquals(fromScratch.contacts(), after.contacts());
        database.inTransaction(connection -> store.delete(connection, List.of("msg:own-1", "msg:own-2")));
    }
}
