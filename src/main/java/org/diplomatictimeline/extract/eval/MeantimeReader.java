package org.diplomatictimeline.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one MEANTIME (NewsReader NAF-like XML) article: its tokens as text, its creation time, and the gold event
 * mentions with their cross-document instance, participants and linked temporal expressions.
 */
public final class MeantimeReader {

    /** An annotated participant of an event mention (an entity instance). */
    public record GoldEntity(String id, String name, String type) {
    }

    /**
     * A gold event mention.
     *
     * @param instance     the cross-document event instance id (the gold cluster)
     * @param timexValues  values of temporal expressions the annotation links to the mention by inclusion
     */
    public record GoldEventMention(int start, int end, int sentenceStart, int sentenceEnd, String pred, String time,
                                   String instance, List<GoldEntity> participants, List<String> timexValues) {
    }

    /** A MEANTIME article. */
    public record GoldDocument(String id, String text, String creationTime, List<GoldEventMention> events) {
    }

    private final DocumentBuilderFactory factory;

    public MeantimeReader() {
        factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the file; throws with the file named when it is not MEANTIME XML. */
    public GoldDocument read(Path file) throws IOException {
        org.w3c.dom.Document xml;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            xml = builder.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not MEANTIME XML: " + e.getMessage(), e);
        }
        Element root = xml.getDocumentElement();
        StringBuilder text = new StringBuilder();
        Map<String, int[]> tokenSpans = new HashMap<>();
        Map<Integer, int[]> sentenceSpans = new LinkedHashMap<>();
        Map<String, Integer> tokenSentence = new HashMap<>();
        int currentSentence = -1;
        for (Element t : children(root, "token")) {
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            if (sentence != currentSentence && text.length() > 0) {
                text.append('\n');
            } else if (text.length() > 0) {
                text.append(' ');
            }
            currentSentence = sentence;
            int start = text.length();
            text.append(t.getTextContent());
            tokenSpans.put(t.getAttribute("t_id"), new int[] {start, text.length()});
            tokenSentence.put(t.getAttribute("t_id"), sentence);
            int[] span = sentenceSpans.computeIfAbsent(sentence, k -> new int[] {start, start});
            span[1] = text.length();
        }
        Element markables = children(root, "Markables").get(0);
        Map<String, Element> byId = new HashMap<>();
        for (Element e : all(markables)) {
            byId.put(e.getAttribute("m_id"), e);
        }
        String dct = null;
        Map<String, String> referent = new HashMap<>();
        Map<String, List<String>> participants = new HashMap<>();
        Map<String, List<String>> timexLinks = new HashMap<>();
        for (Element e : all(markables)) {
            if (e.getTagName().equals("TIMEX3") && "CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                dct = e.getAttribute("value");
            }
        }
        List<Element> relationsRoot = children(root, "Relations");
        for (Element r : relationsRoot.isEmpty() ? List.<Element>of() : all(relationsRoot.get(0))) {
            List<String> sources = ids(r, "source");
            List<String> targets = ids(r, "target");
            if (targets.isEmpty()) {
                continue;
            }
            switch (r.getTagName()) {
                case "REFERS_TO" -> sources.forEach(s -> referent.put(s, targets.get(0)));
                case "HAS_PARTICIPANT" -> sources.forEach(s -> participants.computeIfAbsent(s, k -> new ArrayList<>())
                        .add(targets.get(0)));
                case "TLINK" -> {
                    String type = r.getAttribute("reltype");
                    if (List.of("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY")
                            .contains(type)) {
                        String a = sources.get(0);
                        String b = targets.get(0);
                        timexLinks.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                        timexLinks.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                    }
                }
                default -> {
                }
            }
        }
        List<GoldEventMention> events = new ArrayList<>();
        for (Element e : all(markables)) {
            if (!e.getTagName().equals("EVENT_MENTION")) {
                continue;
            }
            List<String> anchors = new ArrayList<>();
            for (Element a : children(e, "token_anchor")) {
                anchors.add(a.getAttribute("t_id"));
            }
            Element instance = byId.get(referent.get(e.getAttribute("m_id")));
            if (anchors.isEmpty() || instance == null || instance.getAttribute("instance_id").isBlank()) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (String a : anchors) {
                int[] span = tokenSpans.get(a);
                if (span != null) {
                    start = Math.min(start, span[0]);
                    end = Math.max(end, span[1]);
                }
            }
            if (start == Integer.MAX_VALUE) {
                continue;
            }
            int[] sentence = sentenceSpans.get(tokenSentence.get(anchors.get(0)));
            List<GoldEntity> people = new ArrayList<>();
            for (String p : participants.getOrDefault(e.getAttribute("m_id"), List.of())) {
                Element entity = byId.get(referent.get(p));
                if (entity != null) {
                    String id = !entity.getAttribute("instance_id").isBlank() ? entity.getAttribute("instance_id")
                            : !entity.getAttribute("external_ref").isBlank() ? entity.getAttribute("external_ref")
                            : root.getAttribute("doc_id") + ":" + entity.getAttribute("m_id");
                    people.add(new GoldEntity(id, entity.getAttribute("TAG_DESCRIPTOR"), entity.getAttribute("ent_type")));
                }
            }
            List<String> values = new ArrayList<>();
            for (String t : timexLinks.getOrDefault(e.getAttribute("m_id"), List.of())) {
                Element timex = byId.get(t);
                if (timex != null && timex.getTagName().equals("TIMEX3") && !timex.getAttribute("value").isBlank()) {
                    values.add(timex.getAttribute("value"));
                }
            }
            events.add(new GoldEventMention(start, end, sentence[0], sentence[1], e.getAttribute("pred"),
                    e.getAttribute("time"), instance.getAttribute("instance_id"), people, values));
        }
        return new GoldDocument(root.getAttribute("doc_id"), text.toString(), dct, events);
    }

    private static List<String> ids(Element relation, String tag) {
        List<String> ids = new ArrayList<>();
        for (Element e : children(relation, tag)) {
            ids.add(e.getAttribute("m_id"));
        }
        return ids;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && el.getTagName().equals(tag)) {
                list.add(el);
            }
        }
        return list;
    }

    private static List<Element> all(Element parent) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element el) {
                list.add(el);
            }
        }
        return list;
    }
}
