package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One {@code posnetRequest} with a single operation element ({@code sale}, {@code auth}, {@code capt},
 * {@code reverse}, {@code return}, {@code agreement}, {@code oosRequestData}, {@code oosResolveMerchantData},
 * {@code oosTranData}) and its masked twin for the log: {@code ccno} reduced to BIN + last 4, {@code cvc},
 * {@code mac} and the bank's opaque packets replaced by {@code ***}.
 */
final class PosNetRequest {

    private static final FieldMasking MASKING =
            FieldMasking.of(Set.of("cvc", "mac", "bankData", "merchantData", "sign"), Set.of("ccno"));

    private final String operation;
    private final Map<String, String> fields;
    private final boolean tranDateRequired;
    private final PosNetCredentials credentials;

    PosNetRequest(
            PosNetCredentials credentials, String operation, boolean tranDateRequired, Map<String, String> fields) {
        this.credentials = credentials;
        this.operation = operation;
        this.tranDateRequired = tranDateRequired;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    String operation() {
        return operation;
    }

    /** Sends this request to the definition's endpoint; the answer is a {@code posnetResponse} or none. */
    BankReply<XmlNode> send(BankChannel channel, GatewayAccount account) {
        String xml = PosNetXml.request(
                credentials.merchantNo(), credentials.terminalNo(), tranDateRequired, operation, fields);
        BankRequest request =
                BankRequest.post(account.endpoint(), PosNetXml.formBody(xml), PosNetXml.FORM_CONTENT_TYPE, masked());
        return channel.send(request, account, PosNetXml.POSNET_RESPONSE);
    }

    String masked() {
        return PosNetXml.request(
                credentials.merchantNo(),
                credentials.terminalNo(),
                tranDateRequired,
                operation,
                MASKING.applyToFlat(fields));
    }
}
