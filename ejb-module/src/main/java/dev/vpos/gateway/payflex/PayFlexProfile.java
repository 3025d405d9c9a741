package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * VakıfBank VPOS 7/24 with the PayFlex MPI: its credential schema. The API endpoint is the {@code Vposreq.aspx}
 * provision service; the MPI enrollment and the search (status) service live at other addresses, derived from the
 * endpoint unless given (see {@link PayFlexCredentials}).
 */
@ApplicationScoped
public class PayFlexProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.PAYFLEX,
            "VakıfBank VPOS 7/24 (PayFlex)",
            List.of(
                    new CredentialField(
                            PayFlexCredentials.MERCHANT_ID,
                            "Merchant id (Üye işyeri no)",
                            false,
                            true,
                            "\\d{1,20}",
                            "digits"),
                    new CredentialField(
                            PayFlexCredentials.TERMINAL_NO,
                            "Terminal no",
                            false,
                            true,
                            "[A-Za-z0-9]{1,20}",
                            "letters and digits"),
                    new CredentialField(PayFlexCredentials.PASSWORD, "Password", true, true, "\\S{1,64}", "no spaces"),
                    new CredentialField(
                            PayFlexCredentials.ENROLLMENT_URL,
                            "3-D MPI enrollment URL (MPI_Enrollment.aspx)",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL; empty = derived from the endpoint"),
                    new CredentialField(
                            PayFlexCredentials.SEARCH_URL,
                            "Status search URL (Search.aspx)",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL; empty = derived from the endpoint"),
                    new CredentialField(
                            PayFlexCredentials.SERVER_IP,
                            "Our server's IP registered at the bank (ClientIp of captures, voids, refunds)",
                            false,
                            false,
                            "\\d{1,3}(\\.\\d{1,3}){3}",
                            "IPv4 address; empty = 127.0.0.1")),
            List.of("REGULAR", "THREE_D"),
            "https://onlineodemetest.vakifbank.com.tr:4443/VposService/v3/Vposreq.aspx",
            "https://onlineodeme.vakifbank.com.tr:4443/VposService/v3/Vposreq.aspx");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
