package dev.vpos.definitions.domain;

/** Seals secret credential values at rest and opens them, in memory, for the moment of a bank call. */
public interface SecretSealer {

    /** @param purpose binds the sealed value to what it is (e.g. the credential name): a value moved elsewhere won't open */
    String seal(String plaintext, String purpose);

    String open(String sealed, String purpose);

    /** The id of the key a value was sealed under. */
    String keyIdOf(String sealed);

    /** The id of the key new values are sealed under. */
    String currentKeyId();
}
