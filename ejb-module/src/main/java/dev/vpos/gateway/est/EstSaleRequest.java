package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.shared.domain.CardNumber;
import java.util.LinkedHashMap;
import java.util.Map;

/** A non-3D {@code Auth} (sale) request, and its masked twin for the transaction log. */
final class EstSaleRequest {

    private final Map<String, String> fields;

    private EstSaleRequest(Map<String, String> fields) {
        this.fields = fields;
    }

    static EstSaleRequest of(SaleInstruction sale, EstCredentials credentials) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Name", credentials.apiUser());
        f.put("Password", credentials.password());
        f.put("ClientId", credentials.clientId());
        f.put("Type", "Auth");
        f.put("IPAddress", sale.customerIp() == null ? "" : sale.customerIp());
        f.put("Email", sale.email() == null ? "" : sale.email());
        f.put("OrderId", sale.bankOrderId());
        f.put("UserId", "");
        f.put("Total", EstFormats.amount(sale.amount()));
        f.put("Currency", EstFormats.currency(sale.amount()));
        f.put("Taksit", EstFormats.installments(sale.installments()));
        f.put("Number", sale.card().digits());
        f.put("Expires", sale.expiry().mmSlashYy());
        f.put("Cvv2Val", sale.cvv());
        f.put("Mode", "P");
        return new EstSaleRequest(f);
    }

    byte[] toXml() {
        return EstXml.cc5Request(fields);
    }

    /** The same document with the password and CVV removed and the card number reduced to BIN + last 4. */
    String toMaskedXml() {
        Map<String, String> masked = new LinkedHashMap<>(fields);
        masked.put("Password", "***");
        masked.put("Number", CardNumber.mask(fields.get("Number")));
        masked.put("Cvv2Val", "***");
        return new String(EstXml.cc5Request(masked), EstXml.CHARSET);
    }
}
