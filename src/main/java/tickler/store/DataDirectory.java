package tickler.store;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data directory holds the database (mail excerpts, encrypted tokens), uploads in flight and
 * the token key: readable by the service's own user alone. H2 and the upload handler create
 * their files with the process's umask (often world-readable); the directory's own mode is what
 * keeps others out of every file created in it later, and the files there at start are narrowed too.
 */
@ApplicationScoped
public class DataDirectory {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dataDir;

    DataDirectory(@ConfigProperty(name = "tickler.data-dir") Path dataDir) {
        this.dataDir = dataDir;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        makeOwnerOnly(dataDir);
    }

    /** Creates {@code dir} if needed and makes it, and everything in it, owner-only (on POSIX file systems). */
    public static void makeOwnerOnly(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(dir);
            List<Path> all;
            try (Stream<Path> walk = Files.walk(dir)) {
                all = walk.toList();
            }
            int narrowed = 0;
            for (Path p : all) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Set<PosixFilePermission> wanted = Files.isDirectory(p) ? DIRECTORY : FILE;
                if (!Files.getPosixFilePermissions(p).equals(wanted)) {
                    Files.setPosixFilePermissions(p, wanted);
                    narrowed++;
                }
            }
            if (narrowed > 0) {
                Log.infof("Made %d files and directories in %s readable by their owner only", narrowed, dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data directory " + dir + " owner-only", e);
        }
    }
}
