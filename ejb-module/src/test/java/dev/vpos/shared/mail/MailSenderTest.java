package dev.vpos.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailSenderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aMailReachesTheSmtpServerFromTheSessionsSenderInUtf8() throws Exception {
        MailSender sender = new MailSender(session(smtp.getSmtp().getPort(), Properties::new), CLOCK);

        MailDelivery d = sender.send(new OutgoingMail(
                "ayse@example.com", "Ödeme bağlantınız", "Tutar: ₺1.250,00", "<p>Tutar: ₺1.250,00</p>"));

        assertTrue(d.sent(), d.failure());
        assertEquals(CLOCK.instant(), d.at().toInstant());
        MimeMessage[] got = smtp.getReceivedMessages();
        assertEquals(1, got.length);
        assertEquals("Ödeme bağlantınız", got[0].getSubject());
        assertEquals("VPOS <noreply@vpos.example>", got[0].getFrom()[0].toString());
        assertEquals("ayse@example.com", got[0].getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(got[0]).contains("text/html"), "HTML alternative");
    }

    @Test
    void aServerThatRefusesTheConnectionIsAFailureWithItsReasonNotAnException() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        MailDelivery d = new MailSender(session(closed, Properties::new), CLOCK)
                .send(OutgoingMail.text("ayse@example.com", "Link", "https://pay.example/x"));

        assertFalse(d.sent());
        assertTrue(d.failure().contains("connect"), d.failure());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aSilentServerCostsAtMostTheSessionsDeadline() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // never greets
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Properties shortDeadline = new Properties();
            shortDeadline.put(MailSender.READ_TIMEOUT, "700");
            long start = System.nanoTime();

            MailDelivery d = new MailSender(session(silent.getLocalPort(), () -> shortDeadline), CLOCK)
                    .send(OutgoingMail.text("ayse@example.com", "Link", "https://pay.example/x"));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertFalse(d.sent());
            assertTrue(d.failure().toLowerCase().contains("timed out"), d.failure());
            assertTrue(took.toMillis() < 5000, "gave up after " + took);
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void deadlinesTheServerLeftOutAreAddedAndItsOwnAreKept() {
        Properties p = new Properties();
        p.put(MailSender.READ_TIMEOUT, "1234");
        MailSender.withDeadlines(p);
        assertEquals("1234", p.get(MailSender.READ_TIMEOUT));
        assertEquals(MailSender.DEFAULT_CONNECT_MILLIS, p.get(MailSender.CONNECT_TIMEOUT));
        assertEquals(MailSender.DEFAULT_IO_MILLIS, p.get(MailSender.WRITE_TIMEOUT));
    }

    @Test
    void addressesAreCheckedAsTheSmtpServerWillReadThem() {
        assertTrue(MailSender.isAddress("ayse.yilmaz@example.com.tr"));
        assertFalse(MailSender.isAddress("ayse@"));
        assertFalse(MailSender.isAddress("a@example.com, b@example.com"));
        assertFalse(MailSender.isAddress("no address"));
        assertFalse(MailSender.isAddress(""));
        assertFalse(MailSender.isAddress(null));
    }

    private static Session session(int port, java.util.function.Supplier<Properties> base) {
        Properties p = base.get();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.from", "VPOS <noreply@vpos.example>");
        return Session.getInstance(p);
    }
}
