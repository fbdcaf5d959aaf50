package tickler.access;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Who gets in; every key is documented in config/application.properties. */
@ConfigMapping(prefix = "tickler.auth")
public interface AccessConfig {

    /** laptop, oidc or proxy; unset: oidc when quarkus.oidc.auth-server-url is set, else laptop. */
    Optional<String> mode();

    /** Addresses (anna@example.com) and domains (example.com) whose users may sign in. */
    Optional<List<String>> allowed();
}
