package dev.vpos.simulator.control;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /control/day-end?family=EST}: the family's day end happens now: its open batch closes, so its
 * transactions can no longer be voided (only refunded), and a new batch opens.
 */
@WebServlet(urlPatterns = "/control/day-end")
public class DayEndServlet extends HttpServlet {

    @Inject
    Ledger ledger;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String family = request.getParameter("family");
        if (family == null || family.isBlank()) {
            JsonReplies.badRequest(response, "family is required, e.g. ?family=EST");
            return;
        }
        int closed = ledger.closeBatch(family.toUpperCase(Locale.ROOT));
        JsonReplies.send(
                response,
                HttpServletResponse.SC_OK,
                Map.of("family", family.toUpperCase(Locale.ROOT), "closedBatch", closed, "openBatch", closed + 1));
    }
}
