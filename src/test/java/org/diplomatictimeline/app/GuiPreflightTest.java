package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a bare Linux machine the launcher names what to install in one line instead of a toolkit stack trace. */
class GuiPreflightTest {

    private static final Map<String, String> DESKTOP = Map.of("DISPLAY", ":0");

    @Test
    void missingGtkSaysWhichPackageToInstall() {
        var problem = GuiPreflight.problem("Linux", DESKTOP, false);

        assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains("libgtk-3-0").doesNotContain("\n"));
    }

    @Test
    void noDisplaySaysHowToRunWithoutOne() {
        var problem = GuiPreflight.problem("Linux", Map.of(), true);

        assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains("DISPLAY").contains("xvfb-run"));
    }

    @Test
    void aDesktopWithGtkStarts() {
        var problem = GuiPreflight.problem("Linux", DESKTOP, true);

        assertThat(problem).isEmpty();
    }

    @Test
    void anUnusualLayoutWhereGtkCannotBeToldIsLeftToTheToolkit() {
        assertThat(GuiPreflight.problem("Linux", DESKTOP, null)).isEmpty();
    }

    @Test
    void otherPlatformsAreNotChecked() {
        assertThat(GuiPreflight.problem("Windows 11", Map.of(), false)).isEmpty();
    }
}
