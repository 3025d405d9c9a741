package dev.vpos.collection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The held card of a 3-D payment on H2 with the real migrations: held by one node, taken by another (a new
 * {@link CardHold} on the same database and key), once; sealed at rest; gone after use or when it has run out.
 */
class CardHoldTest {

    private static final String PAN = "4355084355084358";
    private static final String CVV = "715";
    private static int database;

    private JdbcDataSource dataSource;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Istanbul");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final SecretSealer sealer = new TestSealer();

    @BeforeEach
    void schema() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cardhold" + (++database) + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private CardHold node() {
        return new CardHold(dataSource, sealer, clock);
    }

    private static ThreeDsSale sale() {
        return new ThreeDsSale(
                "VP20260302ABC",
                Money.of("1250.50", "TRY"),
                3,
                CardNumber.parse(PAN),
                CardExpiry.parse("12/30"),
                CVV,
                "Ayşe Yılmaz",
                "203.0.113.9",
                "ayse@example.com");
    }

    @Test
    void aCardHeldByOneNodeIsTakenOnTheOtherOnceAndThenErased() throws SQLException {
        node().hold("ref-1", sale());

        ThreeDsSale taken = node().take("ref-1").orElseThrow(() -> new AssertionError("the other node has the card"));
        assertEquals("VP20260302ABC", taken.bankOrderId());
        assertEquals(Money.of("1250.50", "TRY"), taken.amount());
        assertEquals(3, taken.installments());
        assertEquals(PAN, taken.card().digits());
        assertEquals("12/30", taken.expiry().mmSlashYy());
        assertEquals(CVV, taken.cvv());
        assertEquals("Ayşe Yılmaz", taken.holderName());
        assertEquals("203.0.113.9", taken.customerIp());
        assertEquals("ayse@example.com", taken.email());

        assertTrue(node().take("ref-1").isEmpty(), "a second callback finds nothing");
        assertEquals(0, rows(), "erased after use");
    }

    @Test
    void aCardWithoutNumberKeepsWhatTheCallbackChecks() {
        node().hold("ref-2", ThreeDsSale.withoutCard("VP2", Money.of("10.00", "EUR"), 1, null, null));
        ThreeDsSale taken = node().take("ref-2").orElseThrow();
        assertFalse(taken.hasCard());
        assertEquals(Money.of("10.00", "EUR"), taken.amount());
    }

    @Test
    void atRestTheCardIsOnlySealedAndBoundToItsCollection() throws SQLException {
        node().hold("ref-3", sale());
        String stored;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select * from held_card")) {
            assertTrue(r.next());
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                all.append(r.getString(i)).append('|');
            }
            stored = r.getString("sealed");
            String row = all.toString();
            assertFalse(row.contains(PAN), row);
            assertFalse(row.contains("508435508"), "not even a part of the number");
            assertFalse(row.contains("\"" + CVV + "\""), "no CVV in clear");
            // the whole name and its parts: a two-letter probe like "Ay" also matches the sealed Base64 text by chance
            assertFalse(row.contains("Ayşe") || row.contains("Yılmaz"), "no holder name in clear");
        }
        assertTrue(stored.startsWith("v1:test:"), stored);
        assertThrows(
                IllegalStateException.class,
                () -> sealer.open(stored, CardHold.purpose("ref-other")),
                "a sealed card copied to another collection's row does not open");
    }

    @Test
    void aCardThatRanOutIsNeverHandedOutAndThePurgeErasesIt() throws SQLException {
        node().hold("ref-old", sale());
        now.updateAndGet(i -> i.plus(Duration.ofMinutes(10)));
        node().hold("ref-new", sale());
        now.updateAndGet(i -> i.plus(CardHold.TTL.minusMinutes(10)).plusSeconds(1));

        assertEquals(1, node().purgeExpired(), "the first card has run out, the second has not");
        assertEquals(1, rows());
        assertTrue(node().take("ref-old").isEmpty());

        now.updateAndGet(i -> i.plus(Duration.ofMinutes(10)));
        assertTrue(node().take("ref-new").isEmpty(), "run out: not handed out even before the purge");
        assertEquals(0, rows(), "and erased by the look");
    }

    @Test
    void holdingAgainForTheSameCollectionReplacesTheCard() {
        node().hold("ref-4", sale());
        node().hold("ref-4", ThreeDsSale.withoutCard("VP4", Money.of("5.00", "TRY"), 1, null, null));
        assertEquals("VP4", node().take("ref-4").orElseThrow().bankOrderId());
    }

    private int rows() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from held_card")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** AES-GCM with a test key and the purpose as additional data, in the sealed form of the module's sealer. */
    private static final class TestSealer implements SecretSealer {
        private final byte[] key = new byte[32];
        private final SecureRandom random = new SecureRandom();

        TestSealer() {
            random.nextBytes(key);
        }

        @Override
        public String seal(String plaintext, String purpose) {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            byte[] out = run(Cipher.ENCRYPT_MODE, nonce, purpose, plaintext.getBytes(StandardCharsets.UTF_8));
            return "v1:test:"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(12 + out.length)
                                    .put(nonce)
                                    .put(out)
                                    .array());
        }

        @Override
        public String open(String sealed, String purpose) {
            byte[] all = Base64.getDecoder().decode(sealed.split(":", 3)[2]);
            return new String(
                    run(
                            Cipher.DECRYPT_MODE,
                            Arrays.copyOfRange(all, 0, 12),
                            purpose,
                            Arrays.copyOfRange(all, 12, all.length)),
                    StandardCharsets.UTF_8);
        }

        private byte[] run(int mode, byte[] nonce, String purpose, byte[] input) {
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
                c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
                return c.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("sealing failed", e);
            }
        }

        @Override
        public String keyIdOf(String sealed) {
            return sealed.split(":", 3)[1];
        }

        @Override
        public String currentKeyId() {
            return "test";
        }
    }
}
