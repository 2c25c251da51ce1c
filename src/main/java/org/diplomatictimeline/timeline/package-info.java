/** The timeline control: a Canvas-drawn view of events over time with lanes, zoom, pan and selection. */
package org.diplomatictimeline.timeline;
