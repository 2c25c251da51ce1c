package org.diplomatictimeline.time.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexValue;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the NewsReader MEANTIME corpus (CAT XML): tokens are joined back into running text (no space before closing
 * punctuation, a line break after the title and the date line), and TIMEX3 markables become gold expressions with
 * character offsets. MEANTIME annotates temporal expressions at document level only in the title, the date line and
 * the first sentences (sentence numbers 0-5), so that region is the scoring scope.
 */
public final class MeantimeReader {

    /** Sentences 0..5 (title, date line, first four sentences) carry the document-level annotation. */
    static final int ANNOTATED_SENTENCES = 6;

    /** Reads the date lines of files whose CREATION_TIME is unusable; immutable, so one serves every file. */
    private static final NewsTemporalTagger DATE_LINE_TAGGER = new NewsTemporalTagger();
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}",
            "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "...", "'");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "US$", "CA$", "#", "`");

    /** Reads every {@code *.xml} under the folder (recursively), in path order. */
    public List<GoldDocument> readAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("not a folder: " + folder);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(read(f));
        }
        return docs;
    }

    public GoldDocument read(Path file) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            root = builder.parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not readable MEANTIME XML: " + e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder();
        Map<String, int[]> offsets = new HashMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        int scopeEnd = 0;
        int dateLineStart = -1;
        int dateLineEnd = -1;
        int previousSentence = -1;
        String previous = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String word = t.getTextContent();
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            if (previous != null) {
                if (sentence != previousSentence && previousSentence <= 1) {
                    text.append('\n');
                } else if (sentence != previousSentence
                        || !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(previous)) {
                    text.append(' ');
                }
            }
            int start = text.length();
            text.append(word);
            offsets.put(t.getAttribute("t_id"), new int[] {start, text.length()});
            if (sentence == 1) {
                dateLineStart = dateLineStart < 0 ? start : dateLineStart;
                dateLineEnd = text.length();
            }
            if (sentence < ANNOTATED_SENTENCES) {
                scopeEnd = text.length();
            }
            previous = word;
            previousSentence = sentence;
        }
        List<GoldTimex> gold = new ArrayList<>();
        LocalDate dct = null;
        NodeList timexes = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element x = (Element) timexes.item(i);
            boolean creation = "CREATION_TIME".equals(x.getAttribute("functionInDocument"));
            if (creation && dct == null) {
                dct = parseDate(x.getAttribute("value"));
            }
            NodeList anchors = x.getElementsByTagName("token_anchor");
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int a = 0; a < anchors.getLength(); a++) {
                int[] o = offsets.get(((Element) anchors.item(a)).getAttribute("t_id"));
                if (o != null) {
                    start = Math.min(start, o[0]);
                    end = Math.max(end, o[1]);
                }
            }
            if (end > start) {
                gold.add(new GoldTimex(start, end, text.substring(start, end), x.getAttribute("type"),
                        x.getAttribute("value"), creation));
            }
        }
        gold.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (dct == null && dateLineStart >= 0) {
            // A few files lack a usable CREATION_TIME value ("03-02-2009"); read the date line as the corpus layer would.
            dct = dateLineDate(text.toString(), dateLineStart, dateLineEnd);
        }
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        return new GoldDocument(name, text.toString(), dct, scopeEnd, gold);
    }

    private static LocalDate dateLineDate(String text, int from, int to) {
        for (Timex t : DATE_LINE_TAGGER.tag(text, from, to, null)) {
            Optional<TimexValue> v = TimexValue.parse(t.value());
            if (!t.relative() && v.isPresent() && v.get().precision() == DatePrecision.DAY) {
                return v.get().span().first();
            }
        }
        return null;
    }

    private static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
