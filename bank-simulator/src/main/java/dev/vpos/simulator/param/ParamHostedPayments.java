package dev.vpos.simulator.param;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.HardenedXml;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.param.ParamMerchants.Merchant;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Param's shared payment page, simulated: the second SOAP service ({@value #SERVICE}, namespace {@value #NS}) whose
 * {@code TO_Pre_Encrypting_OOS} takes the credentials in the SOAP header {@code ServiceSecuritySoapHeader} (mews/pos)
 * and answers a token; the page {@code default.aspx?s=<token>} where the payer types the card; then the ACS password
 * page and the {@code TURKPOS_RETVAL_*} post to {@code Return_URL} (as 3D Pay). A refused header answers the text
 * {@code SOAP Güvenlik Hatası.<address>} in place of a token (mews/pos fixture); other refusals a text of the
 * simulator's own. The simulator's choices (Param does not publish them): the order is booked under the merchant's
 * {@code Islem_ID} as its {@code Siparis_ID}; the card page's field names; {@code Doviz_Kodu} 1001–1003 taken as for
 * {@code TP_Islem_Odeme_WD}; only a read-only ({@code r|}) amount and return URL are accepted.
 */
final class ParamHostedPayments {

    static final String SERVICE = "/to.ws/Service_Odeme.asmx";
    static final String PAGE = "/default.aspx";
    static final String NS = "https://turkodeme.com.tr/";
    static final int MAX = 10_000;

    /** A registered payment waiting for the payer on the page. */
    record Pending(
            String clientCode,
            BigDecimal amount,
            String currency,
            int installments,
            String returnUrl,
            String islemId) {}

    private final ParamMerchants merchants;
    private final RandomGenerator random;
    private final Map<String, Pending> byToken = new ConcurrentHashMap<>();

    ParamHostedPayments(ParamMerchants merchants, RandomGenerator random) {
        this.merchants = merchants;
        this.random = random;
    }

    /** {@code TO_Pre_Encrypting_OOS}: the SOAP answer (HTTP status and envelope). */
    ParamBank.Answer register(byte[] body, String callerAddress) {
        Optional<org.w3c.dom.Document> doc = HardenedXml.parse(new InputSource(new ByteArrayInputStream(body)), true);
        Element envelope = doc.map(org.w3c.dom.Document::getDocumentElement).orElse(null);
        Element soapBody = envelope == null ? null : child(envelope, "Body", ParamSoap.SOAP_NS);
        Element op = soapBody == null ? null : child(soapBody, "TO_Pre_Encrypting_OOS", NS);
        if (envelope == null || !ParamSoap.SOAP_NS.equals(envelope.getNamespaceURI()) || op == null) {
            return new ParamBank.Answer(
                    500, ParamSoap.fault("Client", "Server was unable to read request."), ParamOutcomes.Fault.NONE);
        }
        Element header = child(envelope, "Header", ParamSoap.SOAP_NS);
        Map<String, String> h = fields(header == null ? null : child(header, "ServiceSecuritySoapHeader", NS));
        Map<String, String> f = fields(op);
        Optional<Merchant> m = merchants
                .find(h.get("CLIENT_CODE"))
                .filter(x -> x.username().equals(h.get("CLIENT_USERNAME"))
                        && x.password().equals(h.get("CLIENT_PASSWORD")));
        String result;
        if (m.isEmpty()) {
            result = "SOAP Güvenlik Hatası." + callerAddress;
        } else {
            result = problem(f, m.get()).orElseGet(() -> token(f, m.get()));
        }
        return new ParamBank.Answer(200, answer(result), ParamOutcomes.Fault.NONE);
    }

    private static Optional<String> problem(Map<String, String> f, Merchant m) {
        if (!m.clientCode().equals(f.get("Terminal_ID"))) {
            return Optional.of("Terminal_ID geçersiz");
        }
        String amount = f.getOrDefault("Borclu_Tutar", "");
        if (!amount.matches("r\\|\\d{1,9},\\d{2}")
                || ParamBank.amount(amount.substring(2)).signum() <= 0) {
            return Optional.of("Borclu_Tutar geçersiz (r|1000,50)");
        }
        if (!f.getOrDefault("Return_URL", "").matches("r\\|https?://\\S+")) {
            return Optional.of("Return_URL geçersiz");
        }
        String id = f.getOrDefault("Islem_ID", "");
        if (id.isBlank() || id.length() > 50) {
            return Optional.of("Islem_ID boş olamaz");
        }
        if (!f.getOrDefault("Taksit", "").matches("\\d{1,2}") || Integer.parseInt(f.get("Taksit")) > 12) {
            return Optional.of("Taksit geçersiz");
        }
        String currency = f.get("Doviz_Kodu");
        if (currency != null && !currency.isBlank() && !ParamBank.CURRENCIES.containsKey(currency.trim())) {
            return Optional.of("Doviz_Kodu geçersiz");
        }
        return Optional.empty();
    }

    private String token(Map<String, String> f, Merchant m) {
        if (byToken.size() >= MAX) {
            byToken.clear();
        }
        byte[] b = new byte[48];
        random.nextBytes(b);
        String token = Base64.getEncoder().encodeToString(b);
        String currency = f.get("Doviz_Kodu");
        int installments = Integer.parseInt(f.get("Taksit"));
        byToken.put(
                token,
                new Pending(
                        m.clientCode(),
                        ParamBank.amount(f.get("Borclu_Tutar").substring(2)),
                        currency == null || currency.isBlank() ? "TRY" : ParamBank.CURRENCIES.get(currency.trim()),
                        Math.max(1, installments),
                        f.get("Return_URL").substring(2),
                        f.get("Islem_ID")));
        return token;
    }

    /** The card page of a registered payment ({@code GET default.aspx?s=}). */
    ParamBank.Page page(String token, URI familyBase) {
        Pending p = token == null ? null : byToken.get(token);
        if (p == null) {
            return new ParamBank.Page(400, ParamPages.error("Ödeme bulunamadı"));
        }
        Merchant m = merchants.find(p.clientCode()).orElseThrow();
        return new ParamBank.Page(200, ParamPages.cardPage(familyBase + PAGE, token, p, m.name()));
    }

    /** The card the payer typed: a 3-D session for the ACS page, or the page again with the problem. */
    Optional<ParamSessions.Session> card(Map<String, String> form) {
        Pending p = byToken.get(form.getOrDefault("s", ""));
        String pan = form.getOrDefault("cardNumber", "").replace(" ", "");
        String month = form.getOrDefault("expiryMonth", "");
        String year = form.getOrDefault("expiryYear", "");
        if (p == null
                || !pan.matches("\\d{15,16}")
                || !CardNumbers.passesLuhn(pan)
                || !month.matches("0[1-9]|1[0-2]")
                || !year.matches("\\d{2}|\\d{4}")
                || !form.getOrDefault("cvv", "").matches("\\d{3,4}")) {
            return Optional.empty();
        }
        byToken.remove(form.get("s"));
        int y = Integer.parseInt(year);
        YearMonth expiry = YearMonth.of(y < 100 ? 2000 + y : y, Integer.parseInt(month));
        byte[] md = new byte[16];
        random.nextBytes(md);
        return Optional.of(new ParamSessions.Session(
                        java.util.UUID.randomUUID().toString(),
                        java.util.HexFormat.of().formatHex(md),
                        p.clientCode(),
                        p.islemId(),
                        p.amount(),
                        p.installments(),
                        LedgerType.SALE,
                        pan,
                        expiry,
                        p.returnUrl(),
                        p.returnUrl())
                .returningValues(p.currency(), p.islemId()));
    }

    private static String answer(String result) {
        StringBuilder x = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"")
                .append(ParamSoap.SOAP_NS)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(
                        " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soap:Body><TO_Pre_Encrypting_OOSResponse xmlns=\"")
                .append(NS)
                .append("\"><TO_Pre_Encrypting_OOSResult>");
        ParamSoap.escape(result, x);
        return x.append("</TO_Pre_Encrypting_OOSResult></TO_Pre_Encrypting_OOSResponse></soap:Body></soap:Envelope>")
                .toString();
    }

    private static Map<String, String> fields(Element parent) {
        Map<String, String> out = new LinkedHashMap<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI())) {
                out.put(e.getLocalName(), e.getTextContent());
            }
        }
        return out;
    }

    private static Element child(Element parent, String localName, String ns) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }
}
