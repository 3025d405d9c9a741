package dev.vpos.web.rest.admin;

import dev.vpos.definitions.application.MasterKeyRotation;
import java.util.List;
import java.util.Map;

/** What the API answers for {@code MasterKeyRotation.KeyStatus}, mapped at the API edge. */
public record KeyStatusResponse(
        String mode,
        String currentKeyId,
        List<String> previousKeyIds,
        Map<String, Integer> sealedValuesPerKey,
        int resealedNow,
        List<String> unopenable) {

    public static KeyStatusResponse of(MasterKeyRotation.KeyStatus a) {
        return new KeyStatusResponse(
                a.mode(),
                a.currentKeyId(),
                a.previousKeyIds(),
                a.sealedValuesPerKey(),
                a.resealedNow(),
                a.unopenable());
    }
}
