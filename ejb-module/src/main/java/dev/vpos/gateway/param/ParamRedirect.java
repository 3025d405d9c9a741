package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.param.soap.STIslemOdemeWDSonuc;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The payer's way to Param's own page when a start answers {@code UCD_URL} ({@code Pos_Odeme}, a foreign-currency
 * {@code TP_Islem_Odeme_WD 3D}; mews/pos fixtures: {@code .../3D_Secure/AkilliKart_3DPay_PFO.aspx?rURL=...&SID=...}).
 * The page is reached with a GET: the SPI's form is a POST, so the payer gets a page of its own with a form of method
 * GET to the URL's path carrying the URL's query parameters, submitted by one inline script (allowed by hash on our
 * payer pages) or by a button without script. A {@code Sonuc} above 0 without a usable URL settles nothing (UNKNOWN).
 */
final class ParamRedirect {

    private ParamRedirect() {}

    static ThreeDsStart start(BankReply<STIslemOdemeWDSonuc> reply, String orderId) {
        if (!reply.answered()) {
            return ThreeDsStart.failed(reply.failed());
        }
        STIslemOdemeWDSonuc r = reply.get();
        Optional<URI> url = url(r.getUCDURL());
        if (ParamAnswer.number(r.getSonuc()) > 0 && url.isPresent()) {
            return ThreeDsStart.page(page(url.get()), reply.exchange());
        }
        BankReply<ParamAnswer> read =
                new BankReply<>(reply.reached(), reply.httpStatus(), Optional.of(ParamAnswer.of(r)), reply.exchange());
        GatewayResult result = ParamAnswer.result(read, orderId, Map.of());
        return ThreeDsStart.failed(
                result.approved()
                        ? read.unknown("Sonuc " + r.getSonuc() + " without a UCD_URL to send the payer to")
                        : result);
    }

    /** An absolute http(s) URL with a query (Param's page needs its SID); empty otherwise. */
    static Optional<URI> url(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(text.trim());
            boolean web = "https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme());
            return web && u.getHost() != null && u.getRawQuery() != null ? Optional.of(u) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String page(URI url) {
        String action =
                url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        StringBuilder html = new StringBuilder(512)
                .append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>3-D Secure</title></head><body>")
                .append("<form id=\"to-bank\" method=\"get\" action=\"")
                .append(escape(action))
                .append("\">");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">"));
        return html.append("<noscript><button type=\"submit\">Continue to your bank</button></noscript></form>")
                .append("<script>document.getElementById('to-bank').submit();</script></body></html>")
                .toString();
    }

    private static String escape(String s) {
        StringBuilder x = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '&' -> x.append("&amp;");
                case '"' -> x.append("&quot;");
                case '\'' -> x.append("&#39;");
                default -> x.append(c);
            }
        }
        return x.toString();
    }
}
