package dev.vpos.simulator.control;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code GET /control/ledger[?orderId=...]}: the ledger as JSON, newest first; {@code DELETE}: empties it. */
@WebServlet(urlPatterns = "/control/ledger")
public class LedgerServlet extends HttpServlet {

    @Inject
    Ledger ledger;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> orderId =
                Optional.ofNullable(request.getParameter("orderId")).filter(id -> !id.isEmpty());
        JsonReplies.send(response, HttpServletResponse.SC_OK, ledger.newestFirst(orderId));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        ledger.clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
