package dev.vpos.web.rest.bins;

import dev.vpos.bins.application.BinImport;
import dev.vpos.bins.application.BinTable;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The BIN table (docs/routing.md): read by prefix; an admin previews a bank's CSV ({@code POST /bins/preview}: what it
 * would add or change and every line with a problem, nothing stored) and imports it ({@code POST /bins/import}: all
 * or nothing, 400 with the problems). The file is the raw body, UTF-8 or Windows-1254 (Turkish) as banks send it.
 */
@Path("/bins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BinResource {

    static final int MAX_BYTES = 16 * 1024 * 1024;

    @Inject
    BinTable table;

    @Inject
    BinImport imports;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR})
    public List<CardBinResponse> listing(
            @QueryParam("prefix") @DefaultValue("") String prefix, @QueryParam("size") @DefaultValue("100") int size) {
        return table.listing(prefix, size).stream().map(CardBinResponse::of).toList();
    }

    @POST
    @Path("/preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.VPOS_ADMIN)
    public BinPreviewResponse preview(InputStream body) throws IOException {
        return BinPreviewResponse.of(imports.preview(text(body)), CallerLocale.of(headers));
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.VPOS_ADMIN)
    public BinImportResponse importTable(InputStream body) throws IOException {
        return BinImportResponse.of(
                imports.apply(text(body), security.getUserPrincipal().getName()));
    }

    private static String text(InputStream in) throws IOException {
        byte[] bytes = read(in);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(FieldError.of("file", "bins.tooLarge", MAX_BYTES));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1254"));
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0 && out.size() <= MAX_BYTES) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
