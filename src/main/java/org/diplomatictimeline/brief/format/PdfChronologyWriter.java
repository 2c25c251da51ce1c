package org.diplomatictimeline.brief.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;
import org.diplomatictimeline.brief.DateLabels;

/**
 * The chronology as an A4 PDF: what it contains on top, a heading per date, each event with its summary and
 * footnote marks, its citations as footnotes at the foot of the same page, and "Page n of N" on every page. Fonts
 * are embedded ({@link PdfFonts}); an event is never split from its footnotes.
 */
public final class PdfChronologyWriter implements ChronologyWriter {

    private static final float MARGIN = 56;
    private static final float TITLE = 17;
    private static final float HEADING = 13;
    private static final float BODY = 10.5f;
    private static final float META = 8.5f;
    private static final float NOTE = 8;
    private static final float LEADING = 1.3f;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** A line to draw: text at a size, indented, with space above it. */
    private record Line(String text, float size, float indent, float gapBefore) {
        float height() {
            return gapBefore + size * LEADING;
        }
    }

    /** Lines kept together on one page, with the footnotes they need there. */
    private record Block(List<Line> lines, List<Line> notes, boolean keepWithNext) {
        float height() {
            return (float) lines.stream().mapToDouble(Line::height).sum();
        }

        float notesHeight() {
            return (float) notes.stream().mapToDouble(Line::height).sum();
        }
    }

    private int missingGlyphs;

    /** How many characters of the last PDF no available font could draw; they appear as '?'. */
    public int missingGlyphs() {
        return missingGlyphs;
    }

    @Override
    public void write(Chronology c, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Chronology, " + c.about().spanLabel());
            info.setCreator("Diplomatic Timeline");
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            boolean superscripts = fonts.primaryHas(SUPERSCRIPTS);
            List<Block> blocks = new ArrayList<>();
            List<Line> head = new ArrayList<>(wrap(fonts, "Chronology, " + c.about().spanLabel(), TITLE, 0, 0, width));
            for (String l : c.about().lines()) {
                head.addAll(wrap(fonts, l, META, 0, 2, width));
            }
            blocks.add(new Block(head, List.of(), false));
            for (ChronologyDate d : c.dates()) {
                blocks.add(new Block(wrap(fonts, d.label(), HEADING, 0, 14, width), List.of(), true));
                for (ChronologyEvent e : d.events()) {
                    blocks.add(event(fonts, e, false, superscripts, width));
                }
            }
            if (!c.undated().isEmpty()) {
                blocks.add(new Block(wrap(fonts, "Undated", HEADING, 0, 14, width), List.of(), true));
                for (ChronologyEvent e : c.undated()) {
                    blocks.add(event(fonts, e, true, superscripts, width));
                }
            }
            paginate(doc, fonts, blocks);
            numberPages(doc, fonts);
            missingGlyphs = fonts.missing();
            doc.save(out);
        }
        out.flush();
    }

    private static Block event(PdfFonts fonts, ChronologyEvent e, boolean undated, boolean sup, float width)
            throws IOException {
        StringBuilder marks = new StringBuilder();
        for (Citation ci : e.citations()) {
            marks.append(sup ? (marks.length() > 0 ? " " : "") + superscript(ci.number()) : "[" + ci.number() + "]");
        }
        List<Line> lines = new ArrayList<>(wrap(fonts, "• " + CitationText.oneLine(e.event().title()) + " — "
                + e.summary() + marks, BODY, 0, 6, width));
        String meta = e.event().type().label() + "; "
                + (undated ? "date unknown" : DateLabels.of(e.event().when()) + " (" + e.event().when().precisionLabel()
                + ", " + e.event().when().basis().name().toLowerCase(Locale.ROOT) + ")")
                + "; " + CitationText.weight(e);
        String omitted = CitationText.omitted(e);
        lines.addAll(wrap(fonts, omitted.isEmpty() ? meta : meta + "; " + omitted, META, 10, 1, width - 10));
        List<Line> notes = new ArrayList<>();
        for (Citation ci : e.citations()) {
            notes.addAll(wrap(fonts, ci.number() + ". " + CitationText.line(ci), NOTE, 0, 1, width));
        }
        return new Block(lines, notes, false);
    }

    private static void paginate(PDDocument doc, PdfFonts fonts, List<Block> blocks) throws IOException {
        float top = PDRectangle.A4.getHeight() - MARGIN;
        float bottom = MARGIN + 14;
        float separator = 10;
        PDPage page = null;
        PDPageContentStream cs = null;
        float y = 0;
        List<Line> pageNotes = new ArrayList<>();
        float notesHeight = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            float need = b.height();
            float needNotes = b.notesHeight();
            if (b.keepWithNext() && i + 1 < blocks.size()) {
                need += blocks.get(i + 1).height();
                needNotes += blocks.get(i + 1).notesHeight();
            }
            float notesAfter = notesHeight + needNotes + (notesHeight == 0 && needNotes > 0 ? separator : 0);
            boolean fits = page != null && y - need >= bottom + notesAfter;
            boolean pageEmpty = page != null && y == top;
            if (!fits && !pageEmpty) {
                if (cs != null) {
                    drawNotes(cs, fonts, pageNotes, bottom, notesHeight);
                    cs.close();
                }
                page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                cs = new PDPageContentStream(doc, page);
                y = top;
                pageNotes.clear();
                notesHeight = 0;
            }
            for (Line l : b.lines()) {
                y -= l.height();
                draw(cs, fonts, l, MARGIN + l.indent(), y);
            }
            if (!b.notes().isEmpty()) {
                notesHeight += (notesHeight == 0 ? separator : 0) + b.notesHeight();
                pageNotes.addAll(b.notes());
            }
        }
        if (cs != null) {
            drawNotes(cs, fonts, pageNotes, bottom, notesHeight);
            cs.close();
        }
    }

    private static void drawNotes(PDPageContentStream cs, PdfFonts fonts, List<Line> notes, float bottom,
                                  float height) throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        float y = bottom + height;
        cs.setLineWidth(0.5f);
        cs.moveTo(MARGIN, y - 2);
        cs.lineTo(MARGIN + 140, y - 2);
        cs.stroke();
        y -= 10;
        for (Line l : notes) {
            y -= l.height();
            draw(cs, fonts, l, MARGIN + l.indent(), y);
        }
    }

    private static void numberPages(PDDocument doc, PdfFonts fonts) throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String text = "Page " + (i + 1) + " of " + n;
                float w = fonts.width(text, META);
                draw(cs, fonts, new Line(text, META, 0, 0), (PDRectangle.A4.getWidth() - w) / 2, MARGIN - 10);
            }
        }
    }

    private static void draw(PDPageContentStream cs, PdfFonts fonts, Line l, float x, float y) throws IOException {
        VisualLine v = VisualLine.of(l.text());
        if (v.reordered()) {
            // the glyphs are drawn shaped and in visual order; readers that honour ActualText (a named property list,
            // as PDFBox writes it) extract the logical letters, others (poppler) reorder the shaped forms themselves
            COSDictionary span = new COSDictionary();
            span.setString(COSName.ACTUAL_TEXT, v.logical());
            cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
        }
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (PdfFonts.Run r : fonts.runs(v.visual())) {
            cs.setFont(r.font(), l.size());
            cs.showText(r.text());
        }
        cs.endText();
        if (v.reordered()) {
            cs.endMarkedContent();
        }
    }

    /** Greedy wrap at spaces; a word wider than the line (Chinese has no spaces) is cut between characters. */
    private static List<Line> wrap(PdfFonts fonts, String text, float size, float indent, float gap, float width)
            throws IOException {
        List<Line> lines = new ArrayList<>();
        String rest = CitationText.oneLine(text);
        float firstGap = gap;
        while (!rest.isEmpty()) {
            int cut = fit(fonts, rest, size, width - indent);
            lines.add(new Line(rest.substring(0, cut).strip(), size, indent, firstGap));
            firstGap = 0;
            rest = rest.substring(cut).strip();
        }
        if (lines.isEmpty()) {
            lines.add(new Line("", size, indent, gap));
        }
        return lines;
    }

    private static int fit(PdfFonts fonts, String s, float size, float width) throws IOException {
        if (drawnWidth(fonts, s, size) <= width) {
            return s.length();
        }
        int lastSpace = -1;
        int end = 0;
        while (end < s.length()) {
            int next = end + Character.charCount(s.codePointAt(end));
            if (drawnWidth(fonts, s.substring(0, next), size) > width) {
                break;
            }
            if (s.charAt(end) == ' ') {
                lastSpace = end;
            }
            end = next;
        }
        if (lastSpace > 0) {
            return lastSpace + 1;
        }
        return Math.max(end, Character.charCount(s.codePointAt(0)));
    }

    /** The width of text as drawn: Arabic shaped forms (a lam-alef ligature is one glyph) differ from the letters. */
    private static float drawnWidth(PdfFonts fonts, String s, float size) throws IOException {
        return fonts.width(VisualLine.of(s).visual(), size);
    }

    private static String superscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(ch - '0'));
        }
        return b.toString();
    }
}
