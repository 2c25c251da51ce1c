package org.diplomatictimeline.corpus.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.corpus.DocumentFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page saved from a browser: the article's text without menus, scripts, comments or "related"
 * teasers, its headline as title and its publication date from the page's metadata.
 */
public final class HtmlFormatReader implements DocumentFormatReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int HEAD = 2048;

    private final TextDecoder decoder = new TextDecoder();
    private final ArticleBlockFinder blocks = new ArticleBlockFinder();
    private final HtmlTextRenderer renderer = new HtmlTextRenderer();
    private final PublicationDateFinder dates = new PublicationDateFinder();

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits) throws DocumentReadException {
        List<String> warnings = new ArrayList<>();
        String encoding;
        String html;
        Optional<Charset> declared = declaredCharset(file.bytes());
        // A page that declares UTF-8 may still be windows-1252 (copied templates): the decoder checks and says so.
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            encoding = declared.get().name();
            html = new String(file.bytes(), declared.get());
            if (html.startsWith("\uFEFF")) {
                html = html.substring(1);
            }
        } else {
            DecodedText decoded = decoder.decode(file.bytes());
            encoding = decoded.charset();
            html = decoded.text();
            warnings.addAll(decoded.warnings());
        }
        Document page = Jsoup.parse(html);
        // Metadata first: the cleaning below removes the scripts that hold JSON-LD.
        String title = declaredTitle(page);
        String date = dates.find(page).orElse(null);
        Element article = blocks.find(page);
        String text = renderer.render(article);
        String headline = headline(page, title);
        if (!headline.isEmpty() && !text.startsWith(headline)) {
            // The headline often sits outside the article block; keep it so the text reads as the article does.
            text = text.isEmpty() ? headline : headline + "\n\n" + text;
        }
        if (text.length() > limits.maxTextChars()) {
            throw new DocumentReadException(limits.textTooLong(text.length()));
        }
        return new ExtractedText(text, encoding, DocumentFormat.HTML, title, date, List.of(), warnings);
    }

    /** A charset the page declares with a byte order mark or a meta tag; empty when it declares none. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return Optional.empty(); // UTF-16 with BOM: the text decoder handles it
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD * 4), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String declaredTitle(Document page) {
        for (String candidate : List.of(
                page.select("meta[property=og:title]").attr("content"),
                page.select("h1").first() == null ? "" : page.select("h1").first().text(),
                page.title())) {
            if (!candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    private static String headline(Document page, String title) {
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return title == null ? "" : title;
    }
}
