package dev.vpos.definitions.application;

import java.util.List;
import java.util.Map;

/**
 * A context outside the definitions that keeps values sealed with the master key (e.g. the providers' tokens of
 * saved cards). The master-key rotation re-seals them with the definitions' secrets, in the same transaction, and
 * counts them per key, so that retiring an old key never leaves a value nobody can open.
 */
public interface SealedSecretHolder {

    /**
     * Re-seals every value not yet under {@code currentKeyId}; adds a description of each value that could not be
     * opened to {@code unopenable}.
     *
     * @return how many values were re-sealed
     */
    int resealAll(String currentKeyId, List<String> unopenable);

    /** Adds how many sealed values this holder keeps under each key id. */
    void countPerKey(Map<String, Integer> counts);
}
