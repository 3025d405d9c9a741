package dev.vpos.web.pay;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The payer's page as it is on disk ({@code WEB-INF/payer/pay.html}): the same bytes for every session, no inline
 * script or style, so the payer pages' Content-Security-Policy holds without a hash. Everything session-specific
 * comes from {@code /pay/{id}/details}.
 */
final class StaticPage {

    static final String PATH = "/WEB-INF/payer/pay.html";

    private StaticPage() {}

    static void write(ServletContext context, HttpServletResponse resp, int status) throws IOException {
        byte[] page;
        try (InputStream in = context.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " is missing from the web module");
            }
            page = in.readAllBytes();
        }
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(page);
    }
}
