package org.diplomatictimeline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, before JavaFX starts, what a Linux window needs and a bare machine lacks (GTK 3, a display), so the
 * user reads one line saying what to install instead of a page of stack trace from the toolkit.
 */
public final class GuiPreflight {

    /** Where distributions put the GTK 3 library JavaFX's glass loads. */
    static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib64", "/lib");
    static final String GTK = "libgtk-3.so.0";

    private GuiPreflight() {
    }

    /** The problem for this machine, or empty when the window can start (or the platform is not Linux). */
    public static Optional<String> problem() {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return Optional.empty(); // headless tests and tools bring their own platform
        }
        String os = System.getProperty("os.name", "");
        return problem(os, System.getenv(), os.toLowerCase(Locale.ROOT).startsWith("linux") ? gtkInstalled() : null);
    }

    /**
     * @param gtk whether GTK 3 is installed; null when that cannot be told (an unusual file layout): then the
     *            toolkit is left to try
     */
    static Optional<String> problem(String osName, Map<String, String> env, Boolean gtk) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        if (Boolean.FALSE.equals(gtk)) {
            return Optional.of("The window needs GTK 3, which is not installed: sudo apt-get install libgtk-3-0 "
                    + "(Debian, Ubuntu; libgtk-3-0t64 on Debian 13) or sudo dnf install gtk3 (Fedora). "
                    + "The headless commands (help) work without it.");
        }
        if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("No display to open the window on (DISPLAY is not set): run it on a desktop, or "
                    + "under a virtual one: xvfb-run -a java -jar diplomatic-timeline.jar");
        }
        return Optional.empty();
    }

    /**
     * Whether the dynamic linker can find GTK 3: in the usual library folders or in its cache. Null when the
     * system has neither a linker cache nor the usual folders (NixOS and the like), so no false alarm is raised.
     */
    static Boolean gtkInstalled() {
        if (LIBRARY_DIRS.stream().anyMatch(d -> Files.exists(Path.of(d, GTK)))) {
            return true;
        }
        Path cache = Path.of("/etc/ld.so.cache");
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try {
            String names = new String(Files.readAllBytes(cache), StandardCharsets.ISO_8859_1);
            return names.contains(GTK);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
