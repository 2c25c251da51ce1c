package org.diplomatictimeline.bench;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.diplomatictimeline.app.StartupTimings;

/**
 * The reference for start-up ratios: an empty JavaFX window of the app's size, on the same JavaFX jars and class
 * path, printing the same {@code timing window-shown MS} line after its first layout as the app does with
 * {@code --timings}. Run: {@code java -cp "$CP" org.diplomatictimeline.bench.BareWindow$Launcher}; it exits after 1 s
 * (the launcher class, as the app's own: the java launcher refuses an Application main class on the class path).
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Pane(), 1600, 1000);
        stage.setTitle("Bare window");
        stage.setScene(scene);
        StartupTimings timings = StartupTimings.of(List.of(StartupTimings.FLAG), System.out);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            timings.windowShown();
            new Thread(() -> {
                sleep();
                Platform.exit();
            }).start();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The main class, kept apart from the Application as the app's GuiLauncher is. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
