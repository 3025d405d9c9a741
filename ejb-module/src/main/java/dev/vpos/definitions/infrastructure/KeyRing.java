package dev.vpos.definitions.infrastructure;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The current master key and the previous ones still able to open older sealed values. */
public record KeyRing(List<MasterKey> keys, List<String> encoded) {

    public KeyRing {
        if (keys.isEmpty()) {
            throw new IllegalStateException("no master key");
        }
        keys = List.copyOf(keys);
        encoded = List.copyOf(encoded);
    }

    static KeyRing of(List<String> base64Keys) {
        return new KeyRing(
                base64Keys.stream()
                        .map(k -> MasterKey.of(Base64.getDecoder().decode(k)))
                        .toList(),
                base64Keys);
    }

    public MasterKey current() {
        return keys.get(0);
    }

    public List<MasterKey> previous() {
        return keys.subList(1, keys.size());
    }

    public Optional<MasterKey> byId(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "KeyRing" + keys;
    }
}
