package tickler.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import tickler.access.AccessTokens;
import tickler.access.PageAccess;

/** /settings: personal access tokens for scripts, created (shown once), listed and revoked. */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(List<AccessTokens.Token> tokens, AccessTokens.Created created,
                                                PageStatus.Status status);
    }

    private final AccessTokens tokens;
    private final PageAccess access;
    private final PageStatus status;

    SettingsPage(AccessTokens tokens, PageAccess access, PageStatus status) {
        this.tokens = tokens;
        this.access = access;
        this.status = status;
    }

    @GET
    public TemplateInstance page() {
        return Templates.settings(tokens.list(access.signedIn()), null, status.now());
    }

    /** Answers the page with the new token on it: the one time it is shown. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance create(@FormParam("name") String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new BadRequestException("Name the token (up to 200 characters): what script will use it?");
        }
        AccessTokens.Created created = tokens.create(access.signedIn(), name.strip());
        return Templates.settings(tokens.list(access.signedIn()), created, status.now());
    }

    @POST
    @Path("tokens/{id}/revoke")
    public Response revoke(@PathParam("id") String id) {
        if (!tokens.revoke(access.signedIn(), id)) {
            throw new NotFoundException("No such live token");
        }
        return Response.seeOther(URI.create("/settings")).build();
    }
}
