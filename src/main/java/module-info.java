/** Diplomatic Timeline: news articles in, a timeline of diplomatic events out, fully offline. */
module org.diplomatictimeline {
    requires java.logging;
    requires java.xml;
    requires java.desktop;
    // sun.misc.Signal: Ctrl+C stops the window with status 0 (app.StopSignals), not as a failure
    requires jdk.unsupported;
    requires transitive javafx.controls; // timeline exports a Control: its users need JavaFX too
    requires javafx.swing;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.jsoup;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.commons.csv;
    requires com.ibm.icu;
    // PDFBox logs through commons-logging, an explicit module nothing else would resolve on the module path.
    requires org.apache.commons.logging;

    // An application module: packages are exported for readers of the API; javac rejects exporting an empty
    // package, so a layer's owner adds its exports line when the layer has classes (see docs/decisions/0001).
    exports org.diplomatictimeline.model;
    exports org.diplomatictimeline.corpus;
    exports org.diplomatictimeline.corpus.format;
    exports org.diplomatictimeline.time;
    exports org.diplomatictimeline.extract;
    exports org.diplomatictimeline.io;
    exports org.diplomatictimeline.curation;
    exports org.diplomatictimeline.io.project;
    exports org.diplomatictimeline.timeline;
    exports org.diplomatictimeline.cli;
    exports org.diplomatictimeline.eval;
    exports org.diplomatictimeline.brief;
    exports org.diplomatictimeline.brief.format;
    exports org.diplomatictimeline.app to javafx.graphics;
    exports org.diplomatictimeline.app.launch to javafx.graphics;

    opens org.diplomatictimeline.io to com.fasterxml.jackson.databind;
    opens org.diplomatictimeline.model to com.fasterxml.jackson.databind;
    opens org.diplomatictimeline.curation to com.fasterxml.jackson.databind;
    opens org.diplomatictimeline.io.project to com.fasterxml.jackson.databind;
}
