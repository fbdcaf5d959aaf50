package tickler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void theDatabaseAndEverythingElseInTheDataDirectoryIsOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("uploads"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("uploads"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = Files.writeString(data.resolve("tickler.mv.db"), "H2");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        DataDirectory.makeOwnerOnly(data);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("uploads"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
    }

    @Test
    void aMissingDataDirectoryIsCreatedOwnerOnly() throws Exception {
        Path data = temp.resolve("new").resolve("data");
        DataDirectory.makeOwnerOnly(data);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }
}
