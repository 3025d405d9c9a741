package dev.vpos.simulator.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The simulated banks' merchant files: UTF-8 properties on the classpath, every required key checked on load. */
public final class MerchantFile {

    private MerchantFile() {}

    /** Loads a classpath resource (e.g. {@code /garanti/merchants.properties}); fails clearly when it is missing. */
    public static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MerchantFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The trimmed value of {@code key}, or a failure naming the file and the key. */
    public static String required(Properties p, String resource, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(resource + ": " + key + " is missing");
        }
        return value.trim();
    }
}
