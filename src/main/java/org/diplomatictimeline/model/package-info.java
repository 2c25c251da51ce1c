/** Immutable records of the event model; imports nothing else of the application and nothing of JavaFX. */
package org.diplomatictimeline.model;
