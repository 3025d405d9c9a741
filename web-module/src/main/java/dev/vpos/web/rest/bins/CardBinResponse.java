package dev.vpos.web.rest.bins;

import dev.vpos.bins.domain.CardProfile;

/** One row of the BIN table. */
public record CardBinResponse(
        String prefix,
        String issuerCode,
        String issuerName,
        String programme,
        String brand,
        String type,
        String country) {

    public static CardBinResponse of(CardProfile p) {
        return new CardBinResponse(
                p.prefix(),
                p.issuerCode(),
                p.issuerName(),
                p.programme(),
                p.brand(),
                p.type().name(),
                p.country());
    }
}
