package tickler.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) and a Slack webhook receiver, and the configuration that sends digests to them. */
public class DigestServers implements QuarkusTestResourceLifecycleManager {

    public static final String TO = "anna@example.com";
    public static final String PUBLIC_URL = "https://tickler.example.com";

    public static GreenMail smtp;
    public static SlackReceiver slack;

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        slack = SlackReceiver.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getServerSetup().getPort()),
                "tickler.digest.email.to", TO + ", boss@example.com",
                "tickler.digest.slack.webhook-url", slack.url().toString(),
                "tickler.public-url", PUBLIC_URL);
    }

    @Override
    public void stop() {
        smtp.stop();
        slack.close();
    }
}
