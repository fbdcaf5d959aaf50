package tickler.digest;

import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;

import java.util.List;
import tickler.activity.Activity;

/**
 * A lead whose name and subjects are written to break out of a digest: Slack mentions and links,
 * mrkdwn formatting, HTML. Times in Europe/Moscow; the test clock stands at 26 Nov 2026 15:00 there.
 */
final class Hostile {

    static final String OWNER = "Olga <olga@sellwell.io>";
    static final String ADDRESS = "victim@gmail.com";
    static final String NAME = "<!channel> *bold* <script>alert(1)</script>";
    static final String SUBJECT = "<http://evil|click> & <!here> estimate";
    static final String REMINDER = "Call <!channel> <http://evil|click> *bold* <script>x</script>";

    private Hostile() {
    }

    static List<Activity> world() {
        return List.of(
                mail("intro").at("2026-09-01T09:00").from(OWNER).to("petr@sellwell.io").sent().title("Hi team").build(),
                mail("hostile-1").at("2026-11-25T18:00").from(NAME + " <" + ADDRESS + ">").to(OWNER).title(SUBJECT)
                        .text("Hello! Could you send us an estimate for a new mobile app?").build(),
                mail("hostile-2").at("2026-11-25T19:00").from(OWNER).to(ADDRESS).sent().title("Re: " + SUBJECT)
                        .text("Sure, I will call you tomorrow.").build(),
                event("hostile-call").at("2026-11-26T17:00").created("2026-11-25T19:05").organizer(OWNER)
                        .mentions(ADDRESS).title(REMINDER).text("Call " + ADDRESS).build());
    }
}
