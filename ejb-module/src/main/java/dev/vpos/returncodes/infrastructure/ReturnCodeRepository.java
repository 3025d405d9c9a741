package dev.vpos.returncodes.infrastructure;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.returncodes.domain.ReturnCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The return_code catalog table; joins the caller's transaction. */
@ApplicationScoped
public class ReturnCodeRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** A primary-key lookup (no shared cache: an edit on any node is read at once). */
    public Optional<ReturnCode> find(GatewayFamily family, String bankCode) {
        return Optional.ofNullable(em.find(ReturnCode.class, new ReturnCode.Key(family, bankCode)));
    }

    public void add(ReturnCode code) {
        em.persist(code);
    }

    /** Every code, or one family's, by family and code. */
    public List<ReturnCode> list(GatewayFamily family) {
        var codes = em.createQuery(
                "select c from ReturnCode c" + (family == null ? "" : " where c.family = :f")
                        + " order by c.family, c.bankCode",
                ReturnCode.class);
        if (family != null) {
            codes.setParameter("f", family);
        }
        return codes.getResultList();
    }
}
