package dev.vpos.web.rest.notifications;

import dev.vpos.notifications.application.NotificationStore;
import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.notifications.domain.ProviderNotification;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.rest.PageParams;
import dev.vpos.web.rest.PageResponse;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The inbox of providers' notifications, for finance: {@code GET /provider-notifications[?status=][&definitionId=]
 * [&attention=true][&order=]} (newest first, paged), {@code GET /provider-notifications/{id}} with the masked payload,
 * and {@code POST /provider-notifications/{id}/resolve} to note how one raised to finance (unknown order, amount
 * mismatch) was dealt with.
 */
@Path("/provider-notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderNotificationResource {

    /** One notification as finance sees it. */
    public record NotificationResponse(
            long id,
            long definitionId,
            long companyId,
            String family,
            OffsetDateTime receivedAt,
            boolean authentic,
            String rejection,
            String eventId,
            String bankOrderId,
            String kind,
            BigDecimal amount,
            String currency,
            String status,
            Long collectionId,
            String outcomeNote,
            int attempts,
            OffsetDateTime processedAt,
            boolean needsAttention,
            String authCode,
            String transId,
            String maskedPayload) {

        static NotificationResponse of(ProviderNotification n, boolean withPayload) {
            return new NotificationResponse(
                    n.getId(),
                    n.getDefinitionId(),
                    n.getCompanyId(),
                    n.getFamily().name(),
                    n.getReceivedAt(),
                    n.isAuthentic(),
                    n.getRejection(),
                    n.getEventId(),
                    n.getBankOrderId(),
                    n.getKind() == null ? null : n.getKind().name(),
                    n.getAmount(),
                    n.getCurrency(),
                    n.getStatus().name(),
                    n.getCollectionId(),
                    n.getOutcomeNote(),
                    n.getAttempts(),
                    n.getProcessedAt(),
                    n.isNeedsAttention(),
                    n.getAuthCode(),
                    n.getTransId(),
                    withPayload ? n.getMaskedPayload() : null);
        }
    }

    /** POST body of resolve. */
    public static class Resolution {
        public String note;
    }

    @Inject
    NotificationStore store;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN, Roles.AUDITOR})
    public PageResponse<NotificationResponse> list(
            @QueryParam("status") String status,
            @QueryParam("definitionId") Long definitionId,
            @QueryParam("attention") boolean attention,
            @QueryParam("order") String order,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageParams.check(page, size);
        NotificationStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = NotificationStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(FieldError.of("status", "notification.status", status));
            }
        }
        return PageResponse.of(
                store.page(
                        s,
                        definitionId,
                        attention,
                        order == null || order.isBlank() ? null : order,
                        access.scope().restriction(),
                        page,
                        size),
                n -> NotificationResponse.of(n, false));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN, Roles.AUDITOR})
    public NotificationResponse one(@PathParam("id") long id) {
        access.requireNotification(id);
        return NotificationResponse.of(store.byId(id), true);
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public NotificationResponse resolve(@PathParam("id") long id, Resolution body) {
        if (body == null || body.note == null || body.note.isBlank() || body.note.length() > 500) {
            throw new InvalidInputException(FieldError.of("note", "notification.note"));
        }
        access.requireNotification(id);
        return NotificationResponse.of(store.settleAttention(id, body.note.trim()), true);
    }
}
