package org.diplomatictimeline.io.project;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps its own files (recovery, recent projects) for the current user, per platform convention. */
public final class DataFolder {

    /** A system property that overrides the location (tests, portable installs). */
    public static final String PROPERTY = "diplomatictimeline.data";

    private DataFolder() {
    }

    public static Path defaultLocation() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "DiplomaticTimeline");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Diplomatic Timeline");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "diplomatic-timeline")
                : Path.of(home, ".local", "share", "diplomatic-timeline");
    }
}
