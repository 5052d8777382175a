package org.newskg.entity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds the entities an article refers to: catalog names, demonyms and seats; role descriptions
 * resolved to their holder at the article's date ("Russia's new defence minister"); names the catalog
 * does not know, typed by cue words; short names ("Mr. Kim", "Ryder") resolved within the article;
 * and named agreements ("a treaty of mutual defense and cooperation").
 *
 * <p>Thread-safe: all state is per call.
 */
public final class EntityRecognizer {
    private static final CueWords CUES = CueWords.fromResource("/entity/cues.tsv");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "to", "into", "from", "outside",
            "around", "inside", "via");
    private static final Set<String> ROLE_MODIFIERS = Set.of("then", "new", "former", "current", "top", "chief",
            "outgoing", "incoming", "acting", "longtime", "-", "de", "facto", "supreme");
    private static final Set<String> NAME_CONNECTORS = Set.of("for", "of", "on", "and", "the", "de", "al");

    private final Catalog catalog;
    private final AliasIndex index;
    private final TitleIndex titles;

    /** Catalog entries by surname, in catalog order (looked up for every capitalized word otherwise unknown). */
    private final Map<String, List<CatalogEntry>> bySurname = new HashMap<>();

    public EntityRecognizer(Catalog catalog) {
        this.catalog = catalog;
        this.index = new AliasIndex(catalog);
        this.titles = new TitleIndex(catalog);
        for (CatalogEntry e : catalog.entries()) {
            if (e.surname() != null) {
                bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<EntityMention> recognize(AnnotatedArticle doc, LocalDate published) {
        String text = doc.text();
        ArticleState state = new ArticleState();
        List<EntityMention> out = new ArrayList<>();
        // pass 1: catalog names, demonyms, seats, and role descriptions
        for (Sentence s : doc.sentences()) {
            List<MatchText.Piece> pieces = MatchText.pieces(text, s.begin(), s.end());
            List<EntityMention> found = new ArrayList<>();
            for (int i = 0; i < pieces.size(); ) {
                AliasIndex.Match m = index.longestAt(pieces, i);
                if (m == null) {
                    i++;
                    continue;
                }
                if (partOfLongerName(pieces, m)) {
                    i = m.to(); // "Baltic Defence Institute" is not the Baltic Sea: the name pass takes it whole
                    continue;
                }
                AliasIndex.Target t = choose(m, pieces);
                int b = pieces.get(m.from()).begin();
                int e = pieces.get(m.to() - 1).end();
                found.add(new EntityMention(t.entry().entity(), b, e, text.substring(b, e), s.index(), t.kind(),
                        "catalog:" + t.entry().key() + ":" + t.kind().name().toLowerCase(Locale.ROOT),
                        t.kind() == MentionKind.NAME ? 0.95 : 0.85));
                if (t.entry().type() == EntityType.Person) {
                    state.personSeen(t.entry());
                }
                i = m.to();
            }
            found.addAll(roleDescriptions(s, pieces, found, text, published));
            out.addAll(found);
        }
        // pass 2: names the catalog does not know, and short names of people seen in full
        for (Sentence s : doc.sentences()) {
            out.addAll(unknownNames(s, text, out, state));
        }
        for (Sentence s : doc.sentences()) {
            out.addAll(shortNames(s, text, out, state, published));
        }
        out.addAll(treaties(doc, text, out));
        out.addAll(theTwo(doc, text, out, published));
        out.addAll(bylines(doc, text, state));
        out.addAll(acronyms(doc, text, out));
        out.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(m -> -m.end()));
        return dropContained(out);
    }

    /** A catalog name followed by capitalized words that end in an organization word. */
    private static boolean partOfLongerName(List<MatchText.Piece> pieces, AliasIndex.Match m) {
        boolean org = m.targets().stream().anyMatch(t -> t.entry().type() == EntityType.Organization);
        if (m.from() > 0 && pieces.get(m.from() - 1).capitalized() && CUES.is("place-prefix", pieces.get(m.from() - 1).text())) {
            return true; // "Port Sudan" is a city, not Sudan
        }
        for (int k = m.to(); k < pieces.size() && pieces.get(k).capitalized() && !org; k++) {
            if (CUES.is("org-head", pieces.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Capital vs government, person vs place: the context decides. */
    private AliasIndex.Target choose(AliasIndex.Match m, List<MatchText.Piece> pieces) {
        List<AliasIndex.Target> ts = m.targets();
        if (ts.size() == 1) {
            return ts.get(0);
        }
        String before = m.from() > 0 ? pieces.get(m.from() - 1).lower() : "";
        String twoBefore = m.from() > 1 ? pieces.get(m.from() - 2).lower() : "";
        // "in Beijing", "visited Beijing", "the port of Colombo": the city
        boolean locative = LOCATIVE.contains(before) || CUES.is("place-context", before)
                || before.equals("of") && CUES.is("place-context", twoBefore);
        AliasIndex.Target best = null;
        int bestScore = Integer.MIN_VALUE;
        for (AliasIndex.Target t : ts) {
            int score = switch (t.kind()) {
                case NAME -> 10;
                case DEMONYM -> 8;
                case SEAT -> 6;
                default -> 0;
            };
            if (t.entry().type() == EntityType.Place) {
                score += locative ? 10 : -5;
            }
            if (t.kind() == MentionKind.SEAT && !locative) {
                score += 6;
            }
            if (t.entry().type() == EntityType.State) {
                score += 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /**
     * "North Korean leader", "Russia's new defence minister", "the leader of North Korea",
     * "Pentagon spokesman": resolved to the office holder when no name follows.
     */
    private List<EntityMention> roleDescriptions(Sentence s, List<MatchText.Piece> pieces,
                                                 List<EntityMention> found, String text, LocalDate date) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention owner : found) {
            if (owner.entity().type() != EntityType.State && owner.entity().type() != EntityType.Organization) {
                continue;
            }
            int k = pieceIndexAfter(pieces, owner.end());
            if (k < 0) {
                continue;
            }
            // "Russia's" / "Russia’s"
            if (k + 1 < pieces.size() && pieces.get(k).text().equals("'") && pieces.get(k + 1).lower().equals("s")) {
                k += 2;
            }
            boolean past = false;
            while (k < pieces.size() && ROLE_MODIFIERS.contains(pieces.get(k).lower())) {
                String w = pieces.get(k).lower();
                past |= w.equals("then") || w.equals("former") || w.equals("outgoing");
                k++;
            }
            TitleIndex.TitleMatch title = titles.longestAt(pieces, k);
            if (title == null) {
                continue;
            }
            int end = pieces.get(title.to() - 1).end();
            addRole(s, text, owner, title.title(), owner.begin(), end, past, pieces, title.to(), found, date, out);
        }
        // "the leader of North Korea"
        for (int i = 0; i + 2 < pieces.size(); i++) {
            TitleIndex.TitleMatch title = titles.longestAt(pieces, i);
            if (title == null || title.to() >= pieces.size() || !pieces.get(title.to()).lower().equals("of")) {
                continue;
            }
            int ownerStart = pieces.get(title.to() + 1).begin();
            EntityMention owner = found.stream().filter(f -> f.begin() == ownerStart).findFirst().orElse(null);
            if (owner == null || owner.entity().type() != EntityType.State) {
                continue;
            }
            int b = pieces.get(i).begin();
            if (i > 0 && pieces.get(i - 1).lower().equals("the")) {
                b = pieces.get(i - 1).begin();
            }
            addRole(s, text, owner, title.title(), b, owner.end(), false, pieces, -1, found, date, out);
        }
        return out;
    }

    private void addRole(Sentence s, String text, EntityMention owner, String title, int begin, int end, boolean past,
                         List<MatchText.Piece> pieces, int nextPiece, List<EntityMention> found, LocalDate date,
                         List<EntityMention> out) {
        if (nextPiece >= 0 && nextPiece < pieces.size()) {
            MatchText.Piece next = pieces.get(nextPiece);
            if (next.text().equals(",") && nextPiece + 1 < pieces.size()) {
                next = pieces.get(nextPiece + 1);
            }
            if (next.capitalized()) {
                return; // a name follows: the name is the mention ("Pentagon spokesman Pat Ryder")
            }
        }
        if (past) {
            return; // "then-defence minister" without a name: the holder at the event's time is unknown here
        }
        List<CatalogEntry> holders = catalog.holders(title, owner.entity().key(), date);
        if (holders.size() != 1) {
            return;
        }
        out.add(new EntityMention(holders.get(0).entity(), begin, end, text.substring(begin, end), s.index(),
                MentionKind.ROLE, "role:" + title.replace(' ', '-'), 0.8));
    }

    /** Runs of proper nouns that no catalog name covers, typed by cue words. */
    private List<EntityMention> unknownNames(Sentence s, String text, List<EntityMention> known, ArticleState state) {
        List<EntityMention> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        List<EntityMention> knownHere = within(known, s);
        int i = 0;
        while (i < toks.size()) {
            if (!startsName(toks, i) || covered(knownHere, toks.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && continuesName(toks, j) && !covered(knownHere, toks.get(j))) {
                j++;
            }
            while (j > i && NAME_CONNECTORS.contains(toks.get(j - 1).lower())) {
                j--;
            }
            Candidate c = typeName(toks, i, j, text, s, known);
            if (c != null && !c.name.contains(" ")
                    && (state.bySurname(c.name) != null || uniqueCatalogSurname(c.name, null) != null)) {
                c = null; // "Mr. Kim", "to Putin": a short name, resolved by shortNames
            }
            if (c != null) {
                Entity entity = state.entityFor(c.type, c.name, catalog);
                if (entity.type() == EntityType.Person) {
                    state.personSeen(entity, c.name);
                }
                out.add(new EntityMention(entity, c.begin, c.end, text.substring(c.begin, c.end), s.index(),
                        MentionKind.NAME, "name:" + c.cue, c.confidence));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private record Candidate(EntityType type, String name, int begin, int end, String cue, double confidence) {
    }

    private Candidate typeName(List<Token> toks, int i, int j, String text, Sentence s, List<EntityMention> known) {
        // leading titles make it a person: "Maj. Gen. Pat Ryder", "Rep. Wi Sung-lac"
        boolean titled = i > 0 && isTitle(toks.get(i - 1))
                || i > 1 && toks.get(i - 1).text().equals(".") && isTitle(toks.get(i - 2));
        while (i < j && (isTitle(toks.get(i)) || toks.get(i).text().equals("."))) {
            titled = true;
            i++;
        }
        // "Defence Minister Marek Kowalczyk", "Prime Minister X": a title phrase ends at its last title word
        boolean organization = false;
        for (int k = i; k < j; k++) {
            organization |= CUES.is("org-head", bare(toks.get(k).text()));
        }
        for (int k = j - 2; k > i && !organization; k--) {
            if (isTitle(toks.get(k))) {
                titled = true;
                i = k + 1;
                break;
            }
        }
        while (i < j && (CUES.is("not-name", bare(toks.get(i).text())) || isMonthHere(toks, i, i, j))) {
            i++;
        }
        // a connector left at the end once a weekday or month is cut off ("El Fasher on [Sunday]") is not part of the name
        while (j > i && (CUES.is("not-name", bare(toks.get(j - 1).text())) || toks.get(j - 1).text().equals(".")
                || isMonthHere(toks, j - 1, i, j) || isTitle(toks.get(j - 1)) && !organization
                || NAME_CONNECTORS.contains(toks.get(j - 1).lower()))) {
            j--;
        }
        if (i >= j) {
            return null;
        }
        int begin = toks.get(i).begin();
        int end = nameEnd(toks.get(j - 1));
        String name = text.substring(begin, end).replaceAll("\\s+", " ");
        if (!Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        boolean orgHead = false;
        for (int k = i; k < j; k++) {
            orgHead |= CUES.is("org-head", bare(toks.get(k).text()));
        }
        if (CUES.is("treaty-head", bare(toks.get(j - 1).text()))) {
            return null; // handled as a Treaty
        }
        if (j - i >= 2 && CUES.is("place-head", toks.get(j - 1).text()) && !orgHead) {
            return new Candidate(EntityType.Place, name, begin, end, "place-head", 0.8); // "Second Thomas Shoal"
        }
        if (j < toks.size() && CUES.is("place-head", toks.get(j).text()) && !orgHead) {
            int e2 = toks.get(j).end();
            return new Candidate(EntityType.Place, text.substring(begin, e2), begin, e2, "place-head", 0.8);
        }
        if (orgHead && j - i >= 2) {
            return new Candidate(EntityType.Organization, name, begin, end, "org-head", 0.8);
        }
        if (name.matches("[\\p{L}0-9-]+\\.\\p{L}{2,6}")) {
            return new Candidate(EntityType.Organization, name, begin, end, "web-domain", 0.7); // "Caliber.Az reports"
        }
        if (titled || followsOrgRole(toks, i, known)) {
            return new Candidate(EntityType.Person, name, begin, end, "title", 0.8);
        }
        if (j - i >= 2 && j - i <= 3 && (appositiveTitle(toks, j) || j < toks.size() && CUES.is("speech", toks.get(j).text()))) {
            // "Arsenio Dalisay, a spokesman for ...", "Anna Berg said"
            return new Candidate(EntityType.Person, name, begin, end, "apposition", 0.7);
        }
        if (j - i >= 2 && CUES.is("place-prefix", toks.get(i).text())) {
            return new Candidate(EntityType.Place, name, begin, end, "place-prefix", 0.75); // "Port Sudan", "Lake Chad"
        }
        if (i > 0 && CUES.is("locative", toks.get(i - 1).text()) && Character.isUpperCase(name.charAt(0))) {
            return new Candidate(EntityType.Place, name, begin, end, "locative", 0.6); // "an attack on El Fasher"
        }
        return null;
    }

    /** ", a spokesman for", ", the senior fellow at": a title in apposition after the name. */
    private static boolean appositiveTitle(List<Token> toks, int j) {
        if (j + 1 >= toks.size() || !toks.get(j).text().equals(",") || !toks.get(j + 1).pos().equals("DET")) {
            return false;
        }
        for (int k = j + 2; k < Math.min(toks.size(), j + 6); k++) {
            if (CUES.is("person-title", toks.get(k).text())) {
                return true;
            }
            if (!toks.get(k).pos().matches("ADJ|NOUN|PROPN")) {
                return false;
            }
        }
        return false;
    }

    /** A month name used as a date: alone in the run, or beside a number ("Jan 5", "5 Jan"). */
    private static boolean isMonthHere(List<Token> toks, int k, int from, int to) {
        if (!CUES.is("month", toks.get(k).text())) {
            return false;
        }
        boolean alone = to - from == 1;
        boolean besideNumber = k + 1 < toks.size() && toks.get(k + 1).isNumber() || k > 0 && toks.get(k - 1).isNumber();
        return alone || besideNumber;
    }

    /** "Pentagon spokesman Pat Ryder": a title word after an organization. */
    private boolean followsOrgRole(List<Token> toks, int i, List<EntityMention> known) {
        return i > 0 && CUES.is("person-title", toks.get(i - 1).text());
    }

    private static boolean isTitle(Token t) {
        return CUES.is("person-title", t.text()) && Character.isUpperCase(t.text().charAt(0));
    }

    /** Short names of people seen in full: "Ryder", "Mr. Kim", "Kim's". */
    private List<EntityMention> shortNames(Sentence s, String text, List<EntityMention> known, ArticleState state,
                                           LocalDate date) {
        List<EntityMention> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        List<EntityMention> knownHere = within(known, s);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isProperNoun() && !Character.isUpperCase(t.text().charAt(0)) || covered(knownHere, t)) {
                continue;
            }
            if (CUES.is("month", t.text()) && (i > 0 && CUES.is("time-preposition", toks.get(i - 1).text())
                    || isMonthHere(toks, i, i, i + 1))) {
                continue; // "in May" is a month, not Mrs May
            }
            int end = nameEnd(t);
            String word = text.substring(t.begin(), end);
            Entity person = state.bySurname(word);
            double confidence = 0.85;
            if (person == null) {
                person = uniqueCatalogSurname(word, date);
                confidence = 0.7;
            }
            if (person != null) {
                out.add(new EntityMention(person, t.begin(), end, word, s.index(), MentionKind.SHORT_NAME,
                        "coref:surname", confidence));
            }
        }
        return out;
    }

    /** A surname alone names a catalog person only when one of them is its best bearer. */
    private Entity uniqueCatalogSurname(String surname, LocalDate date) {
        List<CatalogEntry> bearers = bySurname.getOrDefault(surname, List.of());
        if (bearers.size() == 1) {
            return bearers.get(0).entity();
        }
        List<CatalogEntry> leaders = bearers.stream().filter(e -> e.roles().stream().anyMatch(r ->
                (r.title().contains("leader") || r.title().contains("president")) && (date == null ? r.isCurrent() : r.covers(date))))
                .toList();
        return leaders.size() == 1 ? leaders.get(0).entity() : null;
    }

    /**
     * "the two leaders", "the two countries": the two states the article is most about (by mentions),
     * or their heads at the article's date.
     */
    private List<EntityMention> theTwo(AnnotatedArticle doc, String text, List<EntityMention> known, LocalDate date) {
        Map<Entity, Integer> salience = new HashMap<>();
        for (EntityMention m : known) {
            if (m.entity().type() == EntityType.State) {
                salience.merge(m.entity(), 1, Integer::sum);
            }
        }
        List<Entity> states = salience.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().key().compareTo(b.getKey().key()))
                .map(Map.Entry::getKey).limit(2).toList();
        List<EntityMention> out = new ArrayList<>();
        if (states.size() < 2) {
            return out;
        }
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i + 2 < toks.size(); i++) {
                if (!toks.get(i).lower().equals("the") || !toks.get(i + 1).lower().equals("two")) {
                    continue;
                }
                String noun = toks.get(i + 2).lower();
                List<Entity> referents = new ArrayList<>();
                if (CUES.is("pair-states", noun)) {
                    referents.addAll(states);
                } else if (CUES.is("pair-leaders", noun)) {
                    for (Entity state : states) {
                        Entity head = headOf(state, date);
                        if (head != null) {
                            referents.add(head);
                        }
                    }
                }
                if (referents.size() == 2) {
                    int b = toks.get(i).begin();
                    int e = toks.get(i + 2).end();
                    for (Entity r : referents) {
                        out.add(new EntityMention(r, b, e, text.substring(b, e), s.index(), MentionKind.ROLE,
                                "coref:the-two-" + noun, 0.6));
                    }
                }
            }
        }
        return out;
    }

    private Entity headOf(Entity state, LocalDate date) {
        for (String title : List.of("leader", "president")) {
            List<CatalogEntry> holders = catalog.holders(title, state.key(), date);
            if (!holders.isEmpty()) {
                return holders.get(0).entity();
            }
        }
        return null;
    }

    /** "Rapid Support Forces (RSF)": the acronym in brackets names the entity wherever it recurs. */
    private List<EntityMention> acronyms(AnnotatedArticle doc, String text, List<EntityMention> known) {
        Map<String, Entity> defined = new HashMap<>();
        java.util.regex.Pattern bracket = java.util.regex.Pattern.compile("\\G\\s*\\((\\p{Lu}[\\p{Lu}&.-]{1,7})\\)");
        for (EntityMention m : known) {
            java.util.regex.Matcher b = bracket.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 14));
            if (b.find() && m.kind() == MentionKind.NAME) {
                defined.putIfAbsent(b.group(1), m.entity());
            }
        }
        List<EntityMention> out = new ArrayList<>();
        if (defined.isEmpty()) {
            return out;
        }
        List<EntityMention> all = new ArrayList<>(known);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Entity e = defined.get(t.text());
                if (e != null && !covered(all, t)) {
                    EntityMention m = new EntityMention(e, t.begin(), t.end(), t.text(), s.index(), MentionKind.SHORT_NAME,
                            "coref:acronym", 0.85);
                    out.add(m);
                    all.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The author and publisher the article's metadata names ("By NAME", "Publisher: NAME"), as a
     * Person and an Organization mentioned on that line (sentence index -1).
     */
    private List<EntityMention> bylines(AnnotatedArticle doc, String text, ArticleState state) {
        List<EntityMention> out = new ArrayList<>();
        var md = doc.article().metadata();
        if (md.author() != null) {
            byline(text, md.author(), EntityType.Person, "metadata:author", state, out);
        }
        if (md.publisher() != null) {
            byline(text, md.publisher(), EntityType.Organization, "metadata:publisher", state, out);
        }
        return out;
    }

    private void byline(String text, String name, EntityType type, String rule, ArticleState state,
                        List<EntityMention> out) {
        int at = text.lastIndexOf(name);
        if (at < 0 || name.isBlank() || name.split("\\s+").length > 6) {
            return;
        }
        Entity entity = catalog.entries().stream()
                .filter(e -> e.type() == type && e.aliases().contains(name)).map(CatalogEntry::entity)
                .findFirst().orElseGet(() -> state.entityFor(type, name, catalog));
        out.add(new EntityMention(entity, at, at + name.length(), name, -1, MentionKind.NAME, rule, 0.9));
    }

    /** "a treaty of mutual defense and cooperation", "the New START Treaty". */
    private List<EntityMention> treaties(AnnotatedArticle doc, String text, List<EntityMention> known) {
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (!CUES.is("treaty-head", t.text()) || covered(known, t)) {
                    continue;
                }
                int b = i;
                int e = i + 1;
                if (e + 1 < toks.size() && (toks.get(e).lower().equals("of") || toks.get(e).lower().equals("on"))) {
                    int k = e + 1;
                    while (k < toks.size() && (toks.get(k).pos().equals("NOUN") || toks.get(k).pos().equals("ADJ")
                            || toks.get(k).lower().equals("and") && k + 1 < toks.size()
                            && !toks.get(k + 1).pos().equals("DET"))) {
                        k++;
                    }
                    if (k > e + 1 && !toks.get(k - 1).lower().equals("and")) {
                        e = k;
                    }
                }
                while (b > 0 && toks.get(b - 1).isProperNoun() && !covered(known, toks.get(b - 1))) {
                    b--;
                }
                if (b == i && e == i + 1) {
                    // "a reciprocal access agreement": modifiers name the kind of agreement
                    while (b > 0 && toks.get(b - 1).pos().matches("NOUN|ADJ") && !CUES.is("not-treaty", toks.get(b - 1).text())
                            && !covered(known, toks.get(b - 1))) {
                        b--;
                    }
                }
                if (e == i + 1 && b == i) {
                    continue; // a bare "treaty" or "agreement" is not a named agreement
                }
                int begin = toks.get(b).begin();
                int end = toks.get(e - 1).end();
                String phrase = text.substring(begin, end).replaceAll("\\s+", " ");
                String label = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
                String slug = slug(phrase);
                Entity treaty = new Entity(slug.startsWith("treaty-") ? slug : "treaty-" + slug, EntityType.Treaty, label, null);
                out.add(new EntityMention(treaty, begin, end, text.substring(begin, end), s.index(),
                        MentionKind.NAME, "pattern:treaty-phrase", 0.75));
                i = e - 1;
            }
        }
        return out;
    }

    private static boolean startsName(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!Character.isUpperCase(t.text().charAt(0))) {
            return false;
        }
        // the tagger calls some name words ADJ or NOUN ("Baltic Defence Institute"); mid-sentence capitals count
        return t.isProperNoun() || i > 0 && t.pos().matches("ADJ|NOUN") && i + 1 < toks.size()
                && Character.isUpperCase(toks.get(i + 1).text().charAt(0)) && toks.get(i + 1).pos().matches("PROPN|NOUN");
    }

    private static boolean continuesName(List<Token> toks, int j) {
        Token t = toks.get(j);
        Token prev = toks.get(j - 1);
        boolean glued = prev.end() == t.begin();
        if (t.text().matches("(?i)(al|el|ad|as|bin|ibn|abu)-\\p{Lu}.*")) {
            return true; // "al-Sisi" as one token
        }
        if (CUES.is("name-particle", t.text()) && j + 2 < toks.size() && toks.get(j + 1).text().equals("-")
                && Character.isUpperCase(toks.get(j + 2).text().charAt(0))) {
            return true; // "al-Sisi", "bin-Salman"
        }
        if ((t.isProperNoun() || t.pos().matches("ADJ|NOUN") && Character.isUpperCase(t.text().charAt(0)))
                && Character.isLetter(t.text().charAt(0))) {
            return Character.isUpperCase(t.text().charAt(0)) || glued;
        }
        if (glued && (t.text().equals("-") || t.text().equals(".") || t.text().startsWith("-"))
                || glued && prev.text().equals("-")) {
            return true; // "Sung-lac", "Jong-un", "Maj."
        }
        if (t.lower().equals("and") && !orgHeadNear(toks, j) || t.lower().equals("and") && !orgHeadBefore(toks, j)) {
            return false; // "Kamikawa and Defense Minister Kihara" are two names; "Ministry of Trade and Industry" one
        }
        return NAME_CONNECTORS.contains(t.lower()) && j + 1 < toks.size() && toks.get(j + 1).isProperNoun()
                && Character.isUpperCase(toks.get(j + 1).text().charAt(0));
    }

    /** An organization word among the capitalized words just before position j. */
    private static boolean orgHeadBefore(List<Token> toks, int j) {
        for (int k = j - 1; k >= 0 && Character.isUpperCase(toks.get(k).text().charAt(0)); k--) {
            if (CUES.is("org-head", toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** An organization word within the capitalized words around position j. */
    private static boolean orgHeadNear(List<Token> toks, int j) {
        for (int k = Math.max(0, j - 4); k < Math.min(toks.size(), j + 4); k++) {
            if (CUES.is("org-head", toks.get(k).text()) && Character.isUpperCase(toks.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mentions that overlap a sentence: the only ones that can cover its tokens (checking each token
     * against every mention of a long article was quadratic).
     */
    private static List<EntityMention> within(List<EntityMention> known, Sentence s) {
        List<EntityMention> here = new ArrayList<>();
        for (EntityMention m : known) {
            if (m.overlaps(s.begin(), s.end())) {
                here.add(m);
            }
        }
        return here;
    }

    private static boolean covered(List<EntityMention> known, Token t) {
        for (EntityMention m : known) {
            if (m.overlaps(t.begin(), t.end())) {
                return true;
            }
        }
        return false;
    }

    /** The end of a name token without a possessive "'s". */
    private static int nameEnd(Token t) {
        String x = t.text();
        if (x.endsWith("'s") || x.endsWith("’s")) {
            return t.end() - 2;
        }
        if (x.length() > 2 && x.endsWith(".") && !x.matches("(\\p{Lu}\\.)+")) {
            return t.end() - 1; // "Kim." at a sentence end, not an initial or "U.S."
        }
        return t.end();
    }

    private static String bare(String word) {
        return word.replaceAll("['’]s$", "");
    }

    /** Keeps the longest of overlapping mentions (a role mention yields to a name inside it). */
    private static List<EntityMention> dropContained(List<EntityMention> sorted) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : sorted) {
            boolean inside = false;
            for (EntityMention o : out) {
                if (o != m && o.begin() <= m.begin() && m.end() <= o.end() && o.kind() != MentionKind.ROLE
                        && !(o.begin() == m.begin() && o.end() == m.end() && !o.entity().equals(m.entity()))) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    /** Lower-case ASCII words joined by '-': the stable part of a name-derived IRI. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.startsWith("the-")) {
            s = s.substring(4);
        }
        if (s.startsWith("a-")) {
            s = s.substring(2);
        }
        return s.isEmpty() ? "x" : s;
    }

    private static int pieceIndexAfter(List<MatchText.Piece> pieces, int offset) {
        for (int k = 0; k < pieces.size(); k++) {
            if (pieces.get(k).begin() >= offset) {
                return k;
            }
        }
        return -1;
    }

    /** What one article has introduced so far: people by surname, names seen. */
    private static final class ArticleState {
        private final Map<String, Entity> bySurname = new HashMap<>();
        private final Map<String, Entity> byName = new LinkedHashMap<>();

        void personSeen(CatalogEntry e) {
            if (e.surname() != null) {
                bySurname.putIfAbsent(e.surname(), e.entity());
            }
        }

        void personSeen(Entity person, String name) {
            String[] words = name.split("\\s+");
            if (words.length > 1) {
                bySurname.putIfAbsent(words[words.length - 1], person);
                bySurname.putIfAbsent(words[0], person); // family name first: "Liu Wenbo" ... "Mr. Liu"
            }
        }

        Entity bySurname(String word) {
            return bySurname.get(word);
        }

        /** One entity per name within the article; a catalog entry of the same name and type wins. */
        Entity entityFor(EntityType type, String name, Catalog catalog) {
            String cleaned = name.replaceAll("\\s+", " ").strip();
            return byName.computeIfAbsent(type + "|" + cleaned.toLowerCase(Locale.ROOT),
                    k -> new Entity(type.name().toLowerCase(Locale.ROOT) + "-" + slug(cleaned), type, cleaned, null));
        }
    }
}
