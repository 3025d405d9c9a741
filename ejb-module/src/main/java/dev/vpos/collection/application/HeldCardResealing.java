package dev.vpos.collection.application;

import dev.vpos.definitions.application.SealedSecretHolder;
import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.shared.domain.BusinessException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Held cards take part in the master-key rotation: re-sealed with the definitions' secrets and counted per key, so
 * retiring the old key never strands a payer who is at the bank's page.
 */
@ApplicationScoped
public class HeldCardResealing implements SealedSecretHolder {

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Inject
    SecretSealer sealer;

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public int resealAll(String currentKeyId, List<String> unopenable) {
        Map<String, String> held = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q =
                            c.prepareStatement("select reference, sealed from held_card order by reference");
                    ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    held.put(r.getString(1), r.getString(2));
                }
            }
            int count = 0;
            try (PreparedStatement u = c.prepareStatement("update held_card set sealed = ? where reference = ?")) {
                for (Map.Entry<String, String> e : held.entrySet()) {
                    if (sealer.keyIdOf(e.getValue()).equals(currentKeyId)) {
                        continue;
                    }
                    String purpose = CardHold.purpose(e.getKey());
                    try {
                        u.setString(1, sealer.seal(sealer.open(e.getValue(), purpose), purpose));
                        u.setString(2, e.getKey());
                        u.executeUpdate();
                        count++;
                    } catch (IllegalStateException x) {
                        unopenable.add("held card of 3-D collection " + e.getKey());
                    }
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("could not re-seal the held cards", e);
        }
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public void countPerKey(Map<String, Integer> counts) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select sealed from held_card");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                counts.merge(sealer.keyIdOf(r.getString(1)), 1, Integer::sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the held cards", e);
        }
    }
}
