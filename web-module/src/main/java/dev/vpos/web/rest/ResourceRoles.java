package dev.vpos.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The roles of every resource method, keyed as the API description names its operations ({@code Class_method}, the
 * CLASS_METHOD operation-id strategy): the method's {@code @RolesAllowed}, else its class's; an empty list for
 * {@code @PermitAll}. Read from the resource classes when the description is built.
 */
final class ResourceRoles {

    private static final String PACKAGE = "dev.vpos.web.rest";
    private static final Logger LOG = Logger.getLogger(ResourceRoles.class.getName());
    private static final List<Class<? extends Annotation>> VERBS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private ResourceRoles() {}

    static Map<String, List<String>> byOperationId() {
        Map<String, List<String>> roles = new HashMap<>();
        ClassLoader loader = ResourceRoles.class.getClassLoader();
        try {
            // the description is built while the application starts (no CDI yet): the resources are read from the web
            // module's classes (expanded: the server's applicationManager autoExpand)
            Path classes = Path.of(ResourceRoles.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path rest = classes.resolve(PACKAGE.replace('.', '/'));
            try (Stream<Path> files = Files.walk(rest)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(f)
                            .toString()
                            .replace(f.getFileSystem().getSeparator(), ".");
                    Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false, loader);
                    if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        add(c, roles);
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException | LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "The API description goes without the operations' roles", e);
        }
        return roles;
    }

    private static void add(Class<?> resource, Map<String, List<String>> roles) {
        RolesAllowed classRoles = resource.getAnnotation(RolesAllowed.class);
        for (Method m : resource.getDeclaredMethods()) {
            if (VERBS.stream().noneMatch(m::isAnnotationPresent)) {
                continue;
            }
            RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
            List<String> names;
            if (allowed != null) {
                names = List.of(allowed.value());
            } else if (m.isAnnotationPresent(PermitAll.class)) {
                names = List.of();
            } else if (classRoles != null) {
                names = List.of(classRoles.value());
            } else {
                continue;
            }
            roles.put(resource.getSimpleName() + "_" + m.getName(), names);
        }
    }
}
