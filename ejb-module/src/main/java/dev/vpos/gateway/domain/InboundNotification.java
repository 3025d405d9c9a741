package dev.vpos.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's server-to-server notification exactly as it reached us (myPOS IPCPurchaseNotify, a Stripe webhook,
 * a 2Checkout IPN, a PayMaster payment notification). The raw body is kept byte for byte because signatures are
 * computed over it (Stripe); form fields keep their order and repeated names (myPOS and 2Checkout sign values in the
 * order sent). It may hold personal data: it is handed to the family's adapter only, which returns a masked copy.
 *
 * @param headers header values by lower-case name
 * @param form    form fields in the order received (empty unless the body is form-encoded)
 */
public record InboundNotification(
        Map<String, List<String>> headers,
        byte[] body,
        String contentType,
        List<Map.Entry<String, String>> form,
        Instant receivedAt) {

    public InboundNotification {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
        form = List.copyOf(form == null ? List.of() : form);
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The first value of a form field. */
    public Optional<String> field(String name) {
        return form.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    @Override
    public String toString() {
        return "InboundNotification[contentType=" + contentType + ", bytes=" + body.length + ", at=" + receivedAt + "]";
    }
}
