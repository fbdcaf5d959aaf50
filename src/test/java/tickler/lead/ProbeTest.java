package tickler.lead;

import static tickler.lead.LeadInferenceTest.OWNER;
import static tickler.lead.LeadInferenceTest.infer;
import static tickler.lead.LeadInferenceTest.lead;
import static tickler.testkit.Acts.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;

class ProbeTest {
    @Test
    void probe() throws Exception {
        String leadAddress = "nina@shop.ru";
        for (String line : Files.readAllLines(Path.of("/tmp/probe.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\\|", 2);
            Activity ask = mail("ask").at("2026-10-01T10:00").from(leadAddress).to(OWNER).text("Need a web shop, can you help? Нужен интернет-магазин").build();
            Activity reply = mail("reply").at("2026-10-02T10:00").from(OWNER).to(leadAddress).sent().text("Thanks, let's talk on Thursday.").build();
            Activity offer = mail("offer").at("2026-10-03T10:00").from(OWNER).to(leadAddress).sent().text("Please find the proposal attached.").build();
            boolean byOwner = parts[0].startsWith("owner");
            boolean noOffer = parts[0].endsWith("NoOffer");
            var builder = mail("probe").at("2026-10-05T10:00");
            Activity probe = (byOwner ? builder.from(OWNER).to(leadAddress).sent() : builder.from(leadAddress).to(OWNER)).text(parts[1]).build();
            Lead l = lead((noOffer ? infer("2026-10-25T12:00", ask, reply, probe) : infer("2026-10-25T12:00", ask, reply, offer, probe)), "shop.ru");
            System.out.println("PROBE " + l.stage() + " budget=" + l.budget() + " team=" + l.teamSize() + " <- " + line);
        }
    }

    @Test
    void amounts() throws Exception {
        for (String line : Files.readAllLines(Path.of("/tmp/probe-amounts.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\\|", 2);
            System.out.println("PROBE-AMOUNT " + Amounts.last(parts[1], parts[0]) + " <- " + line);
        }
    }
}
