package dev.vpos.preferences.infrastructure;

import dev.vpos.preferences.domain.StaffPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The staff_preference table: one row per user who chose something. */
@ApplicationScoped
public class StaffPreferenceRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public Optional<StaffPreference> find(String userName) {
        return Optional.ofNullable(em.find(StaffPreference.class, userName));
    }

    public void add(StaffPreference preference) {
        em.persist(preference);
    }
}
