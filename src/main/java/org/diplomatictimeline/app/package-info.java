/** The JavaFX application: main window, view models, selection and background tasks. */
package org.diplomatictimeline.app;
