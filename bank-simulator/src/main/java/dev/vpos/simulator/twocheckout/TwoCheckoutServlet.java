package dev.vpos.simulator.twocheckout;

import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.http.HtmlErrorPage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The simulated 2Checkout at paths shaped like its own: ConvertPlus {@code /twocheckout/checkout/buy} (GET, or POST
 * from a form), the card page's {@code /twocheckout/checkout/pay}, and the REST API under
 * {@code /twocheckout/rest/6.0/}. Logs no card data.
 */
@WebServlet(urlPatterns = {TwoCheckoutShop.BUY_PATH, TwoCheckoutShop.PAY_PATH, TwoCheckoutShop.API_PREFIX + "/*"})
public class TwoCheckoutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(TwoCheckoutServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    TwoCheckoutProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, new byte[0]);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            HtmlErrorPage.send(response, 413, "Request Entity Too Large", "The request is too large.");
            return;
        }
        handle(request, response, body);
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        String path = request.getServletPath();
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        TwoCheckoutShop shop = provider.shop();
        boolean form = request.getContentType() == null
                || request.getContentType().startsWith("application/x-www-form-urlencoded");
        TwoCheckoutReply reply;
        if (TwoCheckoutShop.BUY_PATH.equals(path)) {
            reply = shop.buyLink(FormParameters.firstValues(request.getQueryString(), form ? body : null), base);
        } else if (TwoCheckoutShop.PAY_PATH.equals(path) && "POST".equals(request.getMethod())) {
            reply = shop.pay(FormParameters.firstValues(null, body), base);
        } else if (path.startsWith(TwoCheckoutShop.API_PREFIX)) {
            reply = shop.api()
                    .handle(
                            request.getMethod(),
                            request.getPathInfo() == null ? "/" : request.getPathInfo(),
                            request.getQueryString(),
                            request.getHeader("X-Avangate-Authentication"),
                            body);
        } else {
            HtmlErrorPage.send(response, 405, "Method Not Allowed", "Use POST.");
            return;
        }
        LOG.info(() -> ("2CO " + request.getMethod() + " " + path
                        + (request.getPathInfo() == null ? "" : request.getPathInfo()) + " -> HTTP " + reply.status())
                .replaceAll("\\p{Cntrl}", "?"));
        response.setStatus(reply.status());
        response.setHeader("Cache-Control", "no-store");
        if (reply.location() != null) {
            response.setHeader("Location", reply.location());
        }
        response.setContentType(reply.contentType());
        byte[] bytes = reply.bytes();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
