package tickler.digest;

import java.time.ZoneId;

/** Where a digest's contents come from. */
interface DigestSource {

    Digest build(Period period);

    /** The owner's time zone, which the schedule follows. */
    ZoneId zone();
}
