package tickler.store;

import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
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
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
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
