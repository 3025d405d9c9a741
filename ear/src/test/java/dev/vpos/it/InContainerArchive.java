package dev.vpos.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test WAR an in-container test deploys beside the running EAR: the test's classes, the module's EJB jar and
 * libraries as built into the EAR (target/vpos), and a beans.xml that discovers them all.
 */
final class InContainerArchive {

    private InContainerArchive() {}

    static WebArchive of(String name, Class<?>... classes) {
        Path earDir = Path.of("target", "vpos");
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .addClasses(classes)
                .addClass(InContainerArchive.class)
                .addAsLibrary(earDir.resolve("vpos-ejb.jar").toFile())
                .addAsWebInfResource(
                        new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                                + " bean-discovery-mode=\"all\"/>"),
                        "beans.xml")
                // the server's metrics registry is shared: this second copy of the module must not register (and, when
                // undeployed, remove) the module's own meters
                .addAsResource(
                        new StringAsset("vpos.metrics.enabled=false\n"), "META-INF/microprofile-config.properties");
        try (Stream<Path> libs = Files.list(earDir.resolve("lib"))) {
            libs.forEach(lib -> war.addAsLibrary(lib.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }
}
