package dev.vpos.simulator.param;

import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Param below {@code /param/}: the TurkPos SOAP service at {@value #SERVICE} (POST a SOAP 1.1 envelope;
 * {@code GET ?wsdl} serves the same WSDL the adapter's client was generated from), with the transport faults of the
 * magic sale amounts; and the 3-D pages ({@code Acs}, {@code AcsVerify}). A plain servlet answers SOAP: the simulator
 * runs no JAX-WS server runtime. Logs only the operation and its result, never a field.
 */
@WebServlet(urlPatterns = "/param/*")
public class ParamServlet extends HttpServlet {

    static final String SERVICE = "/turkpos.ws/service_turkpos_test.asmx";
    static final String WSDL_RESOURCE = "/param/turkpos.wsdl";
    private static final Logger LOG = Logger.getLogger(ParamServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    ParamBankHolder holder;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SERVICE.equals(request.getPathInfo())
                && request.getQueryString() != null
                && request.getQueryString().equalsIgnoreCase("wsdl")) {
            response.setContentType("text/xml; charset=utf-8");
            try (InputStream wsdl = ParamServlet.class.getResourceAsStream(WSDL_RESOURCE)) {
                if (wsdl == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                wsdl.transferTo(response.getOutputStream());
            }
            return;
        }
        if (ParamHostedPayments.SERVICE.equals(request.getPathInfo())
                && "wsdl".equalsIgnoreCase(request.getQueryString())) {
            response.setContentType("text/xml; charset=utf-8");
            try (InputStream wsdl = ParamServlet.class.getResourceAsStream("/param/turkodeme.wsdl")) {
                if (wsdl == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                wsdl.transferTo(response.getOutputStream());
            }
            return;
        }
        if (ParamHostedPayments.PAGE.equals(request.getPathInfo())) {
            URI familyBase = URI.create(request.getRequestURL().toString().replaceFirst("/param/.*$", "/param"));
            page(response, holder.bank().hostedPage(request.getParameter("s"), familyBase));
            return;
        }
        if (ParamBank.THREE_D_PAY_PAGE.equals(request.getPathInfo())) {
            URI familyBase = URI.create(request.getRequestURL().toString().replaceFirst("/param/.*$", "/param"));
            page(response, holder.bank().threeDPayPage(request.getParameter("SID"), familyBase));
            return;
        }
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        URI familyBase = URI.create(request.getRequestURL().toString().replaceFirst("/param/.*$", "/param"));
        ParamBank bank = holder.bank();
        switch (path) {
            case SERVICE -> soap(bank, request, response, familyBase);
            case ParamBank.ACS -> page(response, bank.acs(form(request), familyBase));
            case ParamBank.ACS_VERIFY -> page(response, bank.verify(form(request)));
            case ParamHostedPayments.SERVICE -> {
                byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
                ParamBank.Answer answer = body.length > MAX_REQUEST_BYTES
                        ? new ParamBank.Answer(
                                500, ParamSoap.fault("Client", "Request too large."), ParamOutcomes.Fault.NONE)
                        : bank.hostedRegister(body, request.getRemoteAddr());
                LOG.info(() -> "PARAM Service_Odeme -> HTTP " + answer.status());
                byte[] xml = answer.xml().getBytes(StandardCharsets.UTF_8);
                response.setStatus(answer.status());
                response.setContentType("text/xml; charset=utf-8");
                response.setContentLength(xml.length);
                response.getOutputStream().write(xml);
            }
            case ParamHostedPayments.PAGE -> page(response, bank.hostedCard(form(request), familyBase));
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void soap(ParamBank bank, HttpServletRequest request, HttpServletResponse response, URI familyBase)
            throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        ParamBank.Answer answer = body.length > MAX_REQUEST_BYTES
                ? new ParamBank.Answer(500, ParamSoap.fault("Client", "Request too large."), ParamOutcomes.Fault.NONE)
                : bank.handle(body, familyBase);
        switch (answer.fault()) {
            case HTTP_500 -> {
                HtmlErrorPage.send(response, 500, "Internal Server Error", "The server encountered an internal error.");
                return;
            }
            case SLOW_ANSWER -> {
                if (!SlowAnswer.pause()) {
                    HtmlErrorPage.send(response, 503, "Service Unavailable", "Stopping.");
                    return;
                }
            }
            default -> {}
        }
        LOG.info(() -> "PARAM SOAP -> HTTP " + answer.status() + " " + answer.fault());
        byte[] xml = answer.xml().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("text/xml; charset=utf-8");
        OutputStream out = response.getOutputStream();
        switch (answer.fault()) {
            case MALFORMED_BODY -> {
                response.setContentLength(xml.length / 2);
                out.write(Arrays.copyOf(xml, xml.length / 2));
            }
            case CONNECTION_RESET -> {
                response.setContentLength(xml.length);
                out.write(Arrays.copyOf(xml, xml.length / 2));
                out.flush();
                out.close();
            }
            default -> {
                response.setContentLength(xml.length);
                out.write(xml);
            }
        }
    }

    private static void page(HttpServletResponse response, ParamBank.Page page) throws IOException {
        response.setStatus(page.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(HttpServletRequest request) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        return form;
    }
}
