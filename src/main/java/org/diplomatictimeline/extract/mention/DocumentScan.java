package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * One scan of one text: a left-to-right pass that takes the longest phrase, titled name or cued name at each token,
 * then a second pass ({@link PersonResolver}) that resolves short names ("Lavrov", "Xi") and role-only mentions ("the
 * Chinese leader") to the people of the document. Not thread-safe; {@link MentionFinder} makes one per call.
 */
final class DocumentScan {

    /** Words before a bare role that make it one person (rows ROLE_DETERMINER of lang/&lt;code&gt;/parties.tsv). */
    private static final Set<String> DETERMINERS = LanguageFolders.withWordsOfKind("parties.tsv", "ROLE_DETERMINER");
    /** Verbs of saying beside which a capitalised name is a person (rows SAID of lang/&lt;code&gt;/reporting.tsv). */
    private static final Set<String> SAID = LanguageFolders.withWordsOfKind("reporting.tsv", "SAID");

    private final Gazetteer g;
    private final EntityLookup entities;
    private final NameParser names;
    private final TitleParser titles;
    private final NameList list;
    private final PersonResolver resolver;
    private final String text;
    private final List<Token> tokens;
    private final PersonRegistry registry;
    private final List<ScanHit> hits;
    private final List<PendingSpan> pending;
    private Person lastWithRole;

    private final boolean[] heading;

    DocumentScan(Gazetteer gazetteer, String text, List<Token> tokens) {
        this(gazetteer, text, tokens, null);
    }

    /** A scan that reads the country names of {@code language}'s folder too (of every folder when null). */
    DocumentScan(Gazetteer gazetteer, String text, List<Token> tokens, String language) {
        this.g = gazetteer;
        this.entities = new EntityLookup(gazetteer, tokens, text, language);
        this.names = new NameParser(gazetteer, entities::at, LanguageFolders.prepositions(language));
        this.titles = new TitleParser(gazetteer, names, entities::at, text, tokens);
        this.list = new NameList(gazetteer, names, entities::at, tokens);
        this.heading = Headings.mark(tokens);
        this.hits = new ArrayList<>(16 + tokens.size() / 8);
        this.pending = new ArrayList<>(16 + tokens.size() / 16);
        this.text = text;
        this.tokens = tokens;
        this.registry = new PersonRegistry(gazetteer);
        this.resolver = new PersonResolver(gazetteer, entities, registry, tokens);
    }

    List<Mention> run() {
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            int next = group(i);
            if (next == i) {
                next = titledPerson(i);
            }
            if (next == i) {
                next = roleOnly(i);
            }
            if (next == i) {
                next = entityOrOrganisation(i);
            }
            if (next == i) {
                next = nameRun(i);
            }
            i = next == i ? i + 1 : next;
        }
        hits.addAll(resolver.resolve(hits, pending));
        hits.sort(Comparator.comparingInt(ScanHit::from));
        List<ScanHit> read = g.sharedSpellings.resolve(hits, tokens); // "عمان" in an article about Jordan
        List<Mention> out = new ArrayList<>(read.size());
        for (ScanHit h : read) {
            out.add(toMention(h));
        }
        return out;
    }

    // ---- pass one -------------------------------------------------------------------------------------------

    private int titledPerson(int i) {
        TitleParser.Descriptor d = titles.descriptor(i);
        if (d == null) {
            return i;
        }
        int k = d.end();
        String cls = d.title() == null ? "" : titleClass(d.title());
        if (d.title() == null && !(d.possessive() && d.modifiers().isEmpty())) {
            return i;
        }
        int titleEnd = k;
        k = titles.afterComplement(k);
        String complement = k > titleEnd ? " " + span(titleEnd, k) : ""; // "Ambassador to Peru"
        boolean comma = k < tokens.size() && tokens.get(k).is(",") && !cls.equals("honorific")
                && d.title() != null;
        if (comma) {
            k++;
        }
        if (cls.equals("counterpart")) {
            PhraseTrie.Match honour = g.titles.longest(tokens, k, tokens.size());
            if (honour != null) { // "his Saudi counterpart, Prince Faisal bin Farhan"; a title is never the name:
                k = honour.end(); // "his counterpart, Prime Minister the Hon X" names X, not "Prime"
            }
        }
        PhraseTrie.Match inner = cls.equals("counterpart") ? null : titles.stackedTitle(k);
        if (inner != null) { // "Saudi leader Crown Prince X": the title nearest the name is the role
            d = TitleParser.restated(d, inner);
            cls = titleClass(d.title());
            complement = "";
            k = inner.end();
        }
        int e = knownPersonEnd(k, d.title() == null ? names.parse(tokens, k) : names.parseAfterTitle(tokens, k));
        if (comma && !cls.equals("counterpart") && NameParser.words(tokens, k, e).size() < 2) {
            return i; // "the President, Congress said": after a comma only a full name is taken
        }
        if (e == k) {
            return i;
        }
        List<String> words = NameParser.words(tokens, k, e);
        if (d.title() == null && words.size() < 2 && registry.find(words, true) == null) {
            return i; // "Russia's Kremlin" is not a person; "Russia's Vladimir Putin" is
        }
        String role = cls.equals("counterpart") ? counterpartRole(i) : TitleParser.role(d, cls);
        if (!role.isEmpty() && !cls.equals("counterpart")) {
            role += complement;
        }
        if (heading[k] && registry.existing(words, d.countryCode()) == null) {
            return i; // in a title-case heading a name's end is unknowable: only people already known count
        }
        String country = d.countryCode().isEmpty() && complement.length() > 0 ? complementCountry(titleEnd, k)
                : d.countryCode();
        NameList.Item item = g.pluralTitles.contains(d.title()) ? list.item(k, e) : null;
        if (item != null && country.isEmpty() && item.country() != null) {
            country = item.country().entry().countryCode(); // "Foreign Ministers A of Armenia and B of X"
        }
        Person p = introduce(k, e, words, role, country);
        if (d.owner() != null) {
            hits.add(ScanHit.of(d.owner()));
        }
        addPerson(k, e, p);
        return item == null ? e : listed(item, role, d.countryCode());
    }

    /**
     * The names after the first that a plural title leads, each holding its role, each of the country its own
     * complement names unless the title names one for all ("Presidents A of X, B of Y and C", "los presidentes
     * A y B"); returns the end of the list. A later name must be full or a person already known.
     */
    private int listed(NameList.Item first, String role, String titleCountry) {
        NameList.Item item = first;
        while (true) {
            if (item.country() != null) {
                hits.add(ScanHit.of(item.country()));
            }
            int from = list.nextStart(item.end());
            int to = from < 0 ? from : names.parse(tokens, from);
            List<String> words = to <= from ? List.of() : NameParser.words(tokens, from, to);
            if (words.isEmpty() || words.size() < 2 && registry.existing(words, titleCountry) == null) {
                return item.end();
            }
            NameList.Item next = list.item(from, to);
            String cc = titleCountry.isEmpty() && next.country() != null ? next.country().entry().countryCode()
                    : titleCountry;
            addPerson(from, to, introduce(from, to, words, role, cc));
            item = next;
        }
    }

    /**
     * The end of the name after a title: a well-known person's full name where the gazetteer has one longer than
     * the parsed run, whose last word a name can otherwise not hold ("leader Kim Jong Un", "President Moon Jae In":
     * "Un" and "In" are function words of other languages), else {@code parsed}.
     */
    private int knownPersonEnd(int k, int parsed) {
        if (parsed == k) {
            return parsed;
        }
        PhraseTrie.Match m = entities.at(k);
        return m != null && m.entry().kind() == MentionKind.PERSON && m.end() > parsed ? m.end() : parsed;
    }

    /**
     * The country a title's complement names before the name: "le président algérien X", "el presidente de Chile,
     * X", "президент России X": the person is of it. Empty when the complement opens with none ("Ambassador to
     * Peru" is not Peru's, nor "Special Envoy for Syria" Syria's).
     */
    private String complementCountry(int titleEnd, int end) {
        int at = titleEnd;
        if (at + 1 < end && g.titleLinks.contains(tokens.get(at).key()) && !tokens.get(at).is("for")) {
            at++; // "presidente de Chile"
        }
        PhraseTrie.Match m = entities.at(at);
        return m != null && m.end() <= end && m.entry().kind() == MentionKind.COUNTRY ? m.entry().countryCode() : "";
    }

    /** The role of the person whose counterpart is meant: the last person with a role in the same sentence. */
    private String counterpartRole(int i) {
        int sentence = i;
        while (sentence > 0 && !tokens.get(sentence).sentenceStart()) {
            sentence--;
        }
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).from() >= sentence; k--) {
            Person p = hits.get(k).person();
            if (p != null && !p.role.isEmpty()) {
                return p.role;
            }
        }
        return lastWithRole == null ? "" : lastWithRole.role;
    }

    /**
     * A group phrase naming two office holders: "the two leaders", "les deux présidents", "оба лидера", or one word
     * where a language has the dual ("الرئيسان").
     */
    private int group(int i) {
        PhraseTrie.Match m = g.groups.longest(tokens, i, tokens.size());
        if (m == null || m.end() < tokens.size() && names.isNameWord(tokens, m.end(), true)) {
            return i; // "the two leaders, Putin and Xi": the names that follow speak for themselves
        }
        pending.add(new PendingSpan(i, m.end(), m.entry(), "", null, true));
        return m.end();
    }

    private int roleOnly(int i) {
        TitleParser.Descriptor d = titles.descriptor(i);
        if (d == null || d.title() == null || !TitleClasses.ROLE_ONLY.contains(titleClass(d.title()))
                || g.pluralTitles.contains(d.title())) {
            return i; // a plural role is several people: group phrases (groups.tsv) name the two it may mean
        }
        if (d.owner() != null && d.owner().entry().kind() != MentionKind.COUNTRY) {
            return i; // "the Kremlin spokesman" without a name: leave the venue to the gazetteer
        }
        boolean determined = i > 0 && (DETERMINERS.contains(tokens.get(i - 1).key())
                || g.determiners.contains(tokens.get(i - 1).key()));
        int k = d.end();
        if (k < tokens.size() && (names.isNameWord(tokens, k, true) || tokens.get(k).is("-"))) {
            return i;
        }
        String cc = d.countryCode();
        ScanHit owner = d.owner() == null ? null : ScanHit.of(d.owner());
        if (owner == null) {
            PhraseTrie.Match m = titles.countryAfter(k);
            if (m != null) {
                owner = new ScanHit(m.from(), m.end(), m.entry(), null); // "the president of Venezuela"
                cc = m.entry().countryCode();
                k = m.end();
            }
        }
        // "the minister", "Russia's president"; not a bare "minister". Languages without articles name the
        // country after the title instead: "с председателем Китая", "Presiden Republik Indonesia itu".
        boolean ownedAfter = owner != null && d.owner() == null;
        if (!determined && !(d.possessive() && d.owner() != null) && !ownedAfter) {
            return i;
        }
        pending.add(new PendingSpan(i, k, d.title(), cc, owner, false));
        PhraseTrie.Match also = ownedAfter ? titles.coordinatedCountry(k) : null;
        if (also != null) { // "the leaders of Russia and Ukraine": the second country's holder too
            pending.add(new PendingSpan(also.from(), also.end(), d.title(), also.entry().countryCode(),
                    ScanHit.of(also), false));
            k = also.end();
        }
        return k;
    }

    /**
     * The person a name run names: a known person when a language's local spelling covers the run exactly
     * ("коллегой Джо Байденом" is Joe Biden, not a new "Dzho Bayden"), else the person the registry introduces.
     */
    private Person introduce(int from, int to, List<String> words, String role, String countryCode) {
        PhraseTrie.Match m = registry.find(words, true) != null ? null : entities.at(from);
        if (m != null && m.end() == to && m.entry().kind() == MentionKind.PERSON) {
            Person p = registry.known(m.entry());
            p.learn(p.name, words.size(), role, countryCode); // a role the article states wins, as for any name
            return p;
        }
        return registry.introduce(words, span(from, to), role, countryCode);
    }

    private int entityOrOrganisation(int i) {
        PhraseTrie.Match m = entities.at(i);
        int orgEnd = OrganisationPattern.end(tokens, i, g.stopwords);
        if (orgEnd > (m == null ? i : m.end())) {
            String name = span(i, orgEnd);
            PhraseTrie.Match first = entities.at(i);
            String cc = first != null && first.entry().kind() == MentionKind.COUNTRY
                    ? first.entry().countryCode() : "";
            hits.add(new ScanHit(i, orgEnd, new GazetteerEntry(MentionKind.ORGANISATION, "org:" + Slug.of(name), name,
                    cc, false, "", false), null));
            return orgEnd;
        }
        if (m == null) {
            return i;
        }
        if (m.end() < tokens.size() && tokens.get(m.end()).is("$") && !tokens.get(m.end()).spaceBefore()) {
            return m.end(); // a currency: "US$ 40 million", "AU$ 12.5 million"
        }
        Person named = names.surnamePlace(tokens, i) && !heading[i]
                ? registry.find(NameParser.words(tokens, i, i + 1), false) : null;
        if (named != null) { // "Montenegro said", after "Prime Minister Rui Montenegro": the person's surname
            addPerson(i, m.end(), named);
        } else if (m.entry().kind() == MentionKind.PERSON) {
            addPerson(i, m.end(), registry.known(m.entry()));
        } else {
            hits.add(new ScanHit(i, m.end(), m.entry(), null));
        }
        return m.end();
    }

    private int nameRun(int i) {
        if (!names.isNameWord(tokens, i, true)) {
            return i;
        }
        int e = names.parse(tokens, i);
        List<String> words = NameParser.words(tokens, i, e);
        int n = tokens.size();
        if (e < n && tokens.get(e).is(",") && words.size() >= 2 && !heading[i]) {
            int k = e + 1;
            if (k < n && (tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("an")
                    || g.determiners.contains(tokens.get(k).key()))) {
                k++; // "Gérard Lenoir, le président du Sénat", "Ana Ruiz, la alcaldesa de Lima"
            }
            TitleParser.Descriptor d = k < n ? titles.descriptor(k) : null;
            if (d != null && d.title() != null) {
                String cls = titleClass(d.title());
                if (!cls.equals("honorific") && !cls.equals("counterpart")) {
                    Person p = introduce(i, e, words, TitleParser.role(d, cls), d.countryCode());
                    addPerson(i, e, p);
                    if (d.owner() != null) {
                        hits.add(ScanHit.of(d.owner()));
                    }
                    return d.end();
                }
            }
        }
        boolean saidBefore = !heading[i] && i > 0 && said(tokens.get(i - 1).key())
                && (e == n || tokens.get(e).is(",") || tokens.get(e).is("."));
        boolean cued = words.size() >= 2 && !heading[i] && (saidBefore || e < n
                && (tokens.get(e).is("'s") && !tokens.get(i).sentenceStart() || said(tokens.get(e).key())
                || OfficeTaking.startsAt(tokens, e)));
        PendingSpan run = new PendingSpan(i, e, null, "", null, false);
        if (cued) {
            addPerson(i, e, introduce(i, e, words, "", ""));
        } else {
            List<ScanHit> known = resolver.namesIn(run, new ArrayList<>());
            if (known.isEmpty()) {
                pending.add(run); // perhaps a person the text introduces further on
            }
            for (ScanHit h : known) {
                addPerson(h.from(), h.to(), h.person());
            }
        }
        return e;
    }

    /** A reporting verb ("said", or a trigger of a folder: "dijo", "заявил") that marks a name as a person. */
    private boolean said(String key) {
        return SAID.contains(key) || g.reportingVerbs.contains(key);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void addPerson(int from, int to, Person p) {
        hits.add(new ScanHit(from, to, null, p));
        if (!p.role.isEmpty()) {
            lastWithRole = p;
        }
    }

    private static String titleClass(GazetteerEntry title) {
        return TitleParser.titleClass(title);
    }

    private String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private Mention toMention(ScanHit h) {
        int start = tokens.get(h.from()).start();
        int end = tokens.get(h.to() - 1).end();
        String s = text.substring(start, end);
        if (h.person() != null) {
            Person p = h.person();
            return new Mention(start, end, s, MentionKind.PERSON, p.id, p.name, p.role, p.countryCode, false);
        }
        return h.entry().toMention(text, start, end);
    }
}
