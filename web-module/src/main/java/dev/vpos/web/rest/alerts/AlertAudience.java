package dev.vpos.web.rest.alerts;

import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.web.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which alerts concern which role (docs/alerts.md): admins every kind (certificates and keys are theirs alone);
 * finance the bank's behaviour, forged notifications, collections needing attention and days not closed; collectors,
 * who take payments by phone, a bank not answering and collections needing attention. Auditors read the log, not
 * alerts. A user sees and acknowledges the kinds of all their roles.
 */
final class AlertAudience {

    private static final Map<String, Set<AlertKind>> BY_ROLE = Map.of(
            Roles.VPOS_ADMIN,
            EnumSet.allOf(AlertKind.class),
            Roles.FINANCE,
            EnumSet.of(
                    AlertKind.APPROVAL_RATE_DROP,
                    AlertKind.BANK_UNANSWERED,
                    AlertKind.FORGED_NOTIFICATIONS,
                    AlertKind.ATTENTION_AGED,
                    AlertKind.DAY_NOT_CLOSED),
            Roles.COLLECTOR,
            EnumSet.of(AlertKind.BANK_UNANSWERED, AlertKind.ATTENTION_AGED));

    private AlertAudience() {}

    static Set<AlertKind> kindsFor(HttpServletRequest request) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        BY_ROLE.forEach((role, k) -> {
            if (request.isUserInRole(role)) {
                kinds.addAll(k);
            }
        });
        return kinds;
    }
}
