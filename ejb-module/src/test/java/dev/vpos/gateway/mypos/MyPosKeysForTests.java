package dev.vpos.gateway.mypos;

import dev.vpos.simulator.mypos.MyPosKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;

/** The demo merchant's certificate as the simulated myPOS knows it (for key index 1 of the demo store). */
final class MyPosKeysForTests {

    private MyPosKeysForTests() {}

    static PublicKey merchantCertificateKey() {
        try (InputStream in = MyPosKeys.class.getResourceAsStream("/mypos/merchant-000000000000010-key1.crt.pem")) {
            return MyPosKeys.publicKeyOf(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
