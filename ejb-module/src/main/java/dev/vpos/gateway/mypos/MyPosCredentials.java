package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.GatewayAccount;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/**
 * A myPOS Checkout store as the adapter needs it for one call: store id (SID), wallet (client) number, the index of
 * the key pair, the merchant's private key (signs our requests) and myPOS's public key from its certificate
 * (verifies myPOS's answers and notifications). Names match {@link MyPosProfile}'s schema. In memory only.
 */
record MyPosCredentials(
        String storeId, String walletNumber, String keyIndex, PrivateKey privateKey, PublicKey myposKey) {

    static final String STORE_ID = "storeId";
    static final String WALLET_NUMBER = "walletNumber";
    static final String KEY_INDEX = "keyIndex";
    static final String PRIVATE_KEY = "privateKey";
    static final String MYPOS_CERTIFICATE = "myposCertificate";

    /** The store's credentials, or why they cannot be opened (then nothing may be sent to myPOS). */
    static Opened open(GatewayAccount account) {
        try {
            Optional<PrivateKey> key = Pem.privateKey(account.credential(PRIVATE_KEY));
            if (key.isEmpty()) {
                return new Opened(null, "the definition's private key is not a readable RSA key in PEM");
            }
            Optional<PublicKey> mypos = Pem.certificate(account.credential(MYPOS_CERTIFICATE))
                    .map(java.security.cert.X509Certificate::getPublicKey);
            if (mypos.isEmpty()) {
                return new Opened(
                        null, "the definition's myPOS certificate is not a readable X.509 certificate in PEM");
            }
            return new Opened(
                    new MyPosCredentials(
                            account.credential(STORE_ID),
                            account.credential(WALLET_NUMBER),
                            account.credential(KEY_INDEX),
                            key.get(),
                            mypos.get()),
                    null);
        } catch (IllegalStateException e) {
            return new Opened(null, e.getMessage());
        }
    }

    /** Credentials, or the reason there are none. */
    record Opened(MyPosCredentials credentials, String problem) {

        boolean ok() {
            return credentials != null;
        }
    }

    @Override
    public String toString() {
        return "MyPosCredentials[SID=" + storeId + ", wallet=" + walletNumber + ", keyIndex=" + keyIndex + "]";
    }
}
