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
    public record KeyStatus(String mode, String currentKeyId, List<String> previousKeyIds, Map<String, Integer> sealedValuesPerKey,
                            int resealedNow) {
    }

    public KeyStatus status() {
        return status(0);
    }

    public KeyStatus rotate(String actor) {
        if (!keys.fromEnvironment()) {
            keys.rotateFile();
        }
        return status(resealer.resealAll(actor));
    }

    public KeyStatus retire(String actor) {
        int resealed = resealer.resealAll(actor);
        if (!keys.fromEnvironment()) {
            keys.retirePreviousInFile();
        }
        return status(resealed);
    }

    private KeyStatus status(int resealed) {
        KeyRing ring = keys.ring();
        return new KeyStatus(keys.fromEnvironment() ? "environment" : "file", ring.current().id(),
                ring.previous().stream().map(MasterKey::id).toList(), resealer.valuesPerKey(), resealed);
    }
}
