package dev.vpos.gateway.domain;

import java.util.Objects;

/**
 * What the provider needs to hear back so that it stops resending: myPOS wants HTTP 200 with body {@code OK},
 * 2Checkout a read receipt ({@code <EPAYMENT>date|hash</EPAYMENT>}), PayMaster and Stripe a 2xx.
 */
public record NotificationAcknowledgement(int status, String contentType, String body) {

    public NotificationAcknowledgement {
        Objects.requireNonNull(contentType, "contentType");
        body = body == null ? "" : body;
    }

    public static NotificationAcknowledgement text(String body) {
        return new NotificationAcknowledgement(200, "text/plain; charset=UTF-8", body);
    }

    /** For a notification we refuse (bad signature): the provider may retry, and must not be told "OK". */
    public static NotificationAcknowledgement refused() {
        return new NotificationAcknowledgement(400, "text/plain; charset=UTF-8", "REJECTED");
    }
}
