/**
 * JavaFX pieces for curation: the review queue, the event editor, undo/redo menu items, the recovery and
 * unsaved-changes prompts, and the project's window title; each with a small view model that tests drive.
 */
package org.diplomatictimeline.app.curation;
