package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a bare Linux machine the launcher names what to install in one line instead of a toolkit stack trace. */
class GuiPreflightTest {

    private static final Map<String, String> DESKTOP = Map.of("DISPLAY", ":0");

    @Test
    void missingGtkSaysWhichPackageToInstall() {
        var problem = GuiPreflight.problem("Linux", DESKTOP, p -> false);

        assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains("libgtk-3-0").doesNotContain("\n"));
    }

    @Test
    void noDisplaySaysHowToRunWithoutOne() {
        var problem = GuiPreflight.problem("Linux", Map.of(), p -> p.endsWith(GuiPreflight.GTK));

        assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains("DISPLAY").contains("xvfb-run"));
    }

    @Test
    void aDesktopWithGtkStarts() {
        var problem = GuiPreflight.problem("Linux", DESKTOP,
                p -> p.equals(Path.of("/usr/lib/x86_64-linux-gnu", GuiPreflight.GTK)));

        assertThat(problem).isEmpty();
    }

    @Test
    void otherPlatformsAreNotChecked() {
        assertThat(GuiPreflight.problem("Windows 11", Map.of(), p -> false)).isEmpty();
    }
}
