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
 * the family's layout (the same file as {@code GET /settlement/{family}}). Written at the family's day end, replaced
 * whole (a reader never sees half a file); {@link SettlementSftpServer} serves the folder.
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
        String csv = new SettlementFile(ledger, SettlementFees.demoContract(), BANK_ZONE)
                .write(layout.get(), Optional.empty(), day);
        return Optional.of(write(root(), family, day, csv));
    }

    static Path write(Path root, String family, LocalDate day, String csv) {
        String name = family.toLowerCase(Locale.ROOT);
        try {
            Path folder = Files.createDirectories(root.resolve(name));
            Path target = folder.resolve(name + "-settlement-" + day + ".csv");
            Path partial = Files.createTempFile(folder, ".", ".part");
            Files.writeString(partial, csv, StandardCharsets.UTF_8);
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
