package dev.vpos.collection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One transition of a collection: from, to, who, when, through which channel, caused by which bank interaction. */
@Entity
@Table(name = "collection_state_change")
public class StateChange {

    @Id
    @SequenceGenerator(
            name = "collection_state_change_seq",
            sequenceName = "collection_state_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_state_change_seq")
    private Long id;

    @Column(name = "collection_id", nullable = false)
    private long collectionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private CollectionState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private CollectionState toState;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(length = 20)
    private String channel;

    @Column(name = "interaction_id")
    private Long interactionId;

    @Column(length = 300)
    private String note;

    protected StateChange() {}

    StateChange(
            long collectionId,
            CollectionState fromState,
            CollectionState toState,
            String actor,
            OffsetDateTime occurredAt,
            String channel,
            Long interactionId,
            String note) {
        this.channel = channel;
        this.interactionId = interactionId;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 300);
        this.collectionId = collectionId;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public CollectionState getFromState() {
        return fromState;
    }

    public CollectionState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getChannel() {
        return channel;
    }

    public Long getInteractionId() {
        return interactionId;
    }

    public String getNote() {
        return note;
    }
}
