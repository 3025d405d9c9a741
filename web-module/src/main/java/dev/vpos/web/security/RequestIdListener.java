package dev.vpos.web.security;

import dev.vpos.shared.application.RequestIds;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every request to the module gets an id (issue #17, {@link RequestIds}): the caller's {@code X-Request-Id} or a new
 * one, answered in the same header. {@link #begin} runs first thing in the authentication mechanism (before any
 * filter, and for answers it gives itself: 401, 429); the request's end clears the thread, so scheduled work on a
 * server thread never carries a request's id.
 */
@WebListener
public class RequestIdListener implements ServletRequestListener {

    private static final String ATTRIBUTE = "dev.vpos.requestId";

    /** Gives the request its id once, on the thread and in the answer's header. */
    static String begin(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(ATTRIBUTE);
        String id = known instanceof String s ? s : RequestIds.acceptOrMake(request.getHeader(RequestIds.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        RequestIds.begin(id);
        if (!response.isCommitted()) {
            response.setHeader(RequestIds.HEADER, id);
        }
        return id;
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        RequestIds.end();
    }
}
