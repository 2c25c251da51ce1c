package org.diplomatictimeline.corpus.format;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the body text of a Word .docx file with nothing but the JDK: the ZIP's {@code word/document.xml}, streamed
 * with StAX, one line per paragraph. Deleted tracked changes and field codes are left out, as Word shows them.
 */
public final class DocxFormatReader implements DocumentFormatReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String BODY = "word/document.xml";
    /** The XML is far larger than its text; past this many bytes the file is refused as a likely ZIP bomb. */
    private static final long XML_PER_TEXT_CHAR = 16;

    /**
     * Made at the first .docx, not with the reader: every corpus reader (the window makes one before its first frame)
     * holds a reader per format, and looking up and configuring a StAX factory costs a start ~40 classes.
     */
    private XMLInputFactory xml;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits) throws DocumentReadException {
        return read(file, limits, () -> false);
    }

    /** Reads paragraph by paragraph, asking {@code cancelled} before each paragraph and each skipped part. */
    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits, BooleanSupplier cancelled)
            throws DocumentReadException {
        if (!hasEndOfCentralDirectory(file.bytes())) {
            throw new DocumentReadException("a corrupt Word file (not a complete ZIP archive; truncated?)");
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
            long maxXml = limits.maxTextChars() * XML_PER_TEXT_CHAR;
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                throwIfCancelled(cancelled);
                if (entry.getName().equals(BODY)) {
                    String text = paragraphs(new BoundedInputStream(zip, maxXml, BODY), limits, cancelled);
                    return ExtractedText.of(text, "UTF-8", DocumentFormat.DOCX, List.of());
                }
                // Skipping an entry inflates it all; bound that too, or a padded entry costs minutes.
                new BoundedInputStream(zip, maxXml, entry.getName()).transferTo(OutputStream.nullOutputStream());
            }
        } catch (ZipException e) {
            throw new DocumentReadException("a corrupt Word file (not a valid ZIP archive: " + e.getMessage() + ")", e);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof InflatesTooFar tooFar) {
                throw new DocumentReadException("a suspicious Word file (" + tooFar.getMessage() + ")", e);
            }
            throw new DocumentReadException("a corrupt Word file (its document.xml is not valid XML)", e);
        } catch (InflatesTooFar e) {
            throw new DocumentReadException("a suspicious Word file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DocumentReadException("a corrupt Word file (" + e.getMessage() + ")", e);
        }
        throw new DocumentReadException("not a Word .docx file (no word/document.xml inside)");
    }

    /** Every complete ZIP ends with this record; a download cut short does not. */
    static boolean hasEndOfCentralDirectory(byte[] bytes) {
        int lowest = Math.max(0, bytes.length - 22 - 65_535);
        for (int i = bytes.length - 22; i >= lowest; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static void throwIfCancelled(BooleanSupplier cancelled) throws DocumentReadException {
        if (cancelled.getAsBoolean()) {
            throw new DocumentReadException(CANCELLED);
        }
    }

    private String paragraphs(InputStream in, ReadLimits limits, BooleanSupplier cancelled)
            throws XMLStreamException, DocumentReadException {
        XMLStreamReader r;
        // The JDK's factory is not documented as thread-safe; creating readers is cheap to serialise.
        synchronized (this) {
            if (xml == null) {
                xml = secureFactory();
            }
            r = xml.createXMLStreamReader(in);
        }
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        int runDepth = 0;
        boolean firstParagraph = true;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "p" -> {
                            throwIfCancelled(cancelled);
                            if (!firstParagraph) {
                                text.append('\n');
                            }
                            firstParagraph = false;
                        }
                        case "r" -> runDepth++;
                        case "t" -> inText = true;
                        // Tabs and breaks count only inside runs: w:tab also defines tab stops in paragraph styles.
                        case "tab" -> text.append(runDepth > 0 ? "\t" : "");
                        case "br", "cr" -> text.append(runDepth > 0 ? "\n" : "");
                        case "noBreakHyphen" -> text.append('-');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    if (r.getLocalName().equals("t")) {
                        inText = false;
                    } else if (r.getLocalName().equals("r")) {
                        runDepth--;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
                if (text.length() > limits.maxTextChars()) {
                    throw new DocumentReadException(limits.textTooLong(text.length()));
                }
            }
        } finally {
            r.close();
        }
        return text.toString();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // A document from anywhere must not make us fetch or expand entities.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** The body XML is far larger than any article. */
    private static final class InflatesTooFar extends IOException {

        InflatesTooFar(String message) {
            super(message);
        }
    }

    /** Refuses to read past a limit, so a tiny ZIP that inflates to gigabytes fails fast. */
    private static final class BoundedInputStream extends FilterInputStream {

        private final long limit;
        private final String entry;
        private long count;

        BoundedInputStream(InputStream in, long limit, String entry) {
            super(in);
            this.limit = limit;
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The ZIP stream is closed by its owner.
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new InflatesTooFar(entry + " inflates past " + ReadLimits.describe(limit)
                        + "; limit " + ReadLimits.describe(limit) + " per part of a Word file");
            }
        }
    }
}
