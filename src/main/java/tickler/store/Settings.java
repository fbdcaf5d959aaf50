package tickler.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Facts the service learnt and keeps between restarts (not user configuration). */
@ApplicationScoped
public class Settings {

    public static final String OWNER_TIME_ZONE = "owner.time-zone";
    /** Set while the store holds the bundled demo rather than the user's data. */
    public static final String DEMO = "demo";

    private final Database database;

    Settings(Database database) {
        this.database = database;
    }

    /** True while the store holds the bundled demo rather than the user's data. */
    public boolean demoShown() {
        return get(DEMO).isPresent();
    }

    public Optional<String> get(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT setting_value FROM setting WHERE setting_name = ?")) {
                select.setString(1, name);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void remove(String name) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM setting WHERE setting_name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate();
            }
        });
    }

    public void put(String name, String value) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE setting SET setting_value = ? WHERE setting_name = ?")) {
                update.setString(1, value);
                update.setString(2, name);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO setting (setting_name, setting_value) VALUES (?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, value);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
