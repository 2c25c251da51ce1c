package org.diplomatictimeline.brief.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The fonts of one PDF, embedded as subsets: Liberation Sans (bundled with PDFBox) for Latin, Greek and Cyrillic,
 * then the fallbacks of {@code pdf-fonts.txt} found on this machine for other scripts; each character is drawn in
 * the first font that has it, and one that none has becomes '?', counted in {@link #missing()}.
 */
final class PdfFonts implements Closeable {

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** A text run in one font. */
    record Run(PDType0Font font, String text) {
    }

    private record Face(PDType0Font font, CmapLookup cmap) {
    }

    private final PDDocument document;
    private final List<Face> faces = new ArrayList<>();
    private final List<Closeable> open = new ArrayList<>();
    private final List<String> candidates;
    private int nextCandidate;
    private int missing;

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream in = PDType0Font.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                add(new TTFParser().parse(new RandomAccessReadBuffer(in)));
            }
        }
        this.candidates = candidates();
        if (faces.isEmpty()) {
            loadNextFallback();
        }
        if (faces.isEmpty()) {
            throw new IOException("no font to embed: neither the font bundled with PDFBox nor any of pdf-fonts.txt");
        }
    }

    /** The text cut into runs by font. */
    List<Run> runs(String text) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDType0Font current = null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                cp = cp == '\t' || cp == '\n' || cp == '\r' ? ' ' : -1;
                if (cp < 0) {
                    continue;
                }
            }
            PDType0Font font = fontFor(cp);
            if (font == null) {
                missing++;
                cp = '?';
                font = faces.get(0).font();
            }
            if (font != current && b.length() > 0) {
                runs.add(new Run(current, b.toString()));
                b.setLength(0);
            }
            current = font;
            b.appendCodePoint(cp);
        }
        if (b.length() > 0) {
            runs.add(new Run(current, b.toString()));
        }
        return runs;
    }

    /** The width of the text in points at the size. */
    float width(String text, float size) throws IOException {
        float w = 0;
        for (Run r : runs(text)) {
            w += r.font().getStringWidth(r.text()) / 1000f * size;
        }
        return w;
    }

    /** True when every character of the text has a glyph in the first font. */
    boolean primaryHas(String text) {
        return text.codePoints().allMatch(cp -> faces.get(0).cmap().getGlyphId(cp) != 0);
    }

    /** How many characters no font could draw (drawn as '?'). */
    int missing() {
        return missing;
    }

    private PDType0Font fontFor(int cp) throws IOException {
        if (cp == ' ') {
            return faces.get(0).font();
        }
        for (Face f : faces) {
            if (f.cmap().getGlyphId(cp) != 0) {
                return f.font();
            }
        }
        // Fallbacks are loaded only when a character needs one, so a Latin-only chronology embeds one font.
        while (nextCandidate < candidates.size()) {
            Face f = loadNextFallback();
            if (f != null && f.cmap().getGlyphId(cp) != 0) {
                return f.font();
            }
        }
        return null;
    }

    private Face loadNextFallback() throws IOException {
        while (nextCandidate < candidates.size()) {
            Path p = Path.of(candidates.get(nextCandidate++));
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                if (p.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
                    open.add(ttc);
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    ttc.processAllFonts(ttf -> {
                        if (first[0] == null) {
                            first[0] = ttf;
                        }
                    });
                    if (first[0] != null) {
                        return add(first[0]);
                    }
                } else {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()));
                    open.add(ttf);
                    return add(ttf);
                }
            } catch (IOException | RuntimeException e) {
                // A font that cannot be read or embedded (CFF outlines, a damaged file) is skipped; the next may do.
            }
        }
        return null;
    }

    private Face add(TrueTypeFont ttf) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        Face f = new Face(PDType0Font.load(document, ttf, true), cmap);
        faces.add(f);
        return f;
    }

    private static List<String> candidates() {
        return ResourceTable.find(PdfFonts.class, "pdf-fonts.txt")
                .map(table -> table.lines().stream().map(String::strip).toList()).orElse(List.of());
    }

    /** Closes the font files, after the document is saved. */
    @Override
    public void close() throws IOException {
        for (Closeable c : open) {
            c.close();
        }
    }
}
