package dev.vpos.simulator.est;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/** The EST (NestPay/Payten) API endpoint {@code /est/fim/api}: XML sale in, {@code CC5Response} out. */
@WebServlet(urlPatterns = "/est/fim/api")
public class EstApiServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(EstApiServlet.class.getName());
    private static final DateTimeFormatter TRXDATE = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
    private static final DateTimeFormatter HOSTDATE = DateTimeFormatter.ofPattern("MMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock = Clock.system(ZoneId.of("Europe/Istanbul"));
    private final long slowMillis = Long.getLong("vpos.simulator.slowMillis", 30_000L);
    private EstRules rules;

    @Inject
    Ledger ledger;

    @Override
    public void init() {
        rules = new EstRules(EstMerchants.load(), ledger, clock);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        EstRequest r = EstRequest.parse(body, request.getContentType()).orElse(null);
        if (r == null) {
            answer(response, null, EstVerdict.error("CORE-1000", "XML bicimi hatali / malformed request"), "", "");
            return;
        }
        EstVerdict verdict = rules.decide(r);
        LOG.fine(() -> "EST " + r + " -> " + verdict);
        switch (verdict.fault()) {
            case SLOW -> sleep();
            case MALFORMED -> {
                response.setContentType("text/xml;charset=ISO-8859-9");
                response.getOutputStream().write("<CC5Response><OrderId>".getBytes(EstResponseWriter.CHARSET));
                return;
            }
            case HTTP_500 -> {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal Server Error");
                return;
            }
            default -> {
            }
        }
        EstVerdict outcome = verdict.fault() == EstVerdict.Fault.SLOW ? EstVerdict.approve() : verdict;
        String orderId = r.get("OrderId").isEmpty() ? "ORDER-" + digits(12) : r.get("OrderId");
        String authCode = outcome.approved() ? "P" + digits(5) : "";
        String hostRef = digits(12);
        String transId = "26" + digits(3) + "Mvf" + (char) ('A' + RANDOM.nextInt(26)) + digits(5);
        if (!"Error".equals(outcome.response())) {
            record(r, orderId, outcome, authCode, hostRef, transId);
        }
        answer(response, orderId, outcome, authCode, hostRef + "|" + transId + "|" + Cards.brand(r.get("Number")));
    }

    private void record(EstRequest r, String orderId, EstVerdict v, String authCode, String hostRef, String transId) {
        ledger.record(new LedgerEntry("EST", r.get("ClientId"), orderId, r.get("Type"), new BigDecimal(r.get("Total")),
                r.get("Currency"), r.get("Taksit").isEmpty() ? 1 : Integer.parseInt(r.get("Taksit")),
                Cards.mask(r.get("Number")), v.procReturnCode(), authCode, hostRef, transId,
                OffsetDateTime.now(clock).toLocalDate().toString().replace("-", ""), OffsetDateTime.now(clock)));
    }

    private void answer(HttpServletResponse response, String orderId, EstVerdict v, String authCode, String refs)
            throws IOException {
        String[] parts = refs.split("\\|", -1);
        Map<String, String> top = new LinkedHashMap<>();
        top.put("OrderId", orderId == null ? "" : orderId);
        top.put("GroupId", orderId == null ? "" : orderId);
        top.put("Response", v.response());
        top.put("AuthCode", authCode);
        top.put("HostRefNum", parts.length > 1 ? parts[0] : "");
        top.put("ProcReturnCode", v.procReturnCode());
        top.put("TransId", parts.length > 1 ? parts[1] : "");
        top.put("ErrMsg", v.errMsg());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("SETTLEID", now.toLocalDate().toString().replace("-", ""));
        extra.put("TRXDATE", now.format(TRXDATE));
        extra.put("ERRORCODE", v.errorCode());
        extra.put("NUMCODE", "99".equals(v.procReturnCode()) ? "99" : v.procReturnCode());
        extra.put("CARDBRAND", parts.length > 2 ? parts[2] : "");
        extra.put("HOSTDATE", now.format(HOSTDATE));
        response.setContentType("text/xml;charset=ISO-8859-9");
        response.getOutputStream().write(EstResponseWriter.write(top, extra));
    }

    private void sleep() {
        try {
            Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }
}
