package dev.vpos.simulator.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The bare HTML error page a web server or load balancer shows in front of a bank (not a bank answer). */
public final class HtmlErrorPage {

    private HtmlErrorPage() {}

    /** {@code reason} and {@code detail} are fixed texts of the simulator, never request data (they are not escaped). */
    public static void send(HttpServletResponse response, int status, String reason, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(html(status, reason, detail).getBytes(StandardCharsets.UTF_8));
    }

    public static String html(int status, String reason, String detail) {
        String title = status + " " + reason;
        return "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body><h1>" + reason + "</h1>\n"
                + "<p>" + detail + "</p><hr><address>bank-simulator</address>"
                + "</body></html>\n";
    }
}
