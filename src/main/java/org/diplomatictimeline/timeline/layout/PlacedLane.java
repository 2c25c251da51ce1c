package org.diplomatictimeline.timeline.layout;

/** A lane's band on screen: where its header and rows are drawn. */
public record PlacedLane(Lane lane, int index, double y, double height, boolean collapsed) {
}
