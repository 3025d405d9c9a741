package dev.vpos.bins.infrastructure;

import dev.vpos.bins.domain.CardBin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The card_bin table. */
@ApplicationScoped
public class CardBinRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** The longest of {@code prefixes} that is in the table. */
    public Optional<CardBin> longest(List<String> prefixes) {
        return em
                .createQuery("select b from CardBin b where b.prefix in :p", CardBin.class)
                .setParameter("p", prefixes)
                .getResultList()
                .stream()
                .max(java.util.Comparator.comparingInt(b -> b.getPrefix().length()));
    }

    public Optional<CardBin> find(String prefix) {
        return Optional.ofNullable(em.find(CardBin.class, prefix));
    }

    public void add(CardBin bin) {
        em.persist(bin);
    }

    public long count() {
        return em.createQuery("select count(b) from CardBin b", Long.class).getSingleResult();
    }

    /** A page of the table by prefix. */
    public List<CardBin> page(String startingWith, int size) {
        return em.createQuery("select b from CardBin b where b.prefix like :p order by b.prefix", CardBin.class)
                .setParameter("p", startingWith + "%")
                .setMaxResults(size)
                .getResultList();
    }
}
