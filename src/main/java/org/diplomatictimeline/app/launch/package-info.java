/**
 * The composition root of the desktop app: starts JavaFX, builds the loader and the main window and installs
 * curation into it; the one package that knows both the window and curation.
 */
package org.diplomatictimeline.app.launch;
