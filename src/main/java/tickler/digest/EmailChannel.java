package tickler.digest;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Email by Quarkus Mailer (SMTP, quarkus.mailer.*): multipart/alternative, a plain-text part and an
 * HTML part, both from Qute templates; the HTML one escapes every value.
 */
@ApplicationScoped
class EmailChannel implements Channel {

    private final List<String> to;
    private final Mailer mailer;
    private final Template html;
    private final Template text;

    EmailChannel(DigestConfig config, Mailer mailer, @Location("digest/email.html") Template html,
                 @Location("digest/email.txt") Template text) {
        this.to = config.email().to().orElse(List.of()).stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        this.mailer = mailer;
        this.html = html;
        this.text = text;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public Optional<String> missing() {
        return to.isEmpty() ? Optional.of("tickler.digest.email.to is not set") : Optional.empty();
    }

    @Override
    public String destination() {
        return String.join(", ", to);
    }

    @Override
    public void send(Digest digest) {
        mailer.send(new Mail()
                .setTo(to)
                .setSubject(digest.headline())
                .setText(text.data("digest", digest).render())
                .setHtml(html.data("digest", digest).render()));
    }
}
