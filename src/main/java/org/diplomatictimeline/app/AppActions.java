package org.diplomatictimeline.app;

import org.diplomatictimeline.timeline.LaneMode;

/** What the menus can ask of the main window; one method per menu item. */
interface AppActions {

    void openFiles();

    void openFolder();

    void reload();

    /** File › Export…: the chronology of the current filter in a format the user picks. */
    void exportChronology();

    /** File › Print…: the chronology or the timeline view, through the page setup and print dialogs. */
    void print();

    void quit();

    /** View › Present: the events shown, one per slide, full screen. */
    void present();

    void setLaneMode(LaneMode mode);

    void zoomIn();

    void zoomOut();

    void fitAll();

    void setTheme(Theme theme);

    /** Makes all text larger ({@code steps} > 0), smaller (< 0), or the default size (0). */
    void textSize(int steps);

    void focusSearch();

    void clearFilters();

    void nextEvent();

    void previousEvent();

    void showEvidence();

    void showProblems();

    /** The keyboard shortcuts, the timeline's legend and where the app keeps its files. */
    void showHelp();

    void about();
}
