package org.diplomatictimeline.timeline.layout;

/**
 * One horizontal lane: a key stable across reloads, a label, and its events as ranks in ascending order.
 *
 * @param members ranks into the {@link EventTable}, ascending; owned by the lane (not copied, for size)
 */
public record Lane(String key, String label, int[] members) {

    public Lane {
        if (key == null || label == null || members == null) {
            throw new IllegalArgumentException("lane needs key, label and members");
        }
    }

    public int size() {
        return members.length;
    }
}
