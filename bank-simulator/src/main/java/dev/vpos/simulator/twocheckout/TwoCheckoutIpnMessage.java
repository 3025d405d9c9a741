package dev.vpos.simulator.twocheckout;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The IPN the simulated 2Checkout posts when an order reaches a status, and its check of the listener's read receipt.
 * Fields (a subset of 2Checkout's, in 2Checkout's order): SALEDATE, REFNO, REFNOEXT, ORDERNO, ORDERSTATUS, PAYMETHOD,
 * FIRSTNAME, LASTNAME, CUSTOMEREMAIL, COMPLETE_DATE, CURRENCY, IPN_PID[], IPN_PNAME[], IPN_QTY[], IPN_PRICE[],
 * IPN_TOTALGENERAL, FRAUD_STATUS, TEST_ORDER, IPN_DATE; then the signatures: {@code HASH} (HMAC-MD5) for a legacy
 * account, {@code HASH}, {@code SIGNATURE_SHA2_256} and {@code SIGNATURE_SHA3_256} for a SHA account, each over all
 * fields before them, length-prefixed.
 */
final class TwoCheckoutIpnMessage {

    static final DateTimeFormatter IPN_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter SALE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern EPAYMENT = Pattern.compile("<EPAYMENT>(\\d{14})\\|([0-9A-Fa-f]+)</EPAYMENT>");
    private static final Pattern SIG =
            Pattern.compile("<sig\\s+algo=\"([^\"]+)\"\\s+date=\"(\\d{14})\"\\s*>([0-9A-Fa-f]+)</sig>");

    private TwoCheckoutIpnMessage() {}

    static List<Map.Entry<String, String>> fields(
            TwoCheckoutOrder o, TwoCheckoutMerchants.Merchant m, OffsetDateTime now) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        add(f, "SALEDATE", SALE_DATE.format(o.created));
        add(f, "REFNO", o.refNo);
        add(f, "REFNOEXT", o.externalReference);
        add(f, "ORDERNO", String.valueOf(o.orderNo));
        add(f, "ORDERSTATUS", o.status);
        add(f, "PAYMETHOD", "Visa/MasterCard");
        add(f, "FIRSTNAME", o.firstName());
        add(f, "LASTNAME", o.lastName());
        add(f, "CUSTOMEREMAIL", o.email == null ? "" : o.email);
        add(f, "COMPLETE_DATE", o.finished == null ? "" : SALE_DATE.format(o.finished));
        add(f, "CURRENCY", o.currency);
        add(f, "IPN_PID[]", "VPOSORDER");
        add(f, "IPN_PNAME[]", o.productName);
        add(f, "IPN_QTY[]", "1");
        add(f, "IPN_PRICE[]", o.amount.toPlainString());
        add(f, "IPN_TOTALGENERAL", o.amount.toPlainString());
        add(f, "FRAUD_STATUS", "PENDING".equals(o.status) ? "UNDER REVIEW" : "APPROVED");
        add(f, "TEST_ORDER", o.testOrder ? "1" : "0");
        add(f, "IPN_DATE", IPN_DATE.format(now.atZoneSameInstant(ZoneOffset.UTC)));
        String source =
                TwoCheckoutCrypto.serialise(f.stream().map(Map.Entry::getValue).toList());
        add(f, "HASH", TwoCheckoutCrypto.hmac("MD5", m.secretKey(), source));
        if (!"MD5".equals(m.algorithm())) {
            add(f, "SIGNATURE_SHA2_256", TwoCheckoutCrypto.hmac("SHA256", m.secretKey(), source));
            add(f, "SIGNATURE_SHA3_256", TwoCheckoutCrypto.hmac("SHA3_256", m.secretKey(), source));
        }
        return f;
    }

    static byte[] form(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Empty when the listener answered with a valid read receipt for this IPN: HTTP 200 and, anywhere in the body,
     * {@code <EPAYMENT>DATE|HMAC_MD5</EPAYMENT>} (legacy accounts) or {@code <sig algo="sha256|sha3-256" date="DATE">
     * HMAC</sig>} in the account's algorithm, over IPN_PID[0], IPN_PNAME[0], IPN_DATE and DATE.
     */
    static Optional<String> receiptProblem(
            int status, String body, List<Map.Entry<String, String>> ipn, TwoCheckoutMerchants.Merchant m) {
        if (status != 200) {
            return Optional.of("HTTP " + status + ", not 200");
        }
        String text = body == null ? "" : body;
        String date;
        String hash;
        if ("MD5".equals(m.algorithm())) {
            Matcher e = EPAYMENT.matcher(text);
            if (!e.find()) {
                return Optional.of("no <EPAYMENT>DATE|HASH</EPAYMENT> read receipt");
            }
            date = e.group(1);
            hash = e.group(2);
        } else {
            Matcher s = SIG.matcher(text);
            if (!s.find()) {
                return Optional.of("no <sig algo=\"...\" date=\"...\">HASH</sig> read receipt");
            }
            String expectedAlgo = "SHA256".equals(m.algorithm()) ? "sha256" : "sha3-256";
            if (!expectedAlgo.equals(s.group(1))) {
                return Optional.of("read receipt in " + s.group(1) + ", the account uses " + expectedAlgo);
            }
            date = s.group(2);
            hash = s.group(3);
        }
        String expected = TwoCheckoutCrypto.hmac(
                m.algorithm(),
                m.secretKey(),
                TwoCheckoutCrypto.serialise(
                        List.of(value(ipn, "IPN_PID[]"), value(ipn, "IPN_PNAME[]"), value(ipn, "IPN_DATE"), date)));
        return TwoCheckoutCrypto.same(hash, expected)
                ? Optional.empty()
                : Optional.of("the read receipt's hash does not verify");
    }

    private static String value(List<Map.Entry<String, String>> f, String name) {
        return f.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    private static void add(List<Map.Entry<String, String>> f, String name, String value) {
        f.add(new SimpleEntry<>(name, value == null ? "" : value));
    }
}
