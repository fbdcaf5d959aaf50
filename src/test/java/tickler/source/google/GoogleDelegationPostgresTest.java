package tickler.source.google;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import tickler.store.EmbeddedPostgres;

/** Every delegation test of {@link GoogleDelegationTest} again, on PostgreSQL. */
@QuarkusTest
@TestProfile(GoogleDelegationPostgresTest.WorkspaceOnPostgres.class)
class GoogleDelegationPostgresTest extends GoogleDelegationTest {

    public static class WorkspaceOnPostgres extends Workspace {
        @Override
        public List<TestResourceEntry> testResources() {
            List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
            resources.add(new TestResourceEntry(EmbeddedPostgres.class));
            return resources;
        }
    }
}
