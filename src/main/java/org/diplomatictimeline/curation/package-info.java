/** The analyst's decisions over extracted events: review states, edits, merges, undo and redo. */
package org.diplomatictimeline.curation;
