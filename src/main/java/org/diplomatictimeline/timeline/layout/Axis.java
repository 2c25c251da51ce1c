package org.diplomatictimeline.timeline.layout;

import java.util.List;

/** The axis of one frame: minor ticks with their labels, and major ticks with context labels. */
public record Axis(TimeStep step, List<Tick> minor, List<Tick> major) {

    public Axis {
        minor = List.copyOf(minor);
        major = List.copyOf(major);
    }
}
