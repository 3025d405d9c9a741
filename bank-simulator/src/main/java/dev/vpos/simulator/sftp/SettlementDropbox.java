package dev.vpos.simulator.sftp;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.settlement.SettlementFees;
import dev.vpos.simulator.settlement.SettlementFile;
import dev.vpos.simulator.settlement.SettlementLayout;
import dev.vpos.simulator.settlement.SettlementLayouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the simulated banks publish their day-end settlement files, as Turkish banks do on their SFTP servers: one
 * folder per family ({@code est/}, {@code garanti/}, ...) under {@code vpos.simulator.sftpRoot} (default: {@code
 * vpos-simulator-sftp} in the temporary folder), one file per day, {@code <family>-settlement-<yyyy-MM-dd>.csv}, in
 * the family's layout (the same file as {@code GET /settlement/{family}}). As a bank gives each merchant its own
 * folder, each merchant with transactions that day also gets its own file (only its lines) in {@code
 * <family>/<merchant>/}: what a merchant's fetch job reads. Written at the family's day end, replaced whole (a reader
 * never sees half a file); {@link SettlementSftpServer} serves the folder.
 */
@ApplicationScoped
public class SettlementDropbox {

    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");

    @Inject
    Ledger ledger;

    public static Path root() {
        return Path.of(System.getProperty(
                "vpos.simulator.sftpRoot",
                Path.of(System.getProperty("java.io.tmpdir"), "vpos-simulator-sftp")
                        .toString()));
    }

    /** The family's settlement file of {@code day} (every merchant), written into the drop box; empty = no layout. */
    public Optional<Path> publish(String family, LocalDate day) {
        Optional<SettlementLayout> layout = SettlementLayouts.of(family.toUpperCase(Locale.ROOT));
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        SettlementFile file = new SettlementFile(ledger, SettlementFees.demoContract(), BANK_ZONE);
        for (String merchant : ledger.approvedOn(layout.get().family(), Optional.empty(), day, BANK_ZONE).stream()
                .map(e -> e.clientId())
                .filter(m -> m != null && m.matches("[A-Za-z0-9_-]{1,40}"))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))) {
            write(root(), family, merchant, day, file.write(layout.get(), Optional.of(merchant), day));
        }
        return Optional.of(write(root(), family, day, file.write(layout.get(), Optional.empty(), day)));
    }

    static Path write(Path root, String family, LocalDate day, String csv) {
        return write(root, family, null, day, csv);
    }

    /** Into {@code <family>/} or, for one merchant's file, {@code <family>/<merchant>/}. */
    static Path write(Path root, String family, String merchant, LocalDate day, String csv) {
        String name = family.toLowerCase(Locale.ROOT);
        try {
            Path folder = Files.createDirectories(
                    merchant == null ? root.resolve(name) : root.resolve(name).resolve(merchant));
            Path target = folder.resolve(name + "-settlement-" + day + ".csv");
            Path partial = Files.createTempFile(folder, ".", ".part");
            Files.writeString(partial, csv, StandardCharsets.UTF_8);
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
