package dev.vpos.it;

import dev.vpos.collection.domain.CollectionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A host ERP's observer, as deployed with the in-container test: keeps the collection events it sees. */
@ApplicationScoped
public class RecordedCollectionEvents {

    static final List<CollectionEvent> SEEN = new CopyOnWriteArrayList<>();

    void on(@Observes CollectionEvent event) {
        SEEN.add(event);
    }
}
