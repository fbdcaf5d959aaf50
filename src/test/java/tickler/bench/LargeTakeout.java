package tickler.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tickler.demo.Mail;
import tickler.demo.MboxWriter;

/**
 * A large Takeout-format mbox for import benchmarks: synthetic but realistic messages (plain,
 * HTML, replies quoting their parent, about 5% with a 100–500 KB attachment, English and Russian,
 * some in koi8-r and windows-1251), streamed to disk so memory stays flat whatever the size.
 */
public final class LargeTakeout {

    public static final long DEFAULT_BYTES = 320L * 1024 * 1024;
    public static final String MBOX = "Takeout/Mail/All mail Including Spam and Trash.mbox";

    private static final Charset KOI8_R = Charset.forName("KOI8-R");
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String[] EN_WORDS = ("the app release build design screen payment user login server team "
            + "client project week update review test bug fix feature sprint meeting call budget plan launch store "
            + "android ios backend api push notification analytics crash report schedule contract invoice estimate "
            + "timeline mockup prototype demo feedback onboarding subscription account profile settings search cart")
            .split(" ");
    private static final String[] RU_WORDS = ("приложение релиз сборка дизайн экран оплата пользователь вход сервер "
            + "команда клиент проект неделя обновление проверка ошибка исправление функция спринт встреча звонок "
            + "бюджет план запуск магазин уведомление аналитика отчёт график договор счёт оценка сроки макет "
            + "прототип демо отзыв подписка профиль настройки поиск корзина доставка заказ").split(" ");
    private static final String[] EN_NAMES = {"James", "Mary", "John", "Linda", "Robert", "Emma", "David", "Sarah",
            "Michael", "Laura"};
    private static final String[] EN_SURNAMES = {"Smith", "Brown", "Taylor", "Wilson", "Clark", "Walker", "Hall",
            "Young", "King", "Wright"};
    private static final String[] RU_NAMES = {"Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Елена", "Сергей",
            "Наталья", "Андрей", "Татьяна"};
    private static final String[] RU_SURNAMES = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов",
            "Лебедев", "Козлов", "Новиков", "Морозов"};
    private static final String[] DOMAINS = {"gmail.com", "mail.ru", "yandex.ru", "outlook.com", "acme.com",
            "otkat.ru", "mail.otkat.ru", "example.co.uk", "studio.io", "bank.ru"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);

    private record Sent(Mail mail, String subject, String text, boolean russian, long thread, List<String> refs) {
    }

    private LargeTakeout() {
    }

    /** Arguments: [directory (target/bench)] [bytes (320 MB)] [seed (1)]. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        long bytes = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_BYTES;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long started = System.nanoTime();
        Path mbox = write(dir, bytes, seed);
        System.out.printf("%s: %d bytes in %.1f s%n", mbox, Files.size(mbox), (System.nanoTime() - started) / 1e9);
    }

    /** Writes messages until the mbox holds at least {@code targetBytes}; returns the mbox path. */
    public static Path write(Path dir, long targetBytes, long seed) throws IOException {
        Path mbox = dir.resolve(MBOX);
        Files.createDirectories(mbox.getParent());
        Random random = new Random(seed);
        List<Sent> recent = new ArrayList<>();
        Instant at = Instant.parse("2018-01-01T06:00:00Z");
        try (MboxWriter writer = new MboxWriter(new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 16))) {
            while (writer.bytes() < targetBytes) {
                at = at.plus(Duration.ofSeconds(30 + random.nextInt(600)));
                Sent sent = next(random, at, recent);
                writer.write(sent.mail());
                recent.add(sent);
                if (recent.size() > 64) {
                    recent.remove(0);
                }
            }
        }
        return mbox;
    }

    private static Sent next(Random r, Instant at, List<Sent> recent) {
        Sent parent = !recent.isEmpty() && r.nextInt(100) < 35 ? recent.get(r.nextInt(recent.size())) : null;
        boolean russian = parent != null ? parent.russian() : r.nextInt(100) < 40;
        Mail.Address from = person(r, russian);
        String text = paragraphs(r, russian);
        if (r.nextInt(50) == 0) {
            text = text + "\nFrom now on " + words(r, false, 6) + ".";
        }
        long id = (at.toEpochMilli() << 20) | r.nextInt(1 << 20);
        long thread = parent == null ? id : parent.thread();
        String subject = parent == null ? capitalise(words(r, russian, 3 + r.nextInt(5))) : parent.subject();
        Charset charset = !russian ? StandardCharsets.UTF_8
                : switch (r.nextInt(5)) {
                    case 0 -> KOI8_R;
                    case 1 -> CP1251;
                    default -> StandardCharsets.UTF_8;
                };
        List<String> refs = new ArrayList<>(parent == null ? List.of() : parent.refs());
        String messageId = "<" + Long.toHexString(id) + "." + r.nextInt(1 << 20) + "@" + from.address().split("@")[1] + ">";
        Mail m = new Mail()
                .gmail(id, thread, r.nextBoolean() ? List.of("Inbox", "Opened") : List.of("Sent"))
                .messageId(messageId)
                .date(at.atZone(russian ? ZoneId.of("Europe/Moscow") : ZoneId.of("America/New_York")))
                .from(from)
                .to(List.of(person(r, russian)))
                .cc(r.nextInt(4) == 0 ? List.of(person(r, russian), person(r, !russian)) : List.of())
                .subject(parent == null ? subject : "Re: " + subject)
                .text(text)
                .body(switch (r.nextInt(20)) {
                    case 0, 1, 2 -> Mail.Body.HTML;
                    case 3, 4, 5 -> Mail.Body.ALTERNATIVE;
                    default -> Mail.Body.PLAIN;
                })
                .encoding(charset, r.nextBoolean() ? Mail.Transfer.QUOTED_PRINTABLE : Mail.Transfer.BASE64);
        if (parent != null) {
            Mail.Address p = parent.mail().from();
            String when = DATE.format(parent.mail().date());
            m.replyTo(refs).quote(russian ? when + ", " + p.name() + " <" + p.address() + "> написал(а):"
                    : "On " + when + " " + p.name() + " <" + p.address() + "> wrote:", parent.text());
        }
        if (r.nextInt(20) == 0) {
            byte[] content = new byte[100 * 1024 + r.nextInt(400 * 1024)];
            r.nextBytes(content);
            m.attach(new Mail.Attachment(russian ? "Документ " + r.nextInt(1000) + ".pdf" : "scan-" + r.nextInt(1000) + ".pdf",
                    "application/pdf", content));
        }
        refs.add(messageId);
        return new Sent(m, subject, text, russian, thread, refs.size() > 10 ? refs.subList(refs.size() - 10, refs.size()) : refs);
    }

    private static Mail.Address person(Random r, boolean russian) {
        String[] names = russian ? RU_NAMES : EN_NAMES;
        String[] surnames = russian ? RU_SURNAMES : EN_SURNAMES;
        int n = r.nextInt(names.length);
        int s = r.nextInt(surnames.length);
        String local = (russian ? "user" + n + "." + s : EN_NAMES[n].toLowerCase(Locale.ROOT) + "." + EN_SURNAMES[s].toLowerCase(Locale.ROOT));
        return new Mail.Address(local + "@" + DOMAINS[r.nextInt(DOMAINS.length)], names[n] + " " + surnames[s]);
    }

    private static String paragraphs(Random r, boolean russian) {
        StringBuilder sb = new StringBuilder();
        int paragraphs = 1 + r.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + r.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                sb.append(capitalise(words(r, russian, 5 + r.nextInt(12)))).append(s + 1 < sentences ? ". " : ".");
            }
            sb.append("\n\n");
        }
        return sb.toString().strip();
    }

    private static String words(Random r, boolean russian, int n) {
        String[] vocabulary = russian ? RU_WORDS : EN_WORDS;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(vocabulary[r.nextInt(vocabulary.length)]);
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
