package tickler.source.google.fake;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a {@link FakeGoogle} for a Quarkus test and points tickler.google.* at it, configured with
 * an OAuth client; or, given the argument {@link #DELEGATED_USERS}, as a Google Workspace with no
 * OAuth client: a service account registered with the fake, its JSON key file written to a
 * temporary folder before the service starts, and those users delegated.
 */
public class FakeGoogleResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link FakeGoogle} field, and its {@link ServiceAccount} field in a Workspace. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Fake {
    }

    /** Argument: "production" keeps the service's own pacing and backoff instead of the fast test values. */
    public static final String PACING = "pacing";

    /** The name of the one subscribed calendar the service is configured to read. */
    public static final String PICKED_CALENDAR = "Team deals";

    /** Argument: the Workspace users, comma separated, synced through a service account. */
    public static final String DELEGATED_USERS = "delegated-users";

    private Map<String, String> args = Map.of();
    private FakeGoogle fake;
    private ServiceAccount serviceAccount;
    private Path keyFolder;

    @Override
    public void init(Map<String, String> initArgs) {
        args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        try {
            fake = new FakeGoogle();
            String delegatedUsers = args.get(DELEGATED_USERS);
            if (delegatedUsers == null) {
                config.put("tickler.google.client-id", FakeGoogle.CLIENT_ID);
                config.put("tickler.google.client-secret", FakeGoogle.CLIENT_SECRET);
            } else {
                serviceAccount = ServiceAccount.create("tickler-test", "tickler-sync");
                fake.serviceAccount(serviceAccount);
                keyFolder = Files.createTempDirectory("tickler-service-account");
                config.put("tickler.google.service-account-key-file",
                        serviceAccount.writeKeyFile(keyFolder, fake.tokenUrl()).toString());
                config.put("tickler.google.delegated-users", delegatedUsers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("tickler.google.auth-url", fake.authUrl());
        config.put("tickler.google.token-url", fake.tokenUrl());
        config.put("tickler.google.revoke-url", fake.revokeUrl());
        config.put("tickler.google.api-root-url", fake.root());
        // A subscribed calendar tests may create to see it read; any other subscribed one is not.
        config.put("tickler.google.calendars", PICKED_CALENDAR);
        if (!"production".equals(args.get(PACING))) {
            // Pacing is tested on its own; here it would only make large mailboxes slow.
            config.put("tickler.google.gmail-units-per-second", "1000000");
            config.put("tickler.google.calendar-requests-per-minute", "6000000");
            // Injected outages are retried without minutes of backoff.
            config.put("tickler.google.retry-initial-delay", "5ms");
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(fake, new TestInjector.AnnotatedAndMatchesType(Fake.class, FakeGoogle.class));
        if (serviceAccount != null) {
            injector.injectIntoFields(serviceAccount, new TestInjector.AnnotatedAndMatchesType(Fake.class, ServiceAccount.class));
        }
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.close();
        }
        if (keyFolder != null) {
            try (Stream<Path> files = Files.walk(keyFolder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
