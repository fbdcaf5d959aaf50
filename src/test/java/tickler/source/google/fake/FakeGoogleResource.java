package tickler.source.google.fake;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;

/** Starts a {@link FakeGoogle} for a Quarkus test and points tickler.google.* at it. */
public class FakeGoogleResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link FakeGoogle} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Fake {
    }

    /** Init arg: "production" keeps the service's own pacing and backoff instead of the fast test values. */
    public static final String PACING = "pacing";

    private FakeGoogle fake;
    private boolean productionPacing;

    @Override
    public void init(Map<String, String> initArgs) {
        productionPacing = "production".equals(initArgs.get(PACING));
    }

    @Override
    public Map<String, String> start() {
        try {
            fake = new FakeGoogle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "tickler.google.auth-url", fake.authUrl(),
                "tickler.google.token-url", fake.tokenUrl(),
                "tickler.google.api-root-url", fake.root(),
                "tickler.google.client-id", FakeGoogle.CLIENT_ID,
                "tickler.google.client-secret", FakeGoogle.CLIENT_SECRET));
        if (!productionPacing) {
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
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.close();
        }
    }
}
