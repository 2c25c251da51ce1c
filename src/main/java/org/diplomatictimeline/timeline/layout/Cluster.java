package org.diplomatictimeline.timeline.layout;

/**
 * A group of events too dense to draw one by one at a zoom level, shown as one item with a count.
 *
 * @param binStart  start of the bin it fills, in epoch days
 * @param binEnd    end of that bin
 * @param count     events it stands for
 * @param first     earliest start of its events (where a click zooms to)
 * @param last      latest end of its events
 * @param firstRank rank of its first event, a stable tie key
 * @param from      index into the lane's members of its first event
 */
public record Cluster(double binStart, double binEnd, int count, double first, double last, int firstRank,
                      int from) {

    public Cluster {
        if (count < 1 || binEnd <= binStart || last < first) {
            throw new IllegalArgumentException("bad cluster " + count + " " + binStart + ".." + binEnd);
        }
    }
}
