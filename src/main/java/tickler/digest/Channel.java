package tickler.digest;

import java.util.Optional;

/** Where digests go: Slack, email. */
interface Channel {

    /** "slack", "email": in the store and in answers. */
    String name();

    /** What to configure before it can send, or empty when it can. */
    Optional<String> missing();

    /** Where a send goes, for people (never a secret such as the webhook URL). */
    String destination();

    void send(Digest digest) throws Exception;
}
