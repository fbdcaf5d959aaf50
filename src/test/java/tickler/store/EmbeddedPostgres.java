package tickler.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A real PostgreSQL started from a jar, and the configuration that makes it the active store. */
public class EmbeddedPostgres implements QuarkusTestResourceLifecycleManager {

    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.active", "false",
                "quarkus.datasource.postgresql.active", "true",
                "quarkus.datasource.postgresql.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.postgresql.username", "postgres",
                "quarkus.datasource.postgresql.password", "postgres");
    }

    @Override
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
