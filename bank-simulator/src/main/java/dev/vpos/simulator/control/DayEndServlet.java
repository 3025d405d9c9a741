package dev.vpos.simulator.control;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.sftp.SettlementDropbox;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code POST /control/day-end?family=EST}: the family's day end happens now: its open batch closes, so its
 * transactions can no longer be voided (only refunded), and a new batch opens. The day's settlement file is then
 * published in the SFTP drop box ({@link SettlementDropbox}), as the banks do at their day end.
 */
@WebServlet(urlPatterns = "/control/day-end")
public class DayEndServlet extends HttpServlet {

    @Inject
    Ledger ledger;

    @Inject
    SettlementDropbox dropbox;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String family = request.getParameter("family");
        if (family == null || family.isBlank()) {
            JsonReplies.badRequest(response, "family is required, e.g. ?family=EST");
            return;
        }
        int closed = ledger.closeBatch(family.toUpperCase(Locale.ROOT));
        publish(family);
        JsonReplies.send(
                response,
                HttpServletResponse.SC_OK,
                Map.of("family", family.toUpperCase(Locale.ROOT), "closedBatch", closed, "openBatch", closed + 1));
    }

    private void publish(String family) {
        try {
            dropbox.publish(family, LocalDate.now(Clock.system(ZoneId.of("Europe/Istanbul"))));
        } catch (RuntimeException e) {
            Logger.getLogger(DayEndServlet.class.getName())
                    .warning(() -> "Settlement file of " + family + " not published: " + e);
        }
    }
}
