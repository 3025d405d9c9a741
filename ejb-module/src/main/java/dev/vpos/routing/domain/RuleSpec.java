package dev.vpos.routing.domain;

/** What a rule says, without where it is stored: its kind, the value it matches and the definition it names. */
public record RuleSpec(RuleKind kind, String matchValue, Long definitionId) {

    /** Whether the rule applies to a card of {@code issuerCode} and {@code programme} (either may be null). */
    public boolean matches(String issuerCode, String programme) {
        return switch (kind) {
            case ON_US -> issuerCode != null && issuerCode.equalsIgnoreCase(matchValue);
            case PROGRAMME -> programme != null && programme.equalsIgnoreCase(matchValue);
            case CHEAPEST -> true;
        };
    }
}
