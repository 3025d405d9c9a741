package dev.vpos.health.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Why a definition is not OK: a code the screens translate (health.finding.&lt;code&gt;) with the values its sentence
 * needs, e.g. {@code APPROVAL_RATE_LOW {rate: 0.5000, threshold: 0.80, approved: 1, answered: 2}}.
 */
public record HealthFinding(HealthStatus severity, String code, Map<String, String> values) {

    /** Calls in the window and not one approved. */
    public static final String NO_APPROVAL = "NO_APPROVAL";
    /** Approved / answered authorisations under the threshold. */
    public static final String APPROVAL_RATE_LOW = "APPROVAL_RATE_LOW";
    /** Authorisations not sent or with an unknown outcome (timeouts, resets) in the window. */
    public static final String UNANSWERED_CALLS = "UNANSWERED_CALLS";
    /** A certificate past its notAfter. */
    public static final String CERTIFICATE_EXPIRED = "CERTIFICATE_EXPIRED";
    /** A certificate that expires within the warning days. */
    public static final String CERTIFICATE_EXPIRING = "CERTIFICATE_EXPIRING";
    /** An enabled definition whose bank host does not resolve (or has no route) from this server. */
    public static final String BANK_HOST_UNREACHABLE = "BANK_HOST_UNREACHABLE";

    public HealthFinding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        values = Map.copyOf(values);
    }
}
