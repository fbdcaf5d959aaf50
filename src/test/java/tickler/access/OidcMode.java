package tickler.access;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import tickler.source.google.fake.FakeGoogleResource;

/**
 * The service in OIDC mode against a {@link FakeOidc}, allowing one address and one domain, with
 * a stand-in Google to connect accounts from behind the sign-in.
 */
public class OidcMode implements QuarkusTestProfile {

    public static final String ALLOWED_USER = "anna@studio.example";
    public static final String ALLOWED_DOMAIN = "partner.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "tickler.auth.allowed", ALLOWED_USER + "," + ALLOWED_DOMAIN,
                // tests listen on loopback only, whatever the mode lifts the default to
                "quarkus.http.host", "127.0.0.1",
                "tickler.data-dir", "target/test-data/oidc",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:oidc-mode;DB_CLOSE_DELAY=-1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Provider.class), new TestResourceEntry(FakeGoogleResource.class));
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Fake {
    }

    public static class Provider implements QuarkusTestResourceLifecycleManager {
        private FakeOidc fake;

        @Override
        public Map<String, String> start() {
            try {
                fake = new FakeOidc();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of(
                    "quarkus.oidc.auth-server-url", fake.issuer(),
                    "quarkus.oidc.client-id", FakeOidc.CLIENT_ID,
                    "quarkus.oidc.credentials.secret", FakeOidc.CLIENT_SECRET);
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(fake, new TestInjector.AnnotatedAndMatchesType(Fake.class, FakeOidc.class));
        }

        @Override
        public void stop() {
            fake.close();
        }
    }
}
