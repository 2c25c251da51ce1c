package org.diplomatictimeline.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. (Skeleton: the main window is built by the app layer's work.) */
public final class DiplomaticTimelineApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Diplomatic Timeline");
        stage.setScene(new Scene(new Label("Diplomatic Timeline"), 1200, 800));
        stage.show();
    }
}
