package tickler.access;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.util.Optional;

/**
 * Defaults that follow the access mode: where the HTTP server listens (127.0.0.1 in laptop mode,
 * every interface in OIDC and proxy modes) and whether Quarkus' OIDC tenant is on. Quarkus' own
 * default host in production is 0.0.0.0, which is exactly what laptop mode must not do. Only a
 * built-in default is replaced: a value from any file, environment variable, -D option or test
 * still wins, and {@link AccessStart} refuses to start when such a host leaves loopback in laptop
 * mode. An interceptor rather than a source, so that it sees every source, whatever its kind.
 */
@Priority(Priorities.APPLICATION)
public class AccessDefaults implements ConfigSourceInterceptor {

    static final String HOST_KEY = "quarkus.http.host";
    /** Built-in defaults have the lowest ordinals; every user-facing source is 100 or above. */
    static final int USER_SOURCES = 100;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        boolean ours = HOST_KEY.equals(name) || AccessMode.OIDC_ENABLED_KEY.equals(name);
        if (!ours || (value != null && value.getValue() != null && value.getConfigSourceOrdinal() >= USER_SOURCES)) {
            return value;
        }
        AccessMode mode = AccessMode.resolve(user(context, AccessMode.MODE_KEY), user(context, AccessMode.OIDC_SERVER_KEY),
                Optional.empty());
        String derived = HOST_KEY.equals(name) ? (mode.reachableBeyondLoopback() ? "0.0.0.0" : "127.0.0.1")
                : String.valueOf(mode == AccessMode.OIDC);
        return ConfigValue.builder().withName(name).withValue(derived)
                .withConfigSourceName("tickler access-mode defaults").withConfigSourceOrdinal(USER_SOURCES - 1).build();
    }

    private static Optional<String> user(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        return value == null ? Optional.empty() : Optional.ofNullable(value.getValue());
    }
}
