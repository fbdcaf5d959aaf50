package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.testkit.Acts.mail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tickler.activity.ActivityStore;
import tickler.store.Database;

/**
 * A pipeline computed between a write and its commit reads the old activities; it must not be
 * served as current once the commit is done.
 */
@QuarkusTest
class AfterCommitTest {

    private static final String LEAD = "commit-race.example";

    @Inject
    Database database;
    @Inject
    ActivityStore store;
    @Inject
    LeadService leads;

    @Test
    void aPipelineReadBeforeTheCommitIsRecomputedRightAfterIt() throws Exception {
        leads.pipeline();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> database.inTransaction(connection -> {
            int added = store.save(connection, List.of(mail("race-1").at("2026-11-20T10:00")
                    .from("Ada <ada@" + LEAD + ">").to("olga@sellwell.io").title("A site for us").text("Could you build a website for us? We need an estimate.")
                    .build())).added();
            written.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return added;
        }));
        assertTrue(written.await(30, TimeUnit.SECONDS), "the write is done, not committed");

        assertTrue(leads.pipeline().byKey(LEAD).isEmpty(), "a reader in between sees the committed data only");

        commit.countDown();
        assertEquals(1, writer.get(30, TimeUnit.SECONDS));
        assertTrue(leads.pipeline().byKey(LEAD).isPresent(), "right after the commit the pipeline has the new lead");
    }

    @Test
    void aRolledBackWriteChangesNothingReadersCacheBy() {
        long before = store.version();
        try {
            database.inTransaction(connection -> {
                store.save(connection, List.of(mail("race-2").at("2026-11-21T10:00")
                        .from("Bob <bob@" + LEAD + ">").to("olga@sellwell.io").title("Hello").build()));
                throw new IllegalStateException("the sync fails after its write");
            });
        } catch (IllegalStateException expected) {
            assertEquals(before, store.version());
            return;
        }
        throw new AssertionError("the transaction threw");
    }
}
