package dev.vpos.simulator.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlErrorPageTest {

    @Test
    void thePageIsHtmlNamingTheStatus() {
        String page = HtmlErrorPage.html(503, "Service Unavailable", "Try again later.");

        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<title>503 Service Unavailable</title>"), page);
        assertTrue(page.contains("<h1>Service Unavailable</h1>"), page);
    }
}
