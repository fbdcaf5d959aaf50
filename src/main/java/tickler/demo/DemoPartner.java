package tickler.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import tickler.identity.IdentitySource;

/** While the demo is shown, its partner agency is a partner, so its PARTNER leads show without configuration. */
@ApplicationScoped
class DemoPartner implements IdentitySource {

    private final FirstStart firstStart;

    DemoPartner(FirstStart firstStart) {
        this.firstStart = firstStart;
    }

    @Override
    public Set<String> partnerDomains() {
        return firstStart.demoShown() ? Set.of(DemoTakeout.PARTNER_DOMAIN) : Set.of();
    }
}
