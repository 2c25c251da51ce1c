package org.diplomatictimeline.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.model.DocumentInfo;

/**
 * The outlet that published each document, so corroboration counts independent outlets, not copies: the host of
 * the document's source address (its path when that is a URL, or a {@code source:}/{@code url:} line of the
 * front matter at the top of its text), else the outlet named after the last separator of its title.
 */
public final class Outlets {

    private static final Pattern FRONT_MATTER_URL = Pattern.compile(
            "^(?:source|url|link|canonical|original_url|source_url)[ \\t]*:[ \\t]*[\"']?(https?://\\S+?)[\"']?[ \\t]*$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("^https?://(?:[^@/]*@)?([^/:?#\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_OUTLET = Pattern.compile("\\s[-|–—]\\s+([^-|–—]{2,40})$");
    /** Front matter is short: only the head of a text is searched for the source address. */
    private static final int HEAD = 4096;

    private final Map<String, String> byDocument;

    private Outlets(Map<String, String> byDocument) {
        this.byDocument = Map.copyOf(byDocument);
    }

    /** No outlet known for any document: each article then counts as its own source. */
    public static Outlets none() {
        return new Outlets(Map.of());
    }

    /**
     * Finds the outlet of each document.
     *
     * @param textOf the exact text of a document by id, or null when it is not at hand
     */
    public static Outlets of(List<DocumentInfo> documents, Function<String, String> textOf) {
        Map<String, String> found = new HashMap<>();
        for (DocumentInfo d : documents) {
            String text = textOf.apply(d.id());
            outletOf(d.source(), d.title(), text).ifPresent(o -> found.put(d.id(), o));
        }
        return new Outlets(found);
    }

    /** The outlet of one document from its source path or address, title and text (each may be null). */
    public static Optional<String> outletOf(String source, String title, String text) {
        Optional<String> host = host(source);
        if (host.isEmpty() && text != null) {
            Matcher m = FRONT_MATTER_URL.matcher(text.substring(0, Math.min(HEAD, text.length())));
            if (m.find()) {
                host = host(m.group(1));
            }
        }
        if (host.isPresent()) {
            return host;
        }
        if (title != null) {
            Matcher m = TITLE_OUTLET.matcher(title.strip());
            if (m.find() && m.group(1).strip().split("\\s+").length <= 4) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** The outlet of the document, if one is known. */
    public Optional<String> outlet(String documentId) {
        return Optional.ofNullable(byDocument.get(documentId));
    }

    private static Optional<String> host(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = HOST.matcher(address.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        // The mobile and AMP copies of a site are the same outlet.
        host = host.replaceFirst("^(?:www\\d?|m|mobile|amp)\\.", "");
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }
}
