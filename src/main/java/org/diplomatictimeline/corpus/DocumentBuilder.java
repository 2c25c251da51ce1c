package org.diplomatictimeline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.corpus.format.DocumentReadException;
import org.diplomatictimeline.corpus.format.ExtractedText;

/**
 * Makes a {@link Document} of the text a format reader extracted: finds the inline date line, the body and the
 * title, and refuses text with nothing in it.
 */
final class DocumentBuilder {

    private final TitleFinder titles = new TitleFinder();

    /**
     * A document and the caveats met on the way.
     *
     * @param document the document
     * @param warnings caveats for the user; the document loaded anyway
     */
    record Built(Document document, List<String> warnings) {

        Built {
            warnings = List.copyOf(warnings);
        }
    }

    Built build(String id, String source, String contentHash, long byteCount, ExtractedText extracted)
            throws DocumentReadException {
        String text = extracted.text();
        if (text.isBlank()) {
            throw new DocumentReadException(emptyMessage(byteCount, extracted));
        }
        List<String> warnings = new ArrayList<>(extracted.warnings());
        int bodyStart = 0;
        String headerDate = null;
        String declaredTitle = extracted.title();
        Optional<FrontMatter> frontMatter = extracted.format() == DocumentFormat.MARKDOWN
                ? FrontMatter.find(text) : Optional.empty();
        if (frontMatter.isPresent()) {
            FrontMatter fm = frontMatter.get();
            bodyStart = fm.bodyStart();
            headerDate = fm.date();
            if (fm.rawDate() != null && fm.date() == null) {
                warnings.add("the front matter date '" + fm.rawDate() + "' is not a valid YYYY-MM-DD or YYYY-MM"
                        + " date; the document is read without a header date");
            }
            declaredTitle = fm.title() != null ? fm.title() : declaredTitle;
        } else {
            Optional<HeaderDateLine> line = HeaderDateLine.find(text);
            bodyStart = line.map(HeaderDateLine::bodyStart).orElse(0);
            headerDate = line.map(HeaderDateLine::value).orElse(null);
            line.map(HeaderDateLine::warning).ifPresent(warnings::add);
        }
        if (headerDate == null) {
            // A date the file declares in its metadata stands in for the date line (decision 0041).
            headerDate = extracted.metadataDate();
        }
        String title = declaredTitle != null && !declaredTitle.isBlank()
                ? TitleFinder.shorten(declaredTitle)
                : titles.find(text, bodyStart, extracted.format());
        Document document = new Document(id, source, title, text, headerDate, bodyStart, extracted.encoding(),
                extracted.format(), extracted.pageStarts(), contentHash);
        return new Built(document, warnings);
    }

    private static String emptyMessage(long byteCount, ExtractedText extracted) {
        if (byteCount == 0) {
            return "empty file (0 bytes)";
        }
        return switch (extracted.format()) {
            case PDF -> "no text could be extracted (a scanned PDF? run text recognition (OCR) on it first)";
            case HTML -> "no article text found in the page";
            case DOCX -> "the Word document contains no text";
            default -> "contains no text (only whitespace)";
        };
    }
}
