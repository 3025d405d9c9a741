package dev.vpos.simulator.stripe;

import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Stripe below {@code /stripe}: the API ({@code /stripe/v1/...}), the test 3-D Secure page ({@code /stripe/3ds/...})
 * and the simulated Stripe.js ({@code /stripe/js/v3/}). Browser calls (Stripe.js creating a PaymentMethod) are allowed
 * from any origin, as Stripe allows them. Logs method, path and status only: bodies carry card data.
 */
@WebServlet(urlPatterns = "/stripe/*")
public class StripeServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(StripeServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    StripeSimulator stripe;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String inContext =
                request.getRequestURI().substring(request.getContextPath().length());
        String path = inContext.substring("/stripe".length());
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "no-store");
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE");
            response.setHeader(
                    "Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key, Stripe-Version");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (path.startsWith("/js/v3")) {
            script(response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            response.sendError(413);
            return;
        }
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        URI base = URI.create(request.getRequestURL().toString().replace(inContext, "") + "/stripe");
        StripeReply reply = stripe.api()
                .handle(new StripeCall(request.getMethod(), path, request.getQueryString(), headers, body), base);
        LOG.info(() -> ("Stripe " + request.getMethod() + " " + path + " -> HTTP " + reply.status())
                .replaceAll("\\p{Cntrl}", "?"));
        if (reply.slow() && !SlowAnswer.pause()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        reply.headers().forEach(response::setHeader);
        response.setContentLength(reply.body().length);
        response.getOutputStream().write(reply.body());
    }

    private static void script(HttpServletResponse response) throws IOException {
        try (InputStream in = StripeServlet.class.getResourceAsStream("/stripe/stripe.js")) {
            byte[] js = in.readAllBytes();
            response.setContentType("text/javascript;charset=UTF-8");
            response.setContentLength(js.length);
            response.getOutputStream().write(js);
        }
    }
}
