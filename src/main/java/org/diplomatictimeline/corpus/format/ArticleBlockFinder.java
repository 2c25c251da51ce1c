package org.diplomatictimeline.corpus.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element of a web page that holds the article, and strips it of what is not the article: scripts,
 * navigation, comments, share buttons, "related" teasers.
 *
 * <p>A declared article body wins ({@code itemprop=articleBody}, then {@code <article>}, then {@code <main>}) unless
 * it holds much less paragraph text than the densest block of paragraphs, which is what a page without semantic
 * markup is judged by.
 */
final class ArticleBlockFinder {

    /** Never article text, wherever they are. */
    private static final String JUNK_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " form, button, input, select, textarea, nav, header, footer, aside, dialog, menu,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog],"
            + " [aria-hidden=true], [hidden]";
    /** Class or id words of blocks around an article that are not part of it. */
    private static final Pattern JUNK_NAMES = Pattern.compile(
            "(?i)(?:^|[\\s_-])(comments?|disqus|related|recommended|recommendations?|more-stories|read-more|"
                    + "share|sharing|social|promo|advert|advertisement|ads?|sponsored|newsletter|subscribe|cookie|"
                    + "consent|sidebar|breadcrumbs?|menu|navbar|nav|footer|masthead|popular|trending|most-read|"
                    + "outbrain|taboola|paywall|signup|banner|toolbar|tags)(?:$|[\\s_-])");

    Element find(Document page) {
        Element body = page.body();
        body.select(JUNK_TAGS).remove();
        removeComments(body);
        Element densest = densestParagraphBlock(body);
        Element chosen = declaredArticle(body);
        if (chosen == null || densest != null && paragraphText(chosen) * 2 < paragraphText(densest)
                && !isAncestor(chosen, densest)) {
            chosen = densest;
        }
        if (chosen == null) {
            chosen = body;
        }
        removeJunkBlocks(chosen);
        return chosen;
    }

    private static Element declaredArticle(Element body) {
        for (String query : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
            Element best = null;
            for (Element e : body.select(query)) {
                if (best == null || paragraphText(e) > paragraphText(best)) {
                    best = e;
                }
            }
            if (best != null && best.text().length() >= 80) {
                return best;
            }
        }
        return null;
    }

    /** The element whose paragraphs, counted fully for a parent and half for a grandparent, hold most text. */
    private static Element densestParagraphBlock(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            if (length < 20) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        Element best = null;
        int bestScore = 0;
        // Document order breaks ties, so the choice does not depend on hash order.
        for (Element e : body.getAllElements()) {
            int s = score.getOrDefault(e, 0);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /** Drops junk-named blocks inside the article, unless one of them holds most of the article's paragraphs. */
    private static void removeJunkBlocks(Element article) {
        int total = paragraphText(article);
        Elements junk = new Elements();
        for (Element e : article.getAllElements()) {
            if (e != article && isJunkNamed(e) && paragraphText(e) * 2 < Math.max(total, 1)) {
                junk.add(e);
            }
        }
        junk.remove();
    }

    private static boolean isJunkNamed(Element e) {
        return JUNK_NAMES.matcher(e.className()).find() || JUNK_NAMES.matcher(e.id()).find();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
    }
}
