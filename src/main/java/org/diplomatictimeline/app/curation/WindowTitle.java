package org.diplomatictimeline.app.curation;

/** The main window's title: "Project name — Diplomatic Timeline", with a "•" while there are unsaved changes. */
public final class WindowTitle {

    /** The application's name, the title's fixed part. */
    public static final String APP = "Diplomatic Timeline";

    private WindowTitle() {
    }

    /** The title for a project (null or blank: no project yet). */
    public static String of(String projectName, boolean unsaved) {
        String name = projectName == null || projectName.isBlank() ? "Untitled" : projectName;
        return (unsaved ? "• " : "") + name + " — " + APP;
    }
}
