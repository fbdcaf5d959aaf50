package tickler.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.testkit.Acts.mail;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.testkit.Acts;

class IdentityTest {

    private IdentityRules rules;
    private Identity identity;

    @BeforeEach
    void setUp() throws IOException {
        rules = IdentityRules.load(Acts.DEFAULTS)
                .with(Set.of("olga.private@gmail.com"), Set.of("sellwell-group.com"), Set.of("partnerhub.io"));
        List<Activity> mailbox = List.of(
                mail("sent1").at("2026-10-01T10:00").from("Olga <olga@sellwell.io>").to("vasya@otkat.ru").sent().build(),
                mail("in1").at("2026-10-01T11:00").from("vasya@otkat.ru").to("olga@sellwell.io").label("Inbox").build());
        identity = Identity.infer(mailbox, rules);
    }

    @Test
    void ownerIsTheSenderOfSentMailPlusConfiguredAddresses() {
        assertEquals(Set.of("olga@sellwell.io", "olga.private@gmail.com"), identity.ownerAddresses());
        assertTrue(identity.isOwner("OLGA@sellwell.io"));
        assertFalse(identity.isOwner("vasya@otkat.ru"));
    }

    @Test
    void internalDomainsAreTheOwnersCorporateDomainsNeverFreeMail() {
        assertEquals(Set.of("sellwell.io", "sellwell-group.com"), identity.internalDomains());
        assertTrue(identity.isInternal("petr@sellwell.io"));
        assertTrue(identity.isInternal("petr@eu.sellwell.io"));
        assertTrue(identity.isInternal("ivan@sellwell-group.com"));
        assertFalse(identity.isInternal("someone@gmail.com"));
        assertEquals(Optional.empty(), identity.leadKey("petr@sellwell.io"));
    }

    @Test
    void machinesAreRecognisedByLocalPartCalendarDomainAndBlocklist() {
        Identity blocking = Identity.infer(List.of(), new IdentityRules(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of("noreply", "bounces"), Set.of("spam.example.com", "bot@otkat.ru"), Set.of("calendar.google.com")));
        assertTrue(blocking.isAutomated("noreply@otkat.ru"));
        assertTrue(blocking.isAutomated("bounces+1234@mailer.otkat.ru"));
        assertTrue(blocking.isAutomated("billing-noreply@otkat.ru"));
        assertTrue(blocking.isAutomated("c_1888@resource.calendar.google.com"));
        assertTrue(blocking.isAutomated("team_abc@group.calendar.google.com"));
        assertTrue(blocking.isAutomated("anyone@news.spam.example.com"));
        assertTrue(blocking.isAutomated("bot@otkat.ru"));
        assertFalse(blocking.isAutomated("vasya@otkat.ru"));
        assertFalse(blocking.isAutomated("noreplyvasya@otkat.ru"));
        assertEquals(Optional.empty(), blocking.leadKey("noreply@otkat.ru"));
    }

    @Test
    void bulkAndAutoSubmittedMessagesAreAutomated() {
        assertTrue(identity.isAutomated(mail("l").at("2026-10-01T10:00").from("news@shop.ru").header("List-Id", "<news.shop.ru>").build()));
        assertTrue(identity.isAutomated(mail("u").at("2026-10-01T10:00").from("news@shop.ru")
                .header("List-Unsubscribe", "<mailto:u@shop.ru>").header("Precedence", "bulk").build()));
        assertFalse(identity.isAutomated(mail("u2").at("2026-10-01T10:00").from("vasya@otkat.ru")
                .header("List-Unsubscribe", "<mailto:u@otkat.ru>").build()));
        assertTrue(identity.isAutomated(mail("a").at("2026-10-01T10:00").from("vasya@otkat.ru")
                .header("Auto-Submitted", "auto-replied").build()));
        assertFalse(identity.isAutomated(mail("n").at("2026-10-01T10:00").from("vasya@otkat.ru")
                .header("Auto-Submitted", "no").build()));
        assertTrue(identity.isAutomated(mail("r").at("2026-10-01T10:00").from("no-reply@bank.ru").build()));
    }

    @Test
    void leadKeyIsTheRegistrableDomainOrTheFreeMailAddress() {
        assertEquals(Optional.of("otkat.ru"), identity.leadKey("vasya@mail.otkat.ru"));
        assertEquals(Optional.of("otkat.ru"), identity.leadKey("Petya@OTKAT.ru"));
        assertEquals(Optional.of("airbnb.co.uk"), identity.leadKey("host@airbnb.co.uk"));
        assertEquals(Optional.of("ivan.petrov@gmail.com"), identity.leadKey("ivan.petrov@gmail.com"));
        assertEquals(Optional.of("masha@yandex.ru"), identity.leadKey("masha@yandex.ru"));
        assertEquals(Optional.of("root@[192.168.1.1]"), identity.leadKey("root@[192.168.1.1]"));
        assertEquals(Optional.empty(), identity.leadKey("not-an-address"));
        assertEquals(Optional.empty(), identity.leadKey("olga@sellwell.io"));
        assertEquals(Optional.empty(), identity.leadKey("olga.private@gmail.com"));
    }

    @Test
    void partnersAreNotLeads() {
        assertTrue(identity.isPartner("kate@partnerhub.io"));
        assertTrue(identity.isPartner("kate@eu.partnerhub.io"));
        assertEquals(Optional.empty(), identity.leadKey("kate@partnerhub.io"));
    }

    @Test
    void organisationLabelIsTheDistinctivePartOfTheDomain() {
        assertEquals(Optional.of("otkat"), Identity.organisationLabel("otkat.ru"));
        assertEquals(Optional.of("airbnb"), Identity.organisationLabel("airbnb.co.uk"));
        assertEquals(Optional.empty(), Identity.organisationLabel("ivan@gmail.com"));
    }

    @Test
    void defaultsListTheCommonFreeMailDomains() {
        assertTrue(rules.freeMailDomains().containsAll(Set.of("gmail.com", "mail.ru", "yandex.ru", "outlook.com", "proton.me")));
        assertTrue(rules.calendarSystemDomains().contains("calendar.google.com"));
    }
}
