/**
 * The main window, its view model, selection and background loading; features it does not know (curation) join it
 * through its registration points ({@link org.diplomatictimeline.app.ExtensionPoints},
 * {@link org.diplomatictimeline.app.WorkspaceStage}).
 */
package org.diplomatictimeline.app;
