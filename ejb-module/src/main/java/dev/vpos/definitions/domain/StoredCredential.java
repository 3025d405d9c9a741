package dev.vpos.definitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One credential field of a definition as stored: plain, or sealed (AES-GCM) when it is a secret. */
@Embeddable
public class StoredCredential {

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "stored_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "sealed", nullable = false)
    private boolean sealed;

    protected StoredCredential() {}

    public StoredCredential(String name, String value, boolean sealed) {
        this.name = Objects.requireNonNull(name);
        this.value = Objects.requireNonNull(value);
        this.sealed = sealed;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public boolean sealed() {
        return sealed;
    }
}
