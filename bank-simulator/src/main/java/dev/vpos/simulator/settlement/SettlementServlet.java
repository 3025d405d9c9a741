package dev.vpos.simulator.settlement;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /settlement/{family}?date=yyyy-MM-dd[&merchant=...]}: the family's day-end settlement file for that
 * day (today in Istanbul when no date), as CSV in the family's layout.
 */
@WebServlet(urlPatterns = "/settlement/*")
public class SettlementServlet extends HttpServlet {

    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");

    @Inject
    Ledger ledger;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String family = Optional.ofNullable(request.getPathInfo())
                .map(p -> p.replace("/", ""))
                .orElse("")
                .toUpperCase(Locale.ROOT);
        Optional<SettlementLayout> layout = SettlementLayouts.of(family);
        if (layout.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no settlement layout for family '" + family + "'");
            return;
        }
        LocalDate day;
        try {
            day = Optional.ofNullable(request.getParameter("date"))
                    .filter(d -> !d.isBlank())
                    .map(LocalDate::parse)
                    .orElseGet(() -> LocalDate.now(Clock.system(BANK_ZONE)));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "date must be yyyy-MM-dd");
            return;
        }
        Optional<String> merchant =
                Optional.ofNullable(request.getParameter("merchant")).filter(m -> !m.isBlank());
        String csv =
                new SettlementFile(ledger, SettlementFees.demoContract(), BANK_ZONE).write(layout.get(), merchant, day);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + family.toLowerCase(Locale.ROOT) + "-settlement-" + day + ".csv\"");
        response.getOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    }
}
