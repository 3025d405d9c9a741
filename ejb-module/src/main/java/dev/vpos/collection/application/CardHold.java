package dev.vpos.collection.application;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Holds a 3-D payment's card while the payer is at the bank's page, for the families whose provision after 3-D repeats
 * the card (PayFlex), so that the bank's callback completes on whichever node it reaches. The card (number, expiry,
 * CVV, holder) is kept in {@code held_card} only sealed with the master key (AES-256-GCM, bound to the collection's
 * reference, like the definitions' secrets) — never in clear on disk — for {@link #TTL}; it is erased when the callback
 * takes it (a second callback finds nothing) and, unused, by {@code HeldCardPurge} once it has run out. A run-out card
 * is never handed out even before the purge reaches it.
 *
 * <p>Each call commits on its own (the hold before the payer is sent to the bank, the erasure before the bank is
 * asked).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
public class CardHold {

    static final Duration TTL = Duration.ofMinutes(15);

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Inject
    SecretSealer sealer;

    @Inject
    Clock clock;

    public CardHold() {}

    /** Another node's hold on the same database (and master key): tests, tools. */
    public CardHold(DataSource dataSource, SecretSealer sealer, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.sealer = Objects.requireNonNull(sealer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The sealer's purpose: a sealed card moved to another collection's row will not open. */
    static String purpose(String reference) {
        return "held-card:" + reference;
    }

    /** Holds the card of collection {@code reference} (replacing one held before for it) for {@link #TTL}. */
    public void hold(String reference, ThreeDsSale sale) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String sealed = sealer.seal(write(sale), purpose(reference));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement d = c.prepareStatement("delete from held_card where reference = ?")) {
                d.setString(1, reference);
                d.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into held_card (reference, sealed, held_at, expires_at) values (?, ?, ?, ?)")) {
                p.setString(1, reference);
                p.setString(2, sealed);
                p.setObject(3, now);
                p.setObject(4, now.plus(TTL));
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not hold the card of collection " + reference, e);
        }
    }

    /**
     * Takes the card of collection {@code reference} and erases it: present once, while it has not run out. Of two
     * callbacks at once (on two nodes) only the one whose erasure removed the row gets the card.
     */
    public Optional<ThreeDsSale> take(String reference) {
        try (Connection c = dataSource.getConnection()) {
            String sealed;
            OffsetDateTime expires;
            try (PreparedStatement q =
                    c.prepareStatement("select sealed, expires_at from held_card where reference = ?")) {
                q.setString(1, reference);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    sealed = r.getString(1);
                    expires = r.getObject(2, OffsetDateTime.class);
                }
            }
            try (PreparedStatement d = c.prepareStatement("delete from held_card where reference = ?")) {
                d.setString(1, reference);
                if (d.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            if (!expires.toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(read(sealer.open(sealed, purpose(reference))));
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the held card of collection " + reference, e);
        }
    }

    /** Erases every card that has run out; how many. */
    public int purgeExpired() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement d = c.prepareStatement("delete from held_card where expires_at <= ?")) {
            d.setObject(1, OffsetDateTime.now(clock));
            return d.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge the held cards", e);
        }
    }

    private static String write(ThreeDsSale s) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("order", s.bankOrderId())
                .add("amount", s.amount().amount().toPlainString())
                .add("currency", s.amount().currencyCode())
                .add("installments", s.installments());
        optional(b, "pan", s.card() == null ? null : s.card().digits());
        optional(b, "expiry", s.expiry() == null ? null : s.expiry().month().toString());
        optional(b, "cvv", s.cvv());
        optional(b, "holder", s.holderName());
        optional(b, "ip", s.customerIp());
        optional(b, "email", s.email());
        return b.build().toString();
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static ThreeDsSale read(String json) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        return new ThreeDsSale(
                o.getString("order"),
                Money.of(new BigDecimal(o.getString("amount")), o.getString("currency")),
                o.getInt("installments"),
                o.containsKey("pan") ? CardNumber.parse(o.getString("pan")) : null,
                o.containsKey("expiry") ? new CardExpiry(YearMonth.parse(o.getString("expiry"))) : null,
                o.getString("cvv", null),
                o.getString("holder", null),
                o.getString("ip", null),
                o.getString("email", null));
    }
}
