package dev.vpos.definitions.application;

import dev.vpos.definitions.application.DefinitionValidator.ValidDefinition;
import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.definitions.domain.StoredCredential;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.domain.CredentialField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an admin's credential values onto a definition: secrets sealed, an empty secret kept as it was, an empty
 * plain value removed. Remembers what changed for the audit (plain values before/after, names of changed secrets).
 */
record CredentialWrite(Map<String, String> plainBefore, Map<String, String> plainAfter, List<String> secretsChanged) {

    static CredentialWrite apply(VposDefinition d, ValidDefinition valid, SecretSealer sealer) {
        Map<String, String> before = plain(d);
        List<String> secrets = new ArrayList<>();
        valid.credentials().forEach((name, value) -> {
            CredentialField field = valid.schema().field(name).orElseThrow();
            boolean empty = value == null || value.isEmpty();
            if (field.secret()) {
                if (!empty) {
                    d.putCredential(new StoredCredential(name, sealer.seal(value, name), true));
                    secrets.add(name);
                }
            } else if (empty) {
                d.removeCredential(name);
            } else {
                d.putCredential(new StoredCredential(name, value, false));
            }
        });
        return new CredentialWrite(before, plain(d), secrets);
    }

    private static Map<String, String> plain(VposDefinition d) {
        Map<String, String> values = new TreeMap<>();
        d.getCredentials().stream().filter(c -> !c.sealed()).forEach(c -> values.put(c.name(), c.value()));
        return values;
    }
}
