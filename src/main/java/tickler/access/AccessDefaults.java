package tickler.access;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that follow the access mode: where the HTTP server listens (127.0.0.1 in laptop mode,
 * every interface in OIDC and proxy modes) and whether Quarkus' OIDC tenant is on. Quarkus' own
 * default host in production is 0.0.0.0, which is exactly what laptop mode must not do. The
 * ordinal is below every file, environment variable and -D option, so an explicit setting still
 * wins; {@link AccessStart} refuses to start when that explicit host leaves loopback in laptop mode.
 */
public class AccessDefaults implements ConfigSourceFactory {

    static final int ORDINAL = 110;
    static final String HOST_KEY = "quarkus.http.host";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        AccessMode mode = AccessMode.resolve(value(context, AccessMode.MODE_KEY),
                value(context, AccessMode.OIDC_SERVER_KEY), value(context, AccessMode.OIDC_ENABLED_KEY));
        Map<String, String> defaults = Map.of(
                HOST_KEY, mode.reachableBeyondLoopback() ? "0.0.0.0" : "127.0.0.1",
                AccessMode.OIDC_ENABLED_KEY, String.valueOf(mode == AccessMode.OIDC));
        return List.of(new PropertiesConfigSource(defaults, "tickler access-mode defaults", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static Optional<String> value(ConfigSourceContext context, String key) {
        ConfigValue value = context.getValue(key);
        return value == null ? Optional.empty() : Optional.ofNullable(value.getValue());
    }
}
