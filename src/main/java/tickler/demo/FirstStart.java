package tickler.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import tickler.activity.ActivityStore;
import tickler.identity.OwnerZone;
import tickler.report.ReportService;
import tickler.source.google.AccountConnected;
import tickler.source.google.GoogleStore;
import tickler.source.takeout.ImportConfig;
import tickler.source.takeout.TakeoutImport;
import tickler.source.takeout.UserDataArriving;
import tickler.store.Settings;

/**
 * What the service reads when it starts: the file named by {@code tickler.import.on-start}, or,
 * on an empty store with no Google account, the bundled demo so a newcomer sees a pipeline at
 * once. The user's own data (an import or a connected account) replaces the demo. Both run in the
 * background; the page shows their progress.
 */
@ApplicationScoped
public class FirstStart {

    @ConfigMapping(prefix = "tickler.demo")
    public interface DemoConfig {
        /** Import the demo Takeout when the store is empty and nothing else is configured. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("20261126")
        long seed();
    }

    @ConfigMapping(prefix = "tickler")
    interface DataDir {
        @WithDefault("./data")
        Path dataDir();
    }

    private final TakeoutImport takeoutImport;
    private final ActivityStore store;
    private final ReportService reports;
    private final Settings settings;
    private final ImportConfig importConfig;
    private final DemoConfig demoConfig;
    private final DataDir dataDir;
    private final Clock clock;
    private final GoogleStore google;
    private final OwnerZone ownerZone;

    FirstStart(TakeoutImport takeoutImport, ActivityStore store, ReportService reports, Settings settings,
               ImportConfig importConfig, DemoConfig demoConfig, DataDir dataDir, Clock clock, GoogleStore google,
               OwnerZone ownerZone) {
        this.google = google;
        this.ownerZone = ownerZone;
        this.takeoutImport = takeoutImport;
        this.store = store;
        this.reports = reports;
        this.settings = settings;
        this.importConfig = importConfig;
        this.demoConfig = demoConfig;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (importConfig.onStart().isPresent()) {
            Path file = Path.of(importConfig.onStart().get());
            background("import of " + file,
                    () -> takeoutImport.importFile(file, file.getFileName().toString()));
        } else if (demoConfig.enabled() && store.count() == 0 && google.accounts().isEmpty()) {
            background("demo import", this::importDemo);
        }
    }

    void onAccountConnected(@Observes AccountConnected connected) {
        replaceDemoWithUserData();
    }

    void onUserData(@Observes UserDataArriving arriving) {
        replaceDemoWithUserData();
    }

    /** True while the store holds the bundled demo rather than the user's data. */
    public boolean demoShown() {
        return settings.demoShown();
    }

    /**
     * The user's own data replaces the demo rather than mixing with it. Never while the demo is
     * importing: imports run one at a time, so this waits for the demo to be whole, then removes it all.
     */
    void replaceDemoWithUserData() {
        takeoutImport.exclusively(() -> {
            if (demoShown()) {
                store.clear();
                reports.clearSnapshots();
                settings.remove(Settings.DEMO);
                ownerZone.forgetLearnt();
                Log.info("Demo data removed: the user's own data replaces it");
            }
        });
    }

    private void importDemo() throws IOException {
        Path zip = dataDir.dataDir().resolve("demo").resolve("takeout-demo.zip");
        Files.createDirectories(zip.getParent());
        DemoTakeout.write(zip, clock.instant(), demoConfig.seed());
        IOException[] failed = new IOException[1];
        takeoutImport.exclusively(() -> {
            // The user's data may have come while the demo was being written: then no demo at all.
            if (store.count() > 0 || !google.accounts().isEmpty()) {
                Log.info("Demo not imported: the user's own data came first");
                return;
            }
            settings.put(Settings.DEMO, zip.toString());
            try {
                takeoutImport.importFile(zip, "demo Takeout", TakeoutImport.Origin.BUNDLED);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private static void background(String what, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                Log.errorf(e, "The %s at start-up failed", what);
            }
        }, "tickler-first-start");
        thread.setDaemon(true);
        thread.start();
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }
}
