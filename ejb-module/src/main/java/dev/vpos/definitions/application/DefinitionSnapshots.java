package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository.Stamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The definitions a payment reads, without reading their credentials and plans on every payment. Each use reads the
 * definitions' current versions from the database (one indexed query; every change to a definition, its credentials
 * or its plans commits a new version, on whichever node it is made), and a definition's row, credentials and plans are
 * read again only when its version is one this node has not seen. So a change applies to the next payment on every
 * node, as before, and a sale makes one query for its definitions instead of two per candidate (issue #14).
 *
 * <p>The definitions handed out are detached copies shared between threads: read them, never change them (changes go
 * through {@link DefinitionAdminService}, which reads its own managed copy).
 */
@ApplicationScoped
public class DefinitionSnapshots {

    private final ConcurrentMap<Long, VposDefinition> byId = new ConcurrentHashMap<>();

    @Inject
    VposDefinitionRepository definitions;

    /** The company's enabled definitions, its default first, then by code; joins the caller's transaction. */
    public List<VposDefinition> enabled(long companyId) {
        List<VposDefinition> current = new ArrayList<>();
        for (Stamp stamp : definitions.enabledStamps(companyId)) {
            current(stamp).ifPresent(current::add);
        }
        return current;
    }

    /** The definition as it is now, or empty when there is none with this id. */
    public Optional<VposDefinition> find(long id) {
        Optional<Stamp> stamp = definitions.stamp(id);
        if (stamp.isEmpty()) {
            byId.remove(id);
            return Optional.empty();
        }
        return current(stamp.get());
    }

    private Optional<VposDefinition> current(Stamp stamp) {
        VposDefinition known = byId.get(stamp.id());
        if (known != null && known.getVersion() == stamp.version()) {
            return Optional.of(known);
        }
        Optional<VposDefinition> read = definitions.readDetached(stamp.id());
        // a newer version read by another thread meanwhile is kept: versions only grow
        read.ifPresentOrElse(
                d -> byId.merge(d.getId(), d, (old, fresh) -> fresh.getVersion() >= old.getVersion() ? fresh : old),
                () -> byId.remove(stamp.id()));
        return read;
    }
}
