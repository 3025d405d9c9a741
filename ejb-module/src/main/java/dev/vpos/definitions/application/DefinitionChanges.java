package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.DefinitionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Describes an edit for the audit: "field: old -> new" per changed setting; secrets only as "changed". */
final class DefinitionChanges {

    private DefinitionChanges() {}

    static String between(
            DefinitionSettings before,
            DefinitionSettings after,
            Map<String, String> plainBefore,
            Map<String, String> plainAfter,
            List<String> secretsChanged) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        List<String> lines = new ArrayList<>();
        a.forEach((field, old) -> {
            if (!Objects.equals(old, b.get(field))) {
                lines.add(field + ": " + old + " -> " + b.get(field));
            }
        });
        new TreeSet<>(union(plainBefore, plainAfter)).forEach(name -> {
            if (!Objects.equals(plainBefore.get(name), plainAfter.get(name))) {
                lines.add("credentials." + name + ": " + plainBefore.get(name) + " -> " + plainAfter.get(name));
            }
        });
        secretsChanged.stream().sorted().forEach(name -> lines.add("credentials." + name + ": changed"));
        return lines.isEmpty() ? "(no change)" : String.join("\n", lines);
    }

    static String created(DefinitionSettings settings, Map<String, String> plain, List<String> secretsSet) {
        List<String> lines = new ArrayList<>();
        flatten(settings).forEach((field, value) -> lines.add(field + ": " + value));
        new TreeMap<>(plain).forEach((name, value) -> lines.add("credentials." + name + ": " + value));
        secretsSet.stream().sorted().forEach(name -> lines.add("credentials." + name + ": set"));
        return String.join("\n", lines);
    }

    private static Map<String, String> flatten(DefinitionSettings s) {
        Map<String, String> m = new TreeMap<>();
        m.put("code", s.code());
        m.put("displayName", s.displayName());
        m.put("bankName", s.bankName());
        m.put("logoUrl", s.logoUrl());
        m.put("family", s.family().name());
        m.put("environment", s.environment().name());
        m.put("paymentModel", s.paymentModel().name());
        m.put("testEndpointUrl", s.testEndpointUrl());
        m.put("liveEndpointUrl", s.liveEndpointUrl());
        m.put("connectTimeoutMs", String.valueOf(s.connectTimeoutMs()));
        m.put("readTimeoutMs", String.valueOf(s.readTimeoutMs()));
        m.put("currencies", String.join(",", new TreeSet<>(s.currencies())));
        m.put(
                "minAmount",
                s.minAmount() == null
                        ? null
                        : s.minAmount().stripTrailingZeros().toPlainString());
        m.put(
                "maxAmount",
                s.maxAmount() == null
                        ? null
                        : s.maxAmount().stripTrailingZeros().toPlainString());
        m.put("installmentPlans", s.installmentPlans().toString());
        m.put("discount", s.discount().toString());
        m.put("saveCardAllowed", String.valueOf(s.saveCardAllowed()));
        m.put("outgoingIp", s.outgoingIp());
        m.put("bankAccountId", String.valueOf(s.bankAccountId()));
        m.put("companyDefault", String.valueOf(s.companyDefault()));
        return m;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
