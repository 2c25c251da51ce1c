/**
 * Curation in the window, built only through the main window's registration points: the stage that applies the
 * decisions to each load, the review queue, the event editor, the Edit menu, undo/redo menu items, the recovery and
 * unsaved-changes prompts, and the project's window title; each with a small view model that tests drive.
 */
package org.diplomatictimeline.app.curation;
