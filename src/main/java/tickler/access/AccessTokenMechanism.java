package tickler.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * {@code Authorization: Bearer <personal access token>}, for scripts, in every mode. A request
 * without one is left to the other mechanisms (the OIDC session, or none); a wrong, unknown or
 * revoked token is refused with 401, so a script learns at once that its token no longer works.
 */
@ApplicationScoped
public class AccessTokenMechanism implements HttpAuthenticationMechanism {

    /** Set on identities authenticated by a token: such requests carry no ambient credential. */
    static final String TOKEN_ID = "tickler.access-token";
    private static final String BEARER = "bearer ";
    /** The owner of tokens created where nobody signs in (laptop and proxy modes). */
    private static final String LOCAL_OWNER = "local";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String secret = bearer(context);
        return secret == null ? Uni.createFrom().nullItem() : identities.authenticate(new Request(secret));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        boolean script = bearer(context) != null || context.normalizedPath().startsWith("/api/");
        return script ? Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"tickler\""))
                : Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    /** Before OIDC's own mechanism, so that API calls without a session answer 401 rather than a sign-in redirect. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    private static String bearer(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String secret = header.substring(BEARER.length()).strip();
        return secret.isEmpty() ? null : secret;
    }

    static final class Request extends BaseAuthenticationRequest {
        final String secret;

        Request(String secret) {
            this.secret = secret;
        }
    }

    /** Looks a token up in the store (blocking, so off the event loop). */
    @ApplicationScoped
    static class Provider implements IdentityProvider<Request> {

        private final AccessTokens tokens;

        Provider(AccessTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.use(request.secret)
                    .map(token -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(token.owner() == null ? LOCAL_OWNER : token.owner()))
                            .addAttribute(TOKEN_ID, token.id())
                            .build())
                    .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked access token")));
        }
    }
}
