package tickler.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import tickler.report.MonthlyReport;
import tickler.report.ReportService;
import tickler.report.ReportVersion;
import tickler.report.ShareLink;
import tickler.report.ShareLinks;

/** Monthly reports, their versions and their share links as JSON. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportApi {

    /** What a share link is created with; the body and both fields are optional. */
    public record LinkRequest(Integer version, Integer expiresInDays) {
    }

    private final ReportService reports;
    private final ShareLinks links;
    private final ObjectMapper json;

    ReportApi(ReportService reports, ShareLinks links, ObjectMapper json) {
        this.reports = reports;
        this.links = links;
        this.json = json;
    }

    /** The month's latest report, or with {@code ?version=N} one kept version. */
    @GET
    @Path("/monthly/{month}")
    public MonthlyReport monthly(@PathParam("month") String month, @QueryParam("version") Integer version) {
        YearMonth yearMonth = Months.parse(month);
        return reports.show(yearMonth, version)
                .orElseThrow(() -> new NotFoundException("The report of " + month + " has no version " + version))
                .report();
    }

    /** Computes the month now and keeps it as a new version; the older versions stay. */
    @POST
    @Path("/monthly/{month}/versions")
    public Response regenerate(@PathParam("month") String month) {
        ReportVersion version = reports.regenerate(Months.parse(month));
        return Response.status(Response.Status.CREATED)
                .entity(new ReportVersion(version.month(), version.number(), version.writtenBy(), version.generatedAt(), null))
                .build();
    }

    @POST
    @Path("/monthly/{month}/links")
    public Response createLink(@PathParam("month") String month, String body, @Context UriInfo uri) {
        LinkRequest asked = linkRequest(body);
        if (asked.expiresInDays() != null && asked.expiresInDays() < 1) {
            throw new BadRequestException("expiresInDays is a number of days from 1; leave it out for the default");
        }
        Duration expiry = asked.expiresInDays() == null ? null : Duration.ofDays(asked.expiresInDays());
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(links.create(Months.parse(month), asked.version(), expiry, uri.getBaseUri()))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    /** Read by hand so that a POST without a body (or without a content type) asks for the defaults. */
    private LinkRequest linkRequest(String body) {
        if (body == null || body.isBlank()) {
            return new LinkRequest(null, null);
        }
        try {
            return json.readValue(body, LinkRequest.class);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("Send {\"version\": n, \"expiresInDays\": n} (both optional), or nothing");
        }
    }

    @GET
    @Path("/links")
    public List<ShareLink> links() {
        return links.list();
    }

    /** Revokes a link: its URL answers 404 from now on. */
    @DELETE
    @Path("/links/{id}")
    public Response revoke(@PathParam("id") long id) {
        if (!links.revoke(id)) {
            throw new NotFoundException("No share link " + id);
        }
        return Response.noContent().build();
    }
}
