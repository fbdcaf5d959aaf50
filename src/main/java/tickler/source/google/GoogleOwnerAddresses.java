package tickler.source.google;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import tickler.identity.IdentitySource;

/** The connected accounts and their send-as aliases are the owner's addresses. */
@ApplicationScoped
class GoogleOwnerAddresses implements IdentitySource {

    private final GoogleStore store;

    GoogleOwnerAddresses(GoogleStore store) {
        this.store = store;
    }

    @Override
    public Set<String> ownerAddresses() {
        return store.ownerAddresses();
    }
}
