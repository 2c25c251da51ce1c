package org.diplomatictimeline.extract.cache;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the extraction cache lives: the user's cache folder, by each platform's convention, never beside the
 * articles (a corpus folder may be read-only, shared or under version control).
 */
public final class CacheFolder {

    /** A system property naming the folder outright (tests, benchmarks, a user who wants it elsewhere). */
    public static final String PROPERTY = "diplomatictimeline.cache.dir";

    private CacheFolder() {
    }

    /** The folder for the running user, from the property above or else the environment. */
    public static Path forCurrentUser() {
        String forced = System.getProperty(PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        return resolve(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * {@code $XDG_CACHE_HOME/diplomatic-timeline} or {@code ~/.cache/diplomatic-timeline} on Linux and other Unix,
     * {@code ~/Library/Caches/Diplomatic Timeline} on macOS, {@code %LOCALAPPDATA%\Diplomatic Timeline\Cache} on
     * Windows.
     */
    static Path resolve(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? userHome.resolve("AppData").resolve("Local")
                    : Path.of(local);
            return base.resolve("Diplomatic Timeline").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("Diplomatic Timeline");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG spec says a relative path is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : userHome.resolve(".cache");
        return base.resolve("diplomatic-timeline");
    }
}
