package dev.vpos.web.pay;

import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationAcknowledgement;
import dev.vpos.notifications.application.NotificationInbox;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /notify/{definitionId}}: a provider's server-to-server notification (myPOS URL_Notify, a Stripe webhook
 * endpoint, the 2Checkout IPN URL, PayMaster's Result URL). No user signs in here: the family's adapter checks the
 * provider's signature. The body is read raw (signatures cover its exact bytes) and form fields are parsed from it in
 * the order sent. The notification is stored before the provider gets the answer it needs.
 */
@WebServlet(urlPatterns = "/notify/*")
public class NotificationServlet extends HttpServlet {

    private static final int MAX_BYTES = 256 * 1024;

    @Inject
    NotificationInbox inbox;

    @Inject
    Clock clock;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long definitionId;
        try {
            definitionId = Long.parseLong(
                    req.getPathInfo() == null ? "" : req.getPathInfo().replace("/", ""));
        } catch (NumberFormatException e) {
            answer(resp, new NotificationAcknowledgement(404, "text/plain; charset=UTF-8", "unknown endpoint"));
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            answer(resp, new NotificationAcknowledgement(413, "text/plain; charset=UTF-8", "too large"));
            return;
        }
        String contentType = req.getContentType();
        InboundNotification inbound = new InboundNotification(
                headers(req),
                body,
                contentType,
                isForm(contentType) ? form(body, charset(req)) : List.of(),
                clock.instant());
        try {
            answer(resp, inbox.receive(definitionId, inbound).acknowledgement());
        } catch (NotFoundException e) {
            answer(resp, new NotificationAcknowledgement(404, "text/plain; charset=UTF-8", "unknown endpoint"));
        }
    }

    private static void answer(HttpServletResponse resp, NotificationAcknowledgement ack) throws IOException {
        resp.setStatus(ack.status());
        resp.setContentType(ack.contentType());
        byte[] bytes = ack.body().getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static Map<String, List<String>> headers(HttpServletRequest req) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            out.put(name.toLowerCase(Locale.ROOT), Collections.list(req.getHeaders(name)));
        }
        return out;
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static Charset charset(HttpServletRequest req) {
        try {
            return req.getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : Charset.forName(req.getCharacterEncoding());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Form fields in the order sent, repeated names kept. */
    static List<Map.Entry<String, String>> form(byte[] body, Charset charset) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        String text = new String(body, StandardCharsets.ISO_8859_1); // percent-encoded: ASCII on the wire
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.add(Map.entry(URLDecoder.decode(name, charset), URLDecoder.decode(value, charset)));
            } catch (IllegalArgumentException malformed) {
                out.add(Map.entry(name, value));
            }
        }
        return out;
    }
}
