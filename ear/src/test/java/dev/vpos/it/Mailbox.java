package dev.vpos.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tests' SMTP server: GreenMail in the test JVM on {@code vpos.test.smtpPort} (scripts/test: VPOS_TEST_SMTP_PORT,
 * default 3025), the port the test server's mail session {@code mail/vpos} sends to. Started by the first test that
 * reads mail and kept for the whole run (one test JVM), so a test finds only its own mail by its recipient.
 */
final class Mailbox {

    private static GreenMail server;

    private Mailbox() {}

    static synchronized GreenMail server() {
        if (server == null) {
            int port = Integer.getInteger("vpos.test.smtpPort", 3025);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Makes sure the server is listening before a test makes the module send. */
    static void open() {
        server();
    }

    /**
     * Stops the server, so that the test server's mail session finds nothing listening (a refused connection) until
     * {@link #open()} starts a new one on the same port. Mail received before is gone with it; tests run one at a
     * time in this JVM, and each finds its own mail by a fresh address.
     */
    static synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received so far for this address, oldest first. */
    static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase()))
                .toList();
    }

    /** Waits until {@code count} mails for the address have arrived that match, and answers them. */
    static List<MimeMessage> await(String address, int count, Predicate<MimeMessage> matching) {
        return Await.until(
                () -> to(address).stream().filter(matching).toList(),
                l -> l.size() >= count,
                count + " mail(s) to " + address);
    }

    /** The mail's plain text, decoded (the text part of a text + HTML mail). */
    static String text(MimeMessage m) {
        try {
            return text((jakarta.mail.Part) m);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's HTML alternative, decoded, or null. */
    static String html(MimeMessage m) {
        try {
            if (m.getContent() instanceof jakarta.mail.Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    if (mp.getBodyPart(i).isMimeType("text/html")) {
                        return (String) mp.getBodyPart(i).getContent();
                    }
                }
            }
            return null;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(jakarta.mail.Part p) throws MessagingException, java.io.IOException {
        if (p.isMimeType("text/plain")) {
            return (String) p.getContent();
        }
        if (p.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    static String raw(MimeMessage m) {
        return GreenMailUtil.getWholeMessage(m);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients()).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
