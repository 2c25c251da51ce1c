package org.diplomatictimeline.corpus.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a web page declares for machines: Open Graph / schema.org metadata, a {@code <time>}
 * element, or JSON-LD. The day is taken as written, in the publisher's own time zone.
 */
final class PublicationDateFinder {

    private static final List<String> META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
            "meta[name=dcterms.date]", "meta[name=date]", "meta[property=og:published_time]");
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern JSON_LD = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    Optional<String> find(Document page) {
        for (String query : META) {
            for (Element meta : page.select(query)) {
                Optional<String> date = parse(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Element e : page.select("[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]")) {
            Optional<String> date = parse(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
            if (date.isPresent()) {
                return date;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD.matcher(script.data());
            if (m.find()) {
                Optional<String> date = parse(m.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** "2019-06-05T10:00:00+03:00" -> "2019-06-05"; "2019-06" -> "2019-06"; anything else -> empty. */
    static Optional<String> parse(String value) {
        Matcher m = ISO.matcher(value == null ? "" : value);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            if (m.group(3) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString());
            }
            return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
