package dev.vpos.gateway.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One credential a bank family needs: how it is named and labelled, whether it is a secret (sealed at rest,
 * never shown), whether a definition can be enabled without it, and the format a value must have.
 */
public record CredentialField(
        String name, String label, boolean secret, boolean required, String format, String formatHint) {

    public CredentialField {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
        Objects.requireNonNull(format);
    }

    public boolean accepts(String value) {
        return Pattern.compile(format).matcher(value).matches();
    }
}
