package org.diplomatictimeline.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version as Maven built it, for `--version` and the About box; no JavaFX involved. */
public final class AppVersion {

    private static final String RESOURCE = "/org/diplomatictimeline/app/version.properties";

    private AppVersion() {
    }

    /** The version string ("0.1.0"), or "unknown" when the build did not stamp one (a bare IDE compile). */
    public static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
