package dev.vpos.web.rest.security;

import dev.vpos.web.i18n.Messages;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.rest.errors.ErrorResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;

/**
 * An operation that takes no body (disable, test-connection, status-check, ...) declares no {@code @Consumes}, so
 * JAX-RS would run it whatever content type is sent, including the ones a plain HTML form or a cross-site "simple
 * request" can send without a preflight ({@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}). Such a request is refused with 415 before the operation runs; none or JSON is accepted.
 */
@Provider
public class BodylessContentTypeFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || declaresBody()) {
            return;
        }
        Locale locale = CallerLocale.of(headers);
        request.abortWith(Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(
                        "unsupported_media_type",
                        Messages.text(locale, "error.bodyless"),
                        java.util.List.of(new ErrorResponse.FieldProblem(
                                "Content-Type", Messages.text(locale, "error.bodyless.contentType")))))
                .build());
    }

    /** The operation reads a body of its own kind (it says which with {@code @Consumes}). */
    private boolean declaresBody() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        return method.isAnnotationPresent(Consumes.class)
                || method.getDeclaringClass().isAnnotationPresent(Consumes.class);
    }
}
