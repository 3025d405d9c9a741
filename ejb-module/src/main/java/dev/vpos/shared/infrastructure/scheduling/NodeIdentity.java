package dev.vpos.shared.infrastructure.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who this process is among the cluster's nodes: host name, process id and a random part, fixed for the life of the
 * class (a restarted node is a new holder, so it never mistakes a lease of its previous life for its own).
 */
public final class NodeIdentity {

    private static final String ID = compute();

    private NodeIdentity() {}

    /** e.g. {@code app-01/48213/9f3a61c2}; at most 200 characters. */
    public static String id() {
        return ID;
    }

    private static String compute() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | RuntimeException e) {
            host = "unknown-host";
        }
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String id = host + "/" + ProcessHandle.current().pid() + "/"
                + HexFormat.of().formatHex(random);
        return id.length() <= 200 ? id : id.substring(id.length() - 200);
    }
}
