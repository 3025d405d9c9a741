package dev.vpos.returncodes.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.returncodes.infrastructure.UnclassifiedCodeRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Remembers bank codes the catalog does not know (first/last seen, how often), in a transaction of its own so that
 * flagging never disturbs the payment that met the code.
 */
@ApplicationScoped
public class UnclassifiedCodes {

    @Inject
    UnclassifiedCodeRepository codes;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void seen(GatewayFamily family, String bankCode) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        if (!codes.countSighting(family, bankCode, now)) {
            codes.addFirstSighting(family, bankCode, now);
        }
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public void classified(GatewayFamily family, String bankCode) {
        codes.remove(family, bankCode);
    }
}
