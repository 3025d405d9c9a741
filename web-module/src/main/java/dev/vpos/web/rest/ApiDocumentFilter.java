package dev.vpos.web.rest;

import dev.vpos.shared.application.RequestIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated API description with what is true of every operation but not in its annotations: the error
 * model (every error answer is an {@code Error}: a code, a message in the caller's language and the field problems),
 * the {@code X-Request-Id} every answer carries, and what an {@code Idempotency-Key} promises. Registered by
 * {@code mp.openapi.filter} in the web module's microprofile-config.properties. Examples come from {@link ApiExamples}.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String ERROR = "#/components/schemas/Error";
    private static final String REQUEST_ID = "#/components/headers/X-Request-Id";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Error", errorSchema());
        api.getComponents()
                .addHeader(
                        RequestIds.HEADER,
                        OASFactory.createHeader()
                                .description("The request's id: the caller's X-Request-Id when it is a token of at"
                                        + " most 64 letters, digits or . _ : -, else one made by the module. Stored"
                                        + " on the bank interactions the request caused and written on its log"
                                        + " lines.")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, List<String>> roles = ResourceRoles.byOperationId();
        ApiExamples examples = ApiExamples.load();
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e :
                    path.getValue().getOperations().entrySet()) {
                complete(e.getValue());
                secure(e.getValue(), roles.get(e.getValue().getOperationId()));
                examples.addTo(path.getKey(), e.getKey(), e.getValue());
            }
        }
    }

    /**
     * The roles an operation needs, as its security requirement on the "basic" scheme (OpenAPI 3.1 lets any scheme
     * name roles); an operation anyone may call gets an empty requirement list.
     */
    private static void secure(Operation operation, List<String> roles) {
        if (roles == null) {
            return;
        }
        if (roles.isEmpty()) {
            operation.setSecurity(new ArrayList<>());
        } else {
            operation.setSecurity(new ArrayList<>(
                    List.of(OASFactory.createSecurityRequirement().addScheme("basic", roles))));
        }
    }

    private static void complete(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getDefaultValue() == null) {
            operation
                    .getResponses()
                    .setDefaultValue(OASFactory.createAPIResponse()
                            .description("An error: bad input (400, with the fields), not signed in (401), not"
                                    + " allowed (403), unknown (404), a rule or the record's state (409), an"
                                    + " Idempotency-Key reused for another request (422), the bank or the database"
                                    + " out of reach (503)")
                            .content(OASFactory.createContent()
                                    .addMediaType(
                                            "application/json",
                                            OASFactory.createMediaType()
                                                    .schema(OASFactory.createSchema()
                                                            .ref(ERROR)))));
        }
        if (operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response :
                    operation.getResponses().getAPIResponses().values()) {
                requestIdHeader(response);
            }
        }
        requestIdHeader(operation.getResponses().getDefaultValue());
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(p.getName())) {
                    p.description("A key of the caller's choosing for this one request (a UUID): a retry with the"
                            + " same key and body is answered with the first request's outcome and never reaches"
                            + " the bank twice; the same key with another body is refused (422).");
                }
            }
        }
    }

    private static void requestIdHeader(APIResponse response) {
        if (response != null
                && (response.getHeaders() == null || !response.getHeaders().containsKey(RequestIds.HEADER))) {
            Header ref = OASFactory.createHeader().ref(REQUEST_ID);
            response.addHeader(RequestIds.HEADER, ref);
        }
    }

    private static Schema errorSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema field = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text.description("the request's field, e.g. amount or card.number"))
                .addProperty(
                        "reason",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("why"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Every error answer of the API")
                .addProperty(
                        "error",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("a stable code: invalid_input, not_found, a rule's key, ..."))
                .addProperty(
                        "message",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("what went wrong, in the caller's language"))
                .addProperty(
                        "fields",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(field))
                .addRequired("error")
                .addRequired("message");
    }
}
