package org.diplomatictimeline.corpus.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an element into plain text the way a reader sees it: one paragraph per block, paragraphs separated by a
 * blank line, runs of white space collapsed, line breaks kept.
 */
final class HtmlTextRenderer {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "blockquote", "pre", "table", "tr", "figcaption", "figure", "address", "hr", "body",
            "center", "details", "summary");

    String render(Element root) {
        return render(root, () -> false);
    }

    /** Renders until {@code cancelled} says so at a block's start; the text so far is then returned. */
    String render(Element root, BooleanSupplier cancelled) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(current, t.getWholeText(), inPre(t));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        trimTrailingSpace(current);
                        current.append('\n');
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        if (!current.isEmpty() && current.charAt(current.length() - 1) != '\t') {
                            trimTrailingSpace(current);
                            current.append('\t');
                        }
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, paragraphs);
                        if (cancelled.getAsBoolean()) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static boolean inPre(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static void appendCollapsed(StringBuilder out, String text, boolean preformatted) {
        if (preformatted) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                char last = out.isEmpty() ? '\n' : out.charAt(out.length() - 1);
                // A no-break space becomes a plain one: patterns downstream match "June 5" with \s.
                if (last != ' ' && last != '\n' && last != '\t') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void trimTrailingSpace(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().strip();
        current.setLength(0);
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
    }
}
