package dev.vpos.definitions.application;

import dev.vpos.definitions.infrastructure.KeyRing;
import dev.vpos.definitions.infrastructure.MasterKey;
import dev.vpos.definitions.infrastructure.MasterKeySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Rotating the master key in two steps, safe with several nodes sharing the database:
 * <ol>
 *   <li>{@link #rotate}: a new current key (file mode: generated and written to the key file, the old keys kept
 *       as previous; environment mode: the operator already set the new {@code VPOS_MASTER_KEY} and listed the old
 *       ones in {@code VPOS_PREVIOUS_MASTER_KEYS}), then every secret re-sealed under it;</li>
 *   <li>{@link #retire}, once every node runs with the new key: anything sealed meanwhile under an old key is
 *       re-sealed, then the previous keys are dropped (file mode) or may be removed from the environment.</li>
 * </ol>
 */
@ApplicationScoped
public class MasterKeyRotation {

    @Inject
    MasterKeySource keys;

    @Inject
    SecretResealer resealer;

    /** What the key ring looks like and how many values each key seals. */
    public record KeyStatus(
            String mode,
            String currentKeyId,
            List<String> previousKeyIds,
            Map<String, Integer> sealedValuesPerKey,
            int resealedNow,
            List<String> unopenable) {}

    public KeyStatus status() {
        return status(new SecretResealer.Result(0, List.of()));
    }

    public KeyStatus rotate(String actor) {
        if (!keys.fromEnvironment()) {
            keys.rotateFile();
        }
        return status(resealer.resealAll(actor));
    }

    /**
     * Values that could not be opened are reported, not kept alive: they were already lost (damaged, or sealed
     * under a key this server never had) and must be entered again.
     */
    public KeyStatus retire(String actor) {
        SecretResealer.Result result = resealer.resealAll(actor);
        if (!keys.fromEnvironment()) {
            keys.retirePreviousInFile();
        }
        return status(result);
    }

    private KeyStatus status(SecretResealer.Result result) {
        KeyRing ring = keys.ring();
        return new KeyStatus(
                keys.fromEnvironment() ? "environment" : "file",
                ring.current().id(),
                ring.previous().stream().map(MasterKey::id).toList(),
                resealer.valuesPerKey(),
                result.resealed(),
                result.unopenable());
    }
}
