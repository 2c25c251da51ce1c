package org.diplomatictimeline.corpus.format;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF in one pass over its pages, recording where each page starts so evidence can cite
 * its page. Pages are separated by a blank line.
 *
 * <p>The pages are counted by walking the page tree, never taken from the count the file claims, and at most
 * {@link ReadLimits#maxPdfPages()} are read: one pass, not one text extraction per page, so the cost grows with
 * the pages there are, not with their square.
 */
public final class PdfFormatReader implements DocumentFormatReader {

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits) throws DocumentReadException {
        return read(file, limits, () -> false);
    }

    /** Reads page by page, asking {@code cancelled} before each page. */
    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits, BooleanSupplier cancelled)
            throws DocumentReadException {
        // Before any PDF is parsed: fonts are not looked up on the system nor cached to disk. Installed here, not
        // when the reader is made, because the mapper parses a bundled TrueType font (~70 PDFBox classes) and
        // every corpus reader, the window's among them before its first frame, makes a PDF reader.
        OfflineFontMapper.install();
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            int pages = countPages(pdf, limits);
            if (pages == 0) {
                throw new DocumentReadException("a corrupt PDF (it has no pages)");
            }
            PageCollector collector = new PageCollector(limits, cancelled);
            collector.setLineSeparator("\n");
            collector.setStartPage(1);
            collector.setEndPage(pages);
            collector.writeText(pdf, collector.buffer);
            if (collector.tooLong) {
                throw new DocumentReadException(limits.textTooLong(collector.text.length()));
            }
            List<String> warnings = new ArrayList<>();
            if (!endsWithEofMarker(file.bytes())) {
                warnings.add("the PDF looks truncated (its end is missing; a download cut short?); it was repaired"
                        + " as far as possible, and text of its last pages may be missing");
            }
            if (pdf.isEncrypted()) {
                warnings.add("the PDF is encrypted (without a password to open it); its text was read anyway");
            }
            return new ExtractedText(collector.text.toString(), "UTF-8", DocumentFormat.PDF, null, null,
                    collector.pageStarts, warnings);
        } catch (Cancelled e) {
            throw new DocumentReadException(CANCELLED, e);
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException("an encrypted PDF that needs a password; remove the password and retry", e);
        } catch (IOException e) {
            throw new DocumentReadException("a corrupt or unreadable PDF (" + e.getMessage() + ")", e);
        }
    }

    /** Every complete PDF ends with "%%EOF" (give or take a little trailing junk); a cut-off download does not. */
    static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** The pages really in the tree, walked once; refuses a file with more than the limit. */
    private static int countPages(PDDocument pdf, ReadLimits limits) throws DocumentReadException {
        int count = 0;
        for (Iterator<PDPage> it = pdf.getPages().iterator(); it.hasNext(); it.next()) {
            if (++count > limits.maxPdfPages()) {
                throw new DocumentReadException("too many pages (over " + limits.maxPdfPages() + "); limit "
                        + limits.maxPdfPages() + " pages per PDF");
            }
        }
        return count;
    }

    /** Collects each page's text as the stripper finishes it, and stops taking text past the limit. */
    /** Thrown out of PDFBox's page loop, which lets only IOExceptions through, when the read is cancelled. */
    private static final class Cancelled extends IOException {
        Cancelled() {
            super("cancelled");
        }
    }

    private static final class PageCollector extends PDFTextStripper {

        final StringWriter buffer = new StringWriter();
        final StringBuilder text = new StringBuilder();
        final List<Integer> pageStarts = new ArrayList<>();
        private final ReadLimits limits;
        private final BooleanSupplier cancelled;
        boolean tooLong;

        PageCollector(ReadLimits limits, BooleanSupplier cancelled) {
            this.limits = limits;
            this.cancelled = cancelled;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            super.startPage(page);
            buffer.getBuffer().setLength(0);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            if (tooLong) {
                return;
            }
            output.flush();
            String pageText = buffer.toString().stripTrailing();
            buffer.getBuffer().setLength(0);
            if (!pageStarts.isEmpty()) {
                text.append("\n\n");
            }
            pageStarts.add(text.length());
            text.append(pageText);
            tooLong = text.length() > limits.maxTextChars();
        }
    }
}
