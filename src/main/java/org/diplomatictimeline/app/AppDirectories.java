package org.diplomatictimeline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the app keeps its own files (logs now, settings later), following each platform's convention.
 *
 * <p>Nothing is created until asked for, so a read-only home or a first start costs nothing.
 */
public final class AppDirectories {

    static final String APP_FOLDER = "diplomatic-timeline";

    private final Path dataHome;

    public AppDirectories(Path dataHome) {
        this.dataHome = Objects.requireNonNull(dataHome, "dataHome");
    }

    /** The directories for the running user, from the environment and system properties. */
    public static AppDirectories forCurrentUser() {
        return new AppDirectories(resolveDataHome(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", "."))));
    }

    /**
     * The app's data folder: {@code $XDG_DATA_HOME/diplomatic-timeline} or {@code ~/.local/share/diplomatic-timeline}
     * on Linux, {@code ~/Library/Application Support/Diplomatic Timeline} on macOS, {@code %APPDATA%} on Windows.
     */
    static Path resolveDataHome(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Diplomatic Timeline");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Diplomatic Timeline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve(APP_FOLDER);
    }

    public Path dataHome() {
        return dataHome;
    }

    /** The log folder, created on first use. */
    public Path logs() throws IOException {
        return Files.createDirectories(dataHome.resolve("logs"));
    }
}
