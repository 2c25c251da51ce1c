package org.diplomatictimeline.corpus.format;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Maps every font a PDF does not embed to the sans-serif font PDFBox ships, instead of PDFBox's default of scanning
 * the system's fonts and writing a cache file to the user's home folder.
 *
 * <p>Text extraction needs no real glyphs, so the substitute costs nothing; in exchange, reading a corpus writes
 * nothing anywhere and the first PDF does not wait for a font scan (decision 0044).
 */
final class OfflineFontMapper implements FontMapper {

    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static boolean installed;

    private final TrueTypeFont fallback;

    private OfflineFontMapper(TrueTypeFont fallback) {
        this.fallback = fallback;
    }

    /** Installs the mapper for the whole process, once; without the bundled font PDFBox keeps its default. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try (InputStream in = PDFont.class.getResourceAsStream(FALLBACK)) {
            if (in != null) {
                FontMappers.set(new OfflineFontMapper(new TTFParser().parse(new RandomAccessReadBuffer(in))));
            }
        } catch (IOException e) {
            // PDFBox's own mapper still works; it only scans system fonts.
        }
    }

    // The substitution is deliberate, so it is not flagged as a fallback: PDFBox would log a warning per font.

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, fallback, false);
    }
}
