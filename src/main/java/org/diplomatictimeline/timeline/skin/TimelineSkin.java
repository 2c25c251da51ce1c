package org.diplomatictimeline.timeline.skin;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import org.diplomatictimeline.timeline.TimelineView;

/** Draws a {@link TimelineView} on a canvas. (Skeleton: replaced by the timeline work.) */
public class TimelineSkin extends SkinBase<TimelineView> {

    private final Canvas canvas = new Canvas();

    public TimelineSkin(TimelineView control) {
        super(control);
        getChildren().add(canvas);
    }
}
