package dev.vpos.simulator.kuveytturk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The bank side of the hashes. Request vectors: mewebstudio/pos tests/Unit/Crypt/KuveytPosCryptTest; response
 * vectors: HashData of mewebstudio/pos tests/Unit/DataMapper/ResponseDataMapper/KuveytPosResponseDataMapperTest.
 */
class KuveytTurkHashesTest {

    @Test
    void requestHashes() {
        String hashed = KuveytTurkHashes.sha1Base64("Api123");
        assertEquals("c77dFssAnYSy6O2MJo+5tMYtGVc=", hashed);
        assertEquals(
                "Bf+hZf2c1gf1pTXnEaSGxDpGRr0=",
                KuveytTurkHashes.request("80", "ORDER-123", "7256", "", "", "apiuser", hashed));
        assertEquals(
                "P3a0zjAklu2g8XDJfTx2qvwHH8g=",
                KuveytTurkHashes.request(
                        "80",
                        "ORDER-123",
                        "7256",
                        "http://localhost:44785/Home/Success",
                        "http://localhost:44785/Home/Fail",
                        "apiuser",
                        hashed));
    }

    @Test
    void responseHashes() {
        assertEquals(
                "I7H/6nwfydM6VcwXsl82mqeC83o=",
                KuveytTurkHashes.response("660723214", "904115005554", "00", "4480", "c77dFssAnYSy6O2MJo+5tMYtGVc="));
        String api123 = KuveytTurkHashes.sha1Base64("api123");
        assertEquals(
                "N7zs7LHEy3lx6N2nb0FUG2UcnUw=",
                KuveytTurkHashes.response("2024042111A0", "411219539222", "00", "155767806", api123));
        assertEquals(
                "dlO20ZLqs4W5FfgY0VmUSBUpwoM=",
                KuveytTurkHashes.response("2024042111A0", "", "00", "155767806", api123));
    }
}
