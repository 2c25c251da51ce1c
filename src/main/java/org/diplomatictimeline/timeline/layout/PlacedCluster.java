package org.diplomatictimeline.timeline.layout;

/** A cluster placed in pixels. */
public record PlacedCluster(Cluster cluster, int lane, double x0, double x1, double y, double height) {

    public boolean contains(double x, double py) {
        return x >= x0 && x <= x1 && py >= y && py <= y + height;
    }
}
