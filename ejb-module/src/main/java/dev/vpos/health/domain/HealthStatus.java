package dev.vpos.health.domain;

/** A definition's state in the operator's morning check, worst last. */
public enum HealthStatus {
    OK,
    WARNING,
    FAILING;

    public HealthStatus worse(HealthStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
