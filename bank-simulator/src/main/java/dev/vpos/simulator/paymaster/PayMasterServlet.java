package dev.vpos.simulator.paymaster;

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
 * The simulated PayMaster: the payment order form {@code /paymaster/Payment/Init} (GET or POST; also
 * {@code /paymaster/payment/init}), the card page's {@code /paymaster/Payment/Pay} and the REST API under
 * {@code /paymaster/api/v1/}. Logs no card data.
 */
@WebServlet(
        urlPatterns = {
            PayMasterSite.INIT_PATH,
            "/paymaster/payment/init",
            PayMasterSite.PAY_PATH,
            PayMasterSite.API_PREFIX + "/*"
        })
public class PayMasterServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PayMasterServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    PayMasterProvider provider;

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
        PayMasterSite site = provider.site();
        PayMasterReply reply;
        if (path.equalsIgnoreCase(PayMasterSite.INIT_PATH)) {
            reply = site.init(FormParameters.firstValues(request.getQueryString(), body), base);
        } else if (path.equals(PayMasterSite.PAY_PATH) && "POST".equals(request.getMethod())) {
            reply = site.pay(FormParameters.firstValues(null, body), base);
        } else if (path.startsWith(PayMasterSite.API_PREFIX) && request.getPathInfo() != null) {
            reply = site.api().handle(request.getPathInfo().replace("/", ""), request.getQueryString());
        } else {
            HtmlErrorPage.send(response, 405, "Method Not Allowed", "Use POST.");
            return;
        }
        LOG.info(() -> ("PAYMASTER " + request.getMethod() + " " + path
                        + (request.getPathInfo() == null ? "" : request.getPathInfo()) + " -> HTTP " + reply.status())
                .replaceAll("\\p{Cntrl}", "?"));
        response.setStatus(reply.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(reply.contentType());
        byte[] bytes = reply.bytes();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
