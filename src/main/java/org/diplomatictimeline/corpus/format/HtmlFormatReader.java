package org.diplomatictimeline.corpus.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page saved from a browser (also as an MHTML single-file archive): the article's text without
 * menus, scripts, comments or "related" teasers, its headline as title and its publication date from the page's
 * metadata.
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
        return read(file, limits, () -> false);
    }

    /**
     * Asks {@code cancelled} before parsing, after it and between the blocks of the article: jsoup parses in one
     * pass, which is quick next to everything after it.
     */
    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits, BooleanSupplier cancelled)
            throws DocumentReadException {
        throwIfCancelled(cancelled);
        List<String> warnings = new ArrayList<>();
        String encoding;
        String html;
        byte[] bytes = file.bytes();
        Optional<Charset> declared = Optional.empty();
        if (MhtmlUnpacker.looksLikeMhtml(bytes)) {
            MhtmlUnpacker.Page page = new MhtmlUnpacker().unpack(bytes);
            bytes = page.html();
            declared = page.charset();
        }
        if (declared.isEmpty()) {
            declared = declaredCharset(bytes);
        }
        // A page that declares UTF-8 may still be windows-1252 (copied templates): the decoder checks and says so.
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            encoding = declared.get().name();
            html = new String(bytes, declared.get());
            if (html.startsWith("\uFEFF")) {
                html = html.substring(1);
            }
        } else {
            DecodedText decoded = decoder.decode(bytes);
            encoding = decoded.charset();
            html = decoded.text();
            warnings.addAll(decoded.warnings());
        }
        Document page = Jsoup.parse(html);
        throwIfCancelled(cancelled);
        // Selectors cost the depth of the tree per element: a page nested thousands deep would take minutes.
        int depth = depth(page);
        if (depth > limits.maxHtmlDepth()) {
            throw new DocumentReadException("elements nested " + depth + " levels deep; limit "
                    + limits.maxHtmlDepth() + " levels (not a page a browser saved?)");
        }
        // Metadata first: the cleaning below removes the scripts that hold JSON-LD and the headers that hold h1s.
        String title = declaredTitle(page);
        String date = dates.find(page).orElse(null);
        Element article = blocks.find(page);
        String text = renderer.render(article, cancelled);
        throwIfCancelled(cancelled);
        if (text.isBlank()) {
            throw new DocumentReadException("no article text found in the page (drawn by scripts? save it once it"
                    + " has loaded, or print it to PDF)");
        }
        if (title != null && article.selectFirst("h1") == null && !text.startsWith(title)) {
            // The headline sat outside the article block (or in its header): keep it, so the text reads as the page.
            text = title + "\n\n" + text;
        }
        if (text.length() > limits.maxTextChars()) {
            throw new DocumentReadException(limits.textTooLong(text.length()));
        }
        return new ExtractedText(text, encoding, DocumentFormat.HTML, title, date, List.of(), warnings);
    }

    private static void throwIfCancelled(BooleanSupplier cancelled) throws DocumentReadException {
        if (cancelled.getAsBoolean()) {
            throw new DocumentReadException(CANCELLED);
        }
    }

    /** The deepest element nesting of the page, counted without recursion. */
    static int depth(Document page) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), page);
        return max[0];
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

    /**
     * The article's headline: Open Graph, schema.org, an h1 inside the article, an h1 the window title contains,
     * then the window title without its site name. A page-wide first h1 is often the site's logo.
     */
    static String declaredTitle(Document page) {
        String windowTitle = page.title().strip();
        List<String> candidates = new ArrayList<>();
        candidates.add(page.select("meta[property=og:title]").attr("content"));
        Element headline = page.selectFirst("[itemprop=headline]");
        if (headline != null) {
            candidates.add(headline.hasAttr("content") ? headline.attr("content") : headline.text());
        }
        Element articleH1 = page.selectFirst("article h1, main h1, [role=main] h1");
        candidates.add(articleH1 == null ? "" : articleH1.text());
        for (Element h1 : page.select("h1")) {
            if (!h1.text().isBlank() && windowTitle.contains(h1.text().strip())) {
                candidates.add(h1.text());
                break;
            }
        }
        candidates.add(withoutSiteName(windowTitle));
        Element firstH1 = page.selectFirst("h1");
        candidates.add(firstH1 == null ? "" : firstH1.text());
        for (String candidate : candidates) {
            if (!candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    /** "Ports deal signed | The Gazette" -> "Ports deal signed": the longest part of a separated title. */
    private static String withoutSiteName(String windowTitle) {
        String best = "";
        for (String part : windowTitle.split("\\s+[|\u2013\u2014\u00B7-]\\s+")) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }
}
