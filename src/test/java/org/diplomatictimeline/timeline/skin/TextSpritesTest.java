package org.diplomatictimeline.timeline.skin;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TextSpritesTest {

    private final Font font = Font.font("System", 12);

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void aRunShownAgainIsRenderedOnceAndDrawnWhereFillTextDrawsIt(FxRobot robot) {
        robot.interact(() -> {
            TextSprites sprites = new TextSprites();
            Canvas canvas = new Canvas(200, 40);
            GraphicsContext g = canvas.getGraphicsContext2D();
            for (int frame = 0; frame < 3; frame++) {
                g.setFill(Color.WHITE);
                g.fillRect(0, 0, 200, 40);
                sprites.text("Talks in Geneva", font, Color.BLACK, TextAlignment.LEFT, 10, 20);
                sprites.text("Talks in Geneva", font, Color.BLACK, TextAlignment.LEFT, 120, 20);
                sprites.flush(g);
            }
            assertThat(sprites.size()).isEqualTo(1);
            WritableImage image = canvas.snapshot(null, null);
            // ink on the left half, where the first copy is anchored, and on the right, where the second is
            assertThat(darkPixels(image, 0, 100)).isPositive();
            assertThat(darkPixels(image, 120, 200)).isPositive();
        });
    }

    @Test
    void anotherColourOrAlignmentIsAnotherRun(FxRobot robot) {
        robot.interact(() -> {
            TextSprites sprites = new TextSprites();
            Canvas canvas = new Canvas(100, 40);
            sprites.text("12k", font, Color.BLACK, TextAlignment.CENTER, 50, 20);
            sprites.text("12k", font, Color.WHITE, TextAlignment.CENTER, 50, 20);
            sprites.text("12k", font, Color.BLACK, TextAlignment.RIGHT, 50, 20);
            sprites.flush(canvas.getGraphicsContext2D());
            assertThat(sprites.size()).isEqualTo(3);
        });
    }

    private static int darkPixels(WritableImage image, int fromX, int toX) {
        int n = 0;
        for (int x = fromX; x < toX; x++) {
            for (int y = 0; y < (int) image.getHeight(); y++) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.5) {
                    n++;
                }
            }
        }
        return n;
    }
}
