/** Pure layout of the timeline: time scale, ticks, lanes, stacking and clustering, free of JavaFX nodes. */
package org.diplomatictimeline.timeline.layout;
