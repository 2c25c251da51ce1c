package org.diplomatictimeline.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyBuilder;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;

/**
 * File › Print…: asks whether to print the chronology (the same selection as File › Export…, the Key events
 * control's when it is on) or the timeline view, shows the page setup and print dialogs of a JavaFX
 * {@link PrinterJob}, and prints. Where no printer is set up (a server, CI, a virtual display) it says so in one
 * sentence instead of failing.
 */
final class PrintAction {

    /** What can be printed. */
    enum What {
        CHRONOLOGY("The chronology of the events shown"), TIMELINE("The timeline view");

        private final String label;

        What(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final String NO_PRINTER = "No printer is set up on this computer, so nothing was printed. "
            + "File \u203A Export\u2026 writes the same chronology as a PDF, which can be printed elsewhere.";
    private static final Logger LOG = Logger.getLogger(PrintAction.class.getName());
    /** The timeline is drawn for print at this width in pixels (twice the pixels for sharpness). */
    private static final int PICTURE_WIDTH = 1600;

    private final Supplier<Printer> printers;
    private final Consumer<String> tell;

    /** @param printers the default printer, or null when there is none (tests pass their own) */
    PrintAction(Supplier<Printer> printers, Consumer<String> tell) {
        this.printers = printers;
        this.tell = tell;
    }

    /** The action on this machine's printers. */
    static PrintAction forThisComputer(Consumer<String> tell) {
        return new PrintAction(Printer::getDefaultPrinter, tell);
    }

    /** Runs the whole dialogue: choice, page setup, print dialog, printing, and a sentence on the outcome. */
    void print(Window owner, WorkspaceViewModel viewModel, TimelineView timeline) {
        Printer printer = printer();
        if (printer == null) {
            tell.accept(NO_PRINTER);
            return;
        }
        ChoiceDialog<What> choice = new ChoiceDialog<>(What.CHRONOLOGY, What.values());
        choice.initOwner(owner);
        choice.setTitle("Print");
        choice.setHeaderText(null);
        choice.setContentText("Print:");
        Optional<What> what = choice.showAndWait();
        if (what.isEmpty()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            tell.accept(NO_PRINTER);
            return;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        List<Region> pages = pages(what.get(), viewModel, timeline, page.getPrintableWidth(),
                page.getPrintableHeight());
        for (Region r : pages) {
            if (!job.printPage(page, r)) {
                tell.accept("Printing stopped: the printer did not take page " + (pages.indexOf(r) + 1) + " of "
                        + pages.size() + " (" + job.getJobStatus() + ").");
                job.cancelJob();
                return;
            }
        }
        if (job.endJob()) {
            tell.accept("Sent " + pages.size() + (pages.size() == 1 ? " page" : " pages") + " to "
                    + job.getPrinter().getName() + ".");
        } else {
            tell.accept("Printing did not finish (" + job.getJobStatus() + ").");
        }
    }

    /** The pages of what is to be printed, at the printable size in points (FX thread). */
    static List<Region> pages(What what, WorkspaceViewModel viewModel, TimelineView timeline, double width,
                              double height) {
        if (what == What.TIMELINE) {
            TimeWindow window = timeline.getVisibleWindow() != null ? timeline.getVisibleWindow()
                    : TimelineSvg.span(timeline.getEvents());
            double[] room = PrintPages.pictureRoom(width, height);
            int h = (int) Math.max(300, Math.round(PICTURE_WIDTH * room[1] / room[0]));
            WritableImage image = TimelinePicture.snapshot(timeline, window,
                    new TimelinePicture.Size(PICTURE_WIDTH, h, 2));
            String caption = "Timeline: " + timeline.getEvents().size() + " events ("
                    + ChronologyExport.describe(viewModel.filterProperty().get()) + "), "
                    + KeyEventsBar.span(window).first() + " to " + KeyEventsBar.span(window).last() + "; printed "
                    + LocalDate.now() + ".";
            return List.of(PrintPages.picture(image, caption, width, height));
        }
        return PrintPages.chronology(chronology(viewModel), width, height);
    }

    /** The chronology File › Export… would write now. */
    static Chronology chronology(WorkspaceViewModel viewModel) {
        Workspace w = viewModel.getWorkspace();
        return new ChronologyBuilder(w.model(), EventModelJson.outlets(w.corpus(), w.model()))
                .build(List.copyOf(viewModel.filteredEvents()), viewModel.chronologyRequest(), LocalDate.now());
    }

    private Printer printer() {
        try {
            return printers.get();
        } catch (RuntimeException | LinkageError e) {
            // no print service at all (a headless toolkit): the same as no printer, for the user
            LOG.log(Level.INFO, "No print service", e);
            return null;
        }
    }
}
