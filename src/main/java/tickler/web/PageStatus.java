package tickler.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.List;
import tickler.store.Settings;
import tickler.digest.Digests;
import tickler.lead.LeadService;
import tickler.source.google.AccountStatus;
import tickler.source.google.GoogleConfig;
import tickler.source.google.GoogleSyncStatus;
import tickler.source.takeout.ImportProgress;
import tickler.source.takeout.TakeoutImport;

/** What every page shows in its header, gathered in one place for all pages. */
@ApplicationScoped
class PageStatus {

    /**
     * @param demo        the store holds the bundled demo
     * @param privacyMode Gmail is read as headers only, so nothing is inferred from bodies
     * @param progress    the running or last import
     * @param zone        the owner's time zone, for dates
     * @param sync        Google sync at a glance, or null with no account connected
     * @param digestFailing the latest digest send to some channel failed
     */
    public record Status(boolean demo, boolean privacyMode, ImportProgress progress, ZoneId zone, SyncBadge sync,
                         boolean digestFailing) {
    }

    private final Settings settings;
    private final GoogleConfig google;
    private final TakeoutImport imports;
    private final LeadService leads;
    private final GoogleSyncStatus sync;
    private final Digests digests;

    PageStatus(Settings settings, GoogleConfig google, TakeoutImport imports, LeadService leads, GoogleSyncStatus sync,
               Digests digests) {
        this.digests = digests;
        this.settings = settings;
        this.google = google;
        this.imports = imports;
        this.leads = leads;
        this.sync = sync;
    }

    Status now() {
        return now(sync.accounts());
    }

    /** The same, for a page that has read the accounts' sync status already. */
    Status now(List<AccountStatus> accounts) {
        return new Status(settings.demoShown(), google.privacyMode(), imports.progress(), leads.zone(),
                SyncBadge.of(accounts), digests.failing());
    }
}
