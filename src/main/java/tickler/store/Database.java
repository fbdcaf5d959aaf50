package tickler.store;

import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The one active data source. The jar carries an H2 (default) and a PostgreSQL data source,
 * both configured at build time; configuration picks which is active at run time, so the same
 * jar runs on a laptop and on Kubernetes (README, "Storage").
 */
@ApplicationScoped
public class Database {

    static final String POSTGRESQL = "postgresql";

    private final DataSource dataSource;
    /** The actions waiting for the commit of each open transaction, by its connection. */
    private final Map<Connection, List<Runnable>> afterCommit = Collections.synchronizedMap(new IdentityHashMap<>());

    Database() {
        dataSource = AgroalDataSourceUtil.dataSourceIfActive(POSTGRESQL)
                .map(DataSource.class::cast)
                .orElseGet(() -> AgroalDataSourceUtil.dataSourceIfActive(DataSourceUtil.DEFAULT_DATASOURCE_NAME)
                        .orElseThrow(() -> new IllegalStateException(
                                "No active data source: activate H2 (default) or PostgreSQL, see config/application.properties")));
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        List<Runnable> committed = new ArrayList<>();
        T result;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            afterCommit.put(connection, committed);
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                afterCommit.remove(connection);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        committed.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs an action once the transaction of {@link #inTransaction} on this connection has
     * committed, never if it rolls back: what others may read of the change (a version that
     * readers cache by) must not be seen before the change itself.
     */
    public void afterCommit(Connection connection, Runnable action) {
        List<Runnable> actions = afterCommit.get(connection);
        if (actions == null) {
            throw new IllegalStateException("Not a transaction of Database.inTransaction: its commit cannot be observed");
        }
        actions.add(action);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public static class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
