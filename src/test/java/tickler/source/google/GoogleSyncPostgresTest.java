package tickler.source.google;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.source.google.fake.FakeGoogleResource;
import tickler.store.EmbeddedPostgres;

/** Every sync test of {@link GoogleSyncTest} again, on PostgreSQL: migrations, row locks, upserts. */
@QuarkusTest
@TestProfile(GoogleSyncPostgresTest.OnPostgres.class)
class GoogleSyncPostgresTest extends GoogleSyncTest {

    public static class OnPostgres implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgres.class), new TestResourceEntry(FakeGoogleResource.class));
        }
    }

    @Test
    void theseTestsRunOnPostgres() {
        assertEquals("PostgreSQL", store.database().inTransaction(c -> c.getMetaData().getDatabaseProductName()));
    }
}
