package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.table.ResourceTable;

/**
 * Drops the parts of a web page that are not the article: related-article lists, share and comment widgets,
 * "read more" links and the headlines they link to, copyright lines, paragraphs repeated verbatim, and everything
 * after the opener of a reader-comment section ({@code comment-openers.txt}), where the article has ended.
 */
public final class BoilerplateFilter {

    private static final Pattern WIDGET = Pattern.compile(
            "(?i)^\\W*(related (articles?|stories|news|content)|read more|read also|see also|more on this|"
                    + "recommended|most read|trending|advertisement|sponsored|share( this( article| story)?)?|"
                    + "share on \\w+|tweet|email|print|comments?|\\d+ comments?|leave a (comment|reply)|"
                    + "post a comment|add a comment|log ?in to comment|sign (in|up)( to| for)?.*|subscribe.*|"
                    + "follow us( on)?.*|click here.*|you may also like|tags?:.*|photo:.*|image:.*|"
                    + "(facebook|twitter|whatsapp|linkedin|telegram|reddit)( \\W? ?(facebook|twitter|whatsapp|linkedin"
                    + "|telegram|reddit|email))*)\\W*$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(©|\\(c\\)\\s*\\d{4}|copyright\\b|all rights reserved)");
    /** "Read also: Leaders meet in Accra": a link to another article's headline, in the languages we read. */
    private static final Pattern LINKED_HEADLINE = Pattern.compile(
            "(?iu)^\\W*(read (more|also)|see also|related|more|lire (aussi|également)|à lire (aussi|également)"
                    + "|leer (más|también)|lea (más|también)|leia (também|mais)|veja também|leggi anche|approfondisci"
                    + "|lesen sie (auch|mehr)|mehr zum thema|baca (juga|pula)|читайте также|اقرأ أيضا|اقرأ أيضاً)\\s*:.*");
    private static final Pattern LIST_STARTER = Pattern.compile(
            "(?i)^\\W*(related (articles?|stories|news|content)|read (more|also)|see also|more on this|you may also like"
                    + "|recommended|most read)\\W*$");

    /** "Leave a reply", "Post a comment": the article has ended; teasers of other stories follow. */
    private static final Set<String> COMMENT_OPENERS = Set.copyOf(ResourceTable
            .read(BoilerplateFilter.class, "comment-openers.txt").lines().stream()
            .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList());
    /** A comment link near the headline ("Leave a comment" beside the byline) comes before this much article. */
    private static final int ARTICLE_BEFORE_COMMENTS = 2;
    private static final int BODY_SENTENCE = 60;

    /** Keeps the sentences that belong to the article, in order. */
    public List<Sentence> keepArticle(String text, List<Sentence> sentences) {
        List<Sentence> kept = new ArrayList<>();
        Set<String> seenParagraphs = new HashSet<>();
        int skipListParagraph = -1;
        int linkParagraph = -1;
        int listBudget = 0;
        int bodySentences = 0;
        int currentParagraph = -1;
        StringBuilder paragraphKey = new StringBuilder();
        List<Sentence> paragraph = new ArrayList<>();
        for (int i = 0; i <= sentences.size(); i++) {
            Sentence s = i < sentences.size() ? sentences.get(i) : null;
            if (s == null || s.paragraph() != currentParagraph) {
                if (!paragraph.isEmpty()) {
                    String key = paragraphKey.toString();
                    // A paragraph repeated word for word (pull quotes, duplicated teasers) is evidence only once.
                    boolean repeated = key.length() > 30 && !seenParagraphs.add(key);
                    if (!repeated) {
                        kept.addAll(paragraph);
                    }
                }
                paragraph.clear();
                paragraphKey.setLength(0);
                if (s == null) {
                    break;
                }
                currentParagraph = s.paragraph();
            }
            String line = s.text(text).strip();
            if (s.paragraph() == linkParagraph) {
                continue; // the rest of a linked headline split at its full stop
            }
            if (line.length() < 200 && LINKED_HEADLINE.matcher(line).matches()) {
                linkParagraph = s.paragraph();
                continue;
            }
            if (LIST_STARTER.matcher(line).matches()) {
                // The short headline links that follow such a label are not the article either.
                skipListParagraph = s.paragraph();
                listBudget = 12;
                continue;
            }
            if (listBudget > 0 && s.paragraph() > skipListParagraph) {
                if (s.heading()) {
                    listBudget--;
                    continue;
                }
                listBudget = 0;
            }
            if (bodySentences >= ARTICLE_BEFORE_COMMENTS && opensComments(line)) {
                i = sentences.size() - 1; // the comment section: the article has ended, what is told is kept
                continue;
            }
            if (WIDGET.matcher(line).matches() || isCopyrightLine(line)) {
                continue;
            }
            if (line.length() >= BODY_SENTENCE) {
                bodySentences++;
            }
            paragraph.add(s);
            paragraphKey.append(line.toLowerCase(Locale.ROOT)).append(' ');
        }
        return kept;
    }

    static boolean opensComments(String line) {
        return line.length() < 60 && COMMENT_OPENERS.contains(
                line.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", ""));
    }

    private static boolean isCopyrightLine(String line) {
        return line.length() < 200 && mayBeCopyright(line) && COPYRIGHT.matcher(line).find();
    }

    /**
     * False only for a line {@link #COPYRIGHT} cannot match: every match holds "©", "(" or, in any case, "right"
     * ("copyright", "all rights reserved"). Most sentences have none of them, and this is cheaper than the search.
     */
    private static boolean mayBeCopyright(String line) {
        if (line.indexOf('©') >= 0 || line.indexOf('(') >= 0) {
            return true;
        }
        for (int i = 0; i + 5 <= line.length(); i++) {
            char c = line.charAt(i);
            if ((c == 'r' || c == 'R') && line.regionMatches(true, i, "right", 0, 5)) {
                return true;
            }
        }
        return false;
    }
}
