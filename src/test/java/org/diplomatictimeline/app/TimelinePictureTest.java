package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.timeline.LaneMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PNG and SVG pictures of the timeline view, read back with ImageIO and an XML parser. */
@ExtendWith(ApplicationExtension.class)
class TimelinePictureTest {

    private final AppFixtures fx = new AppFixtures();
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = fx.shownWindow(stage);
    }

    @Test
    void pngHasTheChosenSizeTimesTheScaleAndIsNotBlank(FxRobot robot) throws Exception {
        Path png = dir.resolve("timeline.png");
        AtomicReference<String> said = new AtomicReference<>();
        robot.interact(() -> said.set(write(TimelinePicture.Format.PNG, new TimelinePicture.Size(800, 450, 2), png)));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(distinctColours(image)).as("something is drawn").isGreaterThan(8);
        assertThat(said.get()).contains("3 events");
        Path kept = Files.createDirectories(Path.of("target", "snapshots")).resolve("timeline-export.png");
        Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void svgParsesAndHoldsTheFilteredEventsInTheCurrentLanes(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.setLaneMode(LaneMode.EVENT_TYPE);
            window.viewModel().filterProperty().set(EventFilter.NONE.withTypes(
                    Set.of(EventType.TALKS, EventType.VISIT)));
        });
        Path svg = dir.resolve("timeline.svg");
        robot.interact(() -> write(TimelinePicture.Format.SVG, new TimelinePicture.Size(1280, 720, 1), svg));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("1280");
        assertThat(count(root.getElementsByTagName("g"), "event")).isEqualTo(2);
        assertThat(count(root.getElementsByTagName("g"), "lane")).as("one lane per type shown").isEqualTo(2);
        String text = root.getTextContent();
        assertThat(text).contains(fx.talks.title()).contains(fx.stateVisit.title())
                .doesNotContain(fx.sanctions.title());
        Files.copy(svg, Files.createDirectories(Path.of("target", "snapshots")).resolve("timeline-export.svg"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String write(TimelinePicture.Format format, TimelinePicture.Size size, Path to) {
        try {
            return TimelinePicture.write(window.timelinePane().timeline(), format, size, to,
                    ChronologyExport.describe(window.viewModel().filterProperty().get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(NodeList nodes, String cls) {
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cls.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                n++;
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
