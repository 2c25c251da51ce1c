package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One scan of one text: a left-to-right pass that takes the longest phrase, titled name or cued name at each token,
 * then a second pass that resolves short names ("Lavrov", "Xi") and role-only mentions ("the Chinese leader") to the
 * people of the document. Not thread-safe; {@link MentionFinder} makes one per call.
 */
final class DocumentScan {

    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its");
    private static final Set<String> ROLE_ONLY_CLASSES = Set.of("head", "foreign", "minister", "spokes", "envoy",
            "counterpart");
    private static final Set<String> SAID = Set.of(
            "said", "says", "told", "added", "stated", "noted", "announced", "explained", "stressed", "warned",
            "tweeted", "wrote", "urged", "insisted", "argued", "declared", "emphasized", "emphasised", "underlined",
            "pointed", "recalled", "commented", "replied", "asked");
    private static final Set<String> ORG_HEADS = Set.of(
            "institution", "institute", "university", "college", "academy", "foundation", "endowment", "council",
            "centre", "center", "association", "agency", "bank", "fund", "corporation", "company", "committee",
            "commission", "party", "society", "club", "forum", "organisation", "organization", "group", "alliance",
            "league", "ministry", "department", "service", "court", "parliament", "assembly", "congress", "union",
            "federation", "authority", "office", "bureau", "network", "movement", "front", "army", "guard");
    /** Stop words that may still open an organisation's name ("International Economic Forum"). */
    private static final Set<String> ORG_OPENERS = Set.of(
            "international", "national", "federal", "state", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "republican", "democratic", "news", "russian", "chinese",
            "american", "european");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "&", "the", "de");

    /** A finished span: either a gazetteer entry or a person. */
    private record Hit(int from, int to, GazetteerEntry entry, Person person) {
    }

    /** A span decided in the second pass: a run of capitalised words, or a role-only mention. */
    private record Pending(int from, int to, GazetteerEntry title, String countryCode, Hit descriptor) {
        boolean roleOnly() {
            return title != null;
        }
    }

    /** What precedes a name: "Russia's Foreign Ministry spokeswoman", "former Foreign Minister", "UN". */
    private record Descriptor(int end, Hit owner, String countryCode, String label, String modifiers,
                              GazetteerEntry title, boolean possessive) {
    }

    private final Gazetteer g;
    private final NameParser names;
    private final String text;
    private final List<Token> tokens;
    private final PersonRegistry registry;
    private final List<Hit> hits = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private Person lastWithRole;

    private final PhraseTrie.Match[] entityMemo;
    private final boolean[] entityKnown;

    DocumentScan(Gazetteer gazetteer, String text, List<Token> tokens) {
        this.g = gazetteer;
        this.names = new NameParser(gazetteer, this::entityAt);
        this.entityMemo = new PhraseTrie.Match[tokens.size()];
        this.entityKnown = new boolean[tokens.size()];
        this.text = text;
        this.tokens = tokens;
        this.registry = new PersonRegistry(gazetteer);
    }

    List<Mention> run() {
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            int next = titledPerson(i);
            if (next == i && i > 0 && DETERMINERS.contains(tokens.get(i - 1).key())) {
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
        resolvePending();
        hits.sort(Comparator.comparingInt(Hit::from));
        List<Mention> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            out.add(toMention(h));
        }
        return out;
    }

    // ---- pass one -------------------------------------------------------------------------------------------

    private int titledPerson(int i) {
        Descriptor d = descriptor(i);
        if (d == null) {
            return i;
        }
        int k = d.end();
        String cls = d.title() == null ? "" : titleClass(d.title());
        if (d.title() == null && !(d.possessive() && d.modifiers().isEmpty())) {
            return i;
        }
        k = afterComplement(k);
        boolean comma = k < tokens.size() && tokens.get(k).is(",") && !cls.equals("honorific")
                && d.title() != null;
        if (comma) {
            k++;
        }
        int e = names.parse(tokens, k);
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
        String role = cls.equals("counterpart") ? counterpartRole(i) : role(d, cls);
        Person p = registry.introduce(words, span(k, e), role, d.countryCode());
        if (d.owner() != null) {
            hits.add(d.owner());
        }
        addPerson(k, e, p);
        return e;
    }

    /**
     * Skips the complement of a title that comes before the name: "Commissioner for Competition Neelie Kroes",
     * "Minister of Foreign Affairs of Russia Sergey Lavrov". Returns {@code k} when there is none.
     */
    private int afterComplement(int k) {
        int n = tokens.size();
        int j = k;
        while (j + 1 < n && (tokens.get(j).is("of") || tokens.get(j).is("for") || tokens.get(j).is("to")
                && entityAt(j + 1) != null)) {
            PhraseTrie.Match m = entityAt(j + 1);
            int end = m != null && m.entry().kind() != MentionKind.PERSON ? m.end()
                    : tokens.get(j + 1).isCapitalised() && !names.isNameWord(tokens, j + 1, true)
                    || tokens.get(j + 1).shape() == Token.CAPITALISED && j + 2 < n
                    && names.isNameWord(tokens, j + 2, true) ? j + 2 : -1;
            if (end < 0 || names.parse(tokens, end) == end) {
                break;
            }
            j = end;
        }
        return j;
    }

    /** Parses an owner (country, organisation, seat of government), modifiers and a title starting at {@code i}. */
    private Descriptor descriptor(int i) {
        int n = tokens.size();
        int j = i;
        Hit owner = null;
        String cc = "";
        String label = "";
        boolean possessive = false;
        PhraseTrie.Match m = entityAt(j);
        if (m != null) {
            GazetteerEntry e = m.entry();
            boolean ownerKind = e.kind() == MentionKind.COUNTRY || e.kind() == MentionKind.ORGANISATION
                    || (e.kind() == MentionKind.VENUE || e.kind() == MentionKind.CITY) && e.metonym();
            if (!ownerKind) {
                return null;
            }
            owner = new Hit(m.from(), m.end(), e, null);
            cc = e.countryCode();
            if (e.kind() == MentionKind.ORGANISATION || e.kind() == MentionKind.VENUE) {
                label = e.kind() == MentionKind.ORGANISATION && e.role().isEmpty() ? span(m.from(), m.end())
                        : e.kind() == MentionKind.ORGANISATION ? e.role() : e.name();
            }
            j = m.end();
            if (j < n && tokens.get(j).is("'s")) {
                possessive = true;
                j++;
            }
        }
        int modStart = j;
        // A title wins over a modifier that starts it: "Chief Executive" is a title, "chief" alone a modifier.
        for (PhraseTrie.Match mod = g.modifiers.longest(tokens, j, n);
             mod != null && g.titles.longest(tokens, j, n) == null; mod = g.modifiers.longest(tokens, j, n)) {
            j = mod.end();
        }
        String mods = j > modStart ? span(modStart, j).toLowerCase(Locale.ROOT) : "";
        PhraseTrie.Match title = g.titles.longest(tokens, j, n);
        if (title == null) {
            return owner == null ? null : new Descriptor(j, owner, cc, label, mods, null, possessive);
        }
        return new Descriptor(title.end(), owner, cc, label, mods, title.entry(), possessive);
    }

    private String role(Descriptor d, String cls) {
        if (d.title() == null || cls.equals("honorific")) {
            return "";
        }
        String role = d.title().name();
        if (!d.modifiers().isEmpty()) {
            role = d.modifiers() + " " + role.toLowerCase(Locale.ROOT);
        }
        return d.label().isEmpty() ? role : d.label() + " " + role;
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

    private int roleOnly(int i) {
        Descriptor d = descriptor(i);
        if (d == null || d.title() == null || !ROLE_ONLY_CLASSES.contains(titleClass(d.title()))) {
            return i;
        }
        if (d.owner() != null && d.owner().entry().kind() != MentionKind.COUNTRY) {
            return i; // "the Kremlin spokesman" without a name: leave the venue to the gazetteer
        }
        int k = d.end();
        if (k < tokens.size() && (names.isNameWord(tokens, k, true) || tokens.get(k).is("-"))) {
            return i;
        }
        String cc = d.countryCode();
        Hit owner = d.owner();
        if (owner == null && k + 1 < tokens.size() && tokens.get(k).is("of")) {
            PhraseTrie.Match m = entityAt(k + 1);
            if (m != null && m.entry().kind() == MentionKind.COUNTRY) {
                owner = new Hit(m.from(), m.end(), m.entry(), null); // "the president of Venezuela"
                cc = m.entry().countryCode();
                k = m.end();
            }
        }
        pending.add(new Pending(i, k, d.title(), cc, owner));
        return k;
    }

    private int entityOrOrganisation(int i) {
        PhraseTrie.Match m = entityAt(i);
        int orgEnd = organisationPattern(i);
        if (orgEnd > (m == null ? i : m.end())) {
            String name = span(i, orgEnd);
            PhraseTrie.Match first = entityAt(i);
            String cc = first != null && first.entry().kind() == MentionKind.COUNTRY
                    ? first.entry().countryCode() : "";
            hits.add(new Hit(i, orgEnd, new GazetteerEntry(MentionKind.ORGANISATION, "org:" + Slug.of(name), name,
                    cc, false, "", false), null));
            return orgEnd;
        }
        if (m == null) {
            return i;
        }
        if (m.end() < tokens.size() && tokens.get(m.end()).is("$") && !tokens.get(m.end()).spaceBefore()) {
            return m.end(); // a currency: "US$ 40 million", "AU$ 12.5 million"
        }
        if (m.entry().kind() == MentionKind.PERSON) {
            addPerson(i, m.end(), registry.known(m.entry()));
        } else {
            hits.add(new Hit(i, m.end(), m.entry(), null));
        }
        return m.end();
    }

    /** A capitalised phrase ending in an institution word: "Brookings Institution", "Russian Academy of Sciences". */
    private int organisationPattern(int i) {
        Token first = tokens.get(i);
        if (!first.isCapitalised() || g.stopwords.contains(first.key()) && !ORG_OPENERS.contains(first.key())) {
            return i;
        }
        int n = tokens.size();
        int j = i;
        int words = 0;
        int end = i;
        boolean headSeen = false;
        boolean linked = false;
        while (j < n && words < 8) {
            Token t = tokens.get(j);
            if (j > i && t.lineBefore()) {
                break;
            }
            if (t.isCapitalised()) {
                words++;
                j++;
                if (ORG_HEADS.contains(t.key()) && words >= 2) {
                    headSeen = true;
                    end = j;
                    linked = false;
                } else if (headSeen && linked) {
                    end = j; // "Institute for Peace Studies": the name goes on after "of", "for", "on"
                } else if (headSeen) {
                    break; // "Brookings Institution Fellow ...": the name has ended
                }
            } else if (t.shape() == Token.LOWER && CONNECTORS.contains(t.key()) && j + 1 < n
                    && tokens.get(j + 1).isCapitalised() && words > 0) {
                linked |= headSeen;
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    private int nameRun(int i) {
        if (!names.isNameWord(tokens, i, true)) {
            return i;
        }
        int e = names.parse(tokens, i);
        List<String> words = NameParser.words(tokens, i, e);
        int n = tokens.size();
        if (e < n && tokens.get(e).is(",") && words.size() >= 2) {
            int k = e + 1;
            if (k < n && (tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("an"))) {
                k++;
            }
            Descriptor d = k < n ? descriptor(k) : null;
            if (d != null && d.title() != null) {
                String cls = titleClass(d.title());
                if (!cls.equals("honorific") && !cls.equals("counterpart")) {
                    Person p = registry.introduce(words, span(i, e), role(d, cls), d.countryCode());
                    addPerson(i, e, p);
                    if (d.owner() != null) {
                        hits.add(d.owner());
                    }
                    return d.end();
                }
            }
        }
        boolean saidBefore = i > 0 && SAID.contains(tokens.get(i - 1).key())
                && (e == n || tokens.get(e).is(",") || tokens.get(e).is("."));
        boolean cued = words.size() >= 2 && (saidBefore || e < n
                && (tokens.get(e).is("'s") && !tokens.get(i).sentenceStart() || SAID.contains(tokens.get(e).key())));
        Pending run = new Pending(i, e, null, "", null);
        if (cued) {
            addPerson(i, e, registry.introduce(words, span(i, e), "", ""));
        } else if (!resolveRun(run, new ArrayList<>())) {
            pending.add(run); // perhaps a person the text introduces further on
        }
        return e;
    }

    // ---- pass two -------------------------------------------------------------------------------------------

    private void resolvePending() {
        List<Object> ordered = new ArrayList<>(hits.size() + pending.size());
        ordered.addAll(hits);
        ordered.addAll(pending);
        ordered.sort(Comparator.comparingInt(o -> o instanceof Hit ? ((Hit) o).from() : ((Pending) o).from()));
        List<Person> recent = new ArrayList<>();
        for (Object o : ordered) {
            if (o instanceof Hit) {
                Hit h = (Hit) o;
                if (h.person() != null) {
                    recent.add(h.person());
                }
            } else {
                Pending p = (Pending) o;
                if (p.roleOnly()) {
                    resolveRole(p, recent);
                } else {
                    resolveRun(p, recent);
                }
            }
        }
    }

    /** Finds, left to right and longest first, the parts of a capitalised run that name a known person. */
    private boolean resolveRun(Pending p, List<Person> recent) {
        List<int[]> words = new ArrayList<>(); // [first token, end token) of each name word
        for (int j = p.from(); j < p.to(); j++) {
            Token t = tokens.get(j);
            boolean continuation = j > p.from() && tokens.get(j - 1).is("-") && !t.spaceBefore();
            if (t.isCapitalised() && !continuation) {
                int end = j + 1;
                while (end + 1 < p.to() && tokens.get(end).is("-") && !tokens.get(end).spaceBefore()
                        && !tokens.get(end + 1).spaceBefore()) {
                    end += 2;
                }
                words.add(new int[] {j, end});
            }
        }
        int a = 0;
        boolean any = false;
        while (a < words.size()) {
            int taken = 0;
            for (int b = Math.min(words.size(), a + NameParser.MAX_WORDS); b > a && taken == 0; b--) {
                int from = words.get(a)[0];
                int to = words.get(b - 1)[1];
                Person person = personAt(from, to, b - a);
                if (person != null) {
                    addPerson(from, to, person);
                    recent.add(person);
                    taken = b - a;
                }
            }
            a += taken > 0 ? taken : 1;
            any |= taken > 0;
        }
        return any;
    }

    private Person personAt(int from, int to, int wordCount) {
        Person person = registry.find(NameParser.words(tokens, from, to), wordCount >= 2);
        if (person == null && wordCount == 1) {
            PhraseTrie.Match m = entityAt(from);
            if (m != null && m.end() == to && m.entry().kind() == MentionKind.PERSON) {
                person = registry.known(m.entry());
            }
        }
        return person;
    }

    private void resolveRole(Pending p, List<Person> recent) {
        boolean counterpart = titleClass(p.title()).equals("counterpart");
        Person found = null;
        for (int k = recent.size() - 1; k >= 0 && found == null; k--) {
            Person candidate = recent.get(k);
            if (!p.countryCode().isEmpty() && !p.countryCode().equals(candidate.countryCode)) {
                continue;
            }
            if (counterpart ? !p.countryCode().isEmpty() : RoleMatch.fits(candidate.role, p.title())) {
                found = candidate;
            }
        }
        if (found != null) {
            hits.add(new Hit(p.from(), p.to(), null, found));
            recent.add(found);
        } else if (p.descriptor() != null) {
            hits.add(p.descriptor());
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void addPerson(int from, int to, Person p) {
        hits.add(new Hit(from, to, null, p));
        if (!p.role.isEmpty()) {
            lastWithRole = p;
        }
    }

    /** The longest gazetteer phrase at token {@code i}, looked up once per token and scan. */
    private PhraseTrie.Match entityAt(int i) {
        if (!entityKnown[i]) {
            entityMemo[i] = g.entities.longest(tokens, i, tokens.size());
            entityKnown[i] = true;
        }
        return entityMemo[i];
    }

    private static String titleClass(GazetteerEntry title) {
        return title.id().substring("title:".length());
    }

    private String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private Mention toMention(Hit h) {
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
