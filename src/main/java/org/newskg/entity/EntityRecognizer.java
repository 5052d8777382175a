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
    /** Lower-case particles inside personal names ("Lula da Silva", "Hamad bin Khalid", "von der Leyen"). */
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "bint", "ibn", "abu", "da", "de", "do",
            "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter", "ten", "la", "le", "los", "las");
    /** Parts of speech a sentence-initial capital has when it is an ordinary word ("No decision was taken"). */
    private static final Set<String> FUNCTION_POS = Set.of("DET", "ADV", "PRON", "ADP", "CCONJ", "SCONJ", "AUX",
            "INTJ", "PART", "VERB");

    /** A name joined to a participle by a hyphen: "Qaeda-linked", "Kremlin-backed", "Houthi-controlled". */
    private static final java.util.regex.Pattern COMPOUND_ADJECTIVE = java.util.regex.Pattern.compile(
            ".*\\p{L}-(?:linked|backed|led|allied|aligned|affiliated|inspired|funded|owned|run|controlled|held|sponsored|style)");

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
                    // "Baltic Defence Institute" is not the Baltic Sea: the name pass takes it whole; but "The North
                    // Korean military" is not "The North": "North Korean" may still match one piece on
                    boolean orgOpening = m.targets().stream().anyMatch(t -> t.entry().type() == EntityType.Organization);
                    // "the Gulf of Aden": a longer catalog name may start inside the match
                    boolean ofFollows = m.to() < pieces.size() && pieces.get(m.to()).lower().equals("of");
                    i = CUES.is("compass", pieces.get(m.to() - 1).text()) || orgOpening || ofFollows ? i + 1 : m.to();
                    continue;
                }
                boolean locative = locative(m, pieces) || afterPlaceAnd(m, pieces, found);
                AliasIndex.Target t = choose(m, pieces, locative);
                int b = pieces.get(m.from()).begin();
                int e = pieces.get(m.to() - 1).end();
                if (t.kind() == MentionKind.SEAT && locative && Character.isUpperCase(t.alias().charAt(0))
                        && !t.alias().matches(".*\\d.*")) {
                    // "the port of Colombo" where the catalog knows Colombo only as the seat of a government
                    Entity city = state.entityFor(EntityType.Place, t.alias(), catalog);
                    found.add(new EntityMention(city, b, e, text.substring(b, e), s.index(), MentionKind.NAME,
                            "catalog-seat:place", 0.75));
                    i = m.to();
                    continue;
                }
                CatalogEntry owner = t.entry().type() == EntityType.State ? null : possessiveState(text.substring(b, e));
                if (owner != null) {
                    // "Yemen's Houthis", "Spain's Guardia Civil": the alias names the state too; both are mentioned
                    int apostrophe = text.substring(b, e).indexOf("'s ") >= 0 ? text.substring(b, e).indexOf("'s ")
                            : text.substring(b, e).indexOf("’s ");
                    found.add(new EntityMention(owner.entity(), b, b + apostrophe, text.substring(b, b + apostrophe),
                            s.index(), MentionKind.NAME, "catalog:" + owner.key() + ":possessive", 0.9));
                    b = b + apostrophe + 3;
                    while (b < e && Character.isWhitespace(text.charAt(b))) {
                        b++;
                    }
                }
                found.add(new EntityMention(t.entry().entity(), b, e, text.substring(b, e), s.index(), t.kind(),
                        "catalog:" + t.entry().key() + ":" + t.kind().name().toLowerCase(Locale.ROOT),
                        t.kind() == MentionKind.NAME ? 0.95 : 0.85));
                if (t.entry().type() == EntityType.Person) {
                    state.personSeen(t.entry(), b);
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
        out.addAll(earlierRepetitions(text, out, state));
        for (Sentence s : doc.sentences()) {
            out.addAll(shortNames(s, text, out, state, published));
        }
        out.addAll(treaties(doc, text, out));
        out.addAll(theTwo(doc, text, out, published));
        out.addAll(bylines(doc, text, state));
        out.addAll(acronyms(doc, text, out));
        out.addAll(datelinePlace(doc, text, out, state));
        out = dropUnsupported(out);
        out.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(m -> -m.end()));
        return dropContained(out);
    }

    /** The catalog state a surface opens with in the possessive ("Yemen's Houthis"), or null. */
    private CatalogEntry possessiveState(String surface) {
        java.util.regex.Matcher pm = POSSESSIVE_OPENING.matcher(surface);
        if (!pm.find()) {
            return null;
        }
        String owner = pm.group(1);
        for (CatalogEntry entry : catalog.entries()) {
            if (entry.type() == EntityType.State && entry.aliases().stream().anyMatch(a -> a.equals(owner))) {
                return entry;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern POSSESSIVE_OPENING = java.util.regex.Pattern.compile("^(\\p{Lu}[^'’]*)['’]s\\s+\\S");

    /** A catalog name followed by capitalized words that end in an organization word. */
    private boolean partOfLongerName(List<MatchText.Piece> pieces, AliasIndex.Match m) {
        boolean org = m.targets().stream().anyMatch(t -> t.entry().type() == EntityType.Organization);
        if (m.from() > 0 && pieces.get(m.from() - 1).capitalized() && CUES.is("place-prefix", pieces.get(m.from() - 1).text())) {
            return true; // "Port Sudan" is a city, not Sudan
        }
        if (m.from() > 1 && pieces.get(m.from() - 1).capitalized() && Character.isLetter(pieces.get(m.from() - 1).text().charAt(0))
                && !CUES.is("person-title", pieces.get(m.from() - 1).text()) && !CUES.is("not-name", pieces.get(m.from() - 1).text())
                && !CUES.is("compass", pieces.get(m.from() - 1).text()) && !CUES.is("month", pieces.get(m.from() - 1).text())
                && m.targets().stream().allMatch(t -> t.entry().type() == EntityType.Place && t.kind() == MentionKind.NAME)
                && index.longestAt(pieces, m.from() - 1) == null && (m.from() < 2 || index.longestAt(pieces, m.from() - 2) == null)) {
            // not "the Indonesian Aceh province" or "South Korean Busan": a known name before it is a name of its own
            return true; // "Banda Aceh", "Kota Kinabalu": a capitalised word before a catalog place makes another place
        }
        if (m.to() < pieces.size() && pieces.get(m.to()).capitalized() && CUES.is("compass", pieces.get(m.to() - 1).text())
                && Character.isLetter(pieces.get(m.to()).text().charAt(0))) {
            return true; // "the North Darfur town": not "the North" (North Korea) but a longer place name
        }
        if (m.from() > 0 && pieces.get(m.from() - 1).capitalized() && CUES.is("compass", pieces.get(m.from() - 1).text())
                && m.targets().stream().allMatch(t -> t.entry().type() == EntityType.Place || t.kind() == MentionKind.SEAT
                || t.entry().type() == EntityType.State)) {
            // "North Kordofan", "East Jerusalem", "Northern Ireland", "Western Ukraine": another place than the one
            // the catalog knows (a state's own compass names, "North Korea", are catalog names matched whole)
            return true;
        }
        if (m.from() > 1 && pieces.get(m.from() - 1).lower().equals("of") && pieces.get(m.from() - 2).capitalized()
                && CUES.is("org-head", pieces.get(m.from() - 2).text()) && !org) {
            return true; // "Organization of American States", "Bank of England": the name pass takes it whole
        }
        if (m.from() > 1 && pieces.get(m.from() - 1).lower().equals("for") && pieces.get(m.from() - 2).capitalized()
                && CUES.is("org-head", pieces.get(m.from() - 2).text()) && !org && m.to() < pieces.size()
                && pieces.get(m.to()).capitalized() && Character.isLetter(pieces.get(m.to()).text().charAt(0))) {
            return true; // "Centre for Sahel Security Studies": a place inside a body's name that goes on after it
        }
        boolean place = m.targets().stream().allMatch(t -> t.entry().type() == EntityType.Place
                || t.entry().type() == EntityType.State);
        int lastCapital = -1;
        for (int k = m.to(); k < pieces.size() && pieces.get(k).capitalized() && !org; k++) {
            if (CUES.is("org-head", pieces.get(k).text())) {
                return true;
            }
            lastCapital = Character.isLetter(pieces.get(k).text().charAt(0)) ? k : lastCapital;
        }
        if (place && lastCapital >= 0 && CUES.is("place-head", pieces.get(lastCapital).text())
                && !CUES.is("not-place-name-head", pieces.get(lastCapital).text())) {
            return true; // "Panama Canal", "Niger Delta", "Aden Adde International Airport": another place
        }
        if (place && m.to() + 1 < pieces.size() && pieces.get(m.to()).lower().equals("of")
                && pieces.get(m.to() + 1).capitalized() && CUES.is("place-prefix", pieces.get(m.to() - 1).text())) {
            return true; // "the Gulf of Aqaba" is not "the Gulf"
        }
        return orgNameFollows(pieces, m.to()); // "Ethiopian Shipping and Logistics Services Enterprise"
    }

    /**
     * "UN Verification and Inspection Mechanism", "EU Foreign Affairs Council": a catalog organization opening the
     * name of one of its bodies, which ends in an organization word; not a title ("Pentagon Press Secretary").
     */
    private static boolean orgNameFollows(List<MatchText.Piece> pieces, int from) {
        int lastCapital = -1;
        for (int k = from; k < pieces.size(); k++) {
            MatchText.Piece p = pieces.get(k);
            if (p.capitalized() && Character.isLetter(p.text().charAt(0))) {
                if (CUES.is("person-title", p.text())) {
                    return false;
                }
                lastCapital = k;
            } else if (!(p.lower().matches("and|of|for") && k > from && k + 1 < pieces.size() && pieces.get(k + 1).capitalized())) {
                break;
            }
        }
        // "Red Cross Society" after "Kenya": one organization word directly after a catalog name is enough
        return lastCapital >= from && CUES.is("org-head", pieces.get(lastCapital).text());
    }

    /** Capital vs government, person vs place: the context decides. */
    private AliasIndex.Target choose(AliasIndex.Match m, List<MatchText.Piece> pieces, boolean locative) {
        List<AliasIndex.Target> ts = m.targets();
        if (ts.size() == 1) {
            return ts.get(0);
        }
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

    /** "in Beijing", "visited Beijing", "the port of Colombo", "a Nairobi-based analyst": the city, not its government. */
    /** "in Warsaw and Berlin": a name joined by "and"/"or" to a place just found is a place too. */
    private static boolean afterPlaceAnd(AliasIndex.Match m, List<MatchText.Piece> pieces, List<EntityMention> found) {
        if (m.from() < 2 || !pieces.get(m.from() - 1).lower().matches("and|or")) {
            return false;
        }
        int prevEnd = pieces.get(m.from() - 2).end();
        return found.stream().anyMatch(f -> f.end() == prevEnd && f.entity().type() == EntityType.Place);
    }

    private static boolean locative(AliasIndex.Match m, List<MatchText.Piece> pieces) {
        String before = m.from() > 0 ? pieces.get(m.from() - 1).lower() : "";
        String twoBefore = m.from() > 1 ? pieces.get(m.from() - 2).lower() : "";
        boolean based = m.to() + 1 < pieces.size() && pieces.get(m.to()).text().equals("-")
                && pieces.get(m.to() + 1).lower().equals("based");
        // "in central London", "the port of Colombo", "the Polish capital, Warsaw"
        return based || LOCATIVE.contains(before) || CUES.is("place-context", before)
                || (before.equals("of") || before.equals(",")) && CUES.is("place-context", twoBefore);
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
            List<EntityMention> seen = new ArrayList<>(known);
            seen.addAll(out);
            Candidate c = typeName(toks, i, j, text, s, seen);
            String runName = c != null ? c.name : strippedRun(toks, i, j, text);
            // a known surname is the person whatever the cues say ("to Herman's story"); a longer run only when
            // nothing else types it
            boolean oneWord = runName != null && !runName.contains(" ");
            Entity earlier = runName == null || !oneWord && c != null && c.type != EntityType.Person ? null
                    : state.bySurname(runName, toks.get(i).begin());
            if (earlier != null) {
                // "Fils-Aime", "Al Marri", "da Silva": a person named in full earlier, by a part of the name
                int b = c != null ? c.begin : toks.get(i).begin();
                int e = c != null ? c.end : b + runName.length();
                out.add(new EntityMention(earlier, b, e, text.substring(b, e), s.index(), MentionKind.SHORT_NAME,
                        "coref:surname", 0.85));
                i = Math.max(j, i + 1);
                continue;
            }
            if (c != null && !c.name.contains(" ") && uniqueCatalogSurname(c.name, null) != null) {
                c = null; // "to Putin": a short name, resolved by shortNames
            }
            if (c == null && runName != null && state.typed(runName) != null && !runName.isBlank()) {
                // "Belaruskali was already under sanctions": a name the article typed before, now without a cue
                Entity same = state.typed(runName);
                int b = text.indexOf(runName, toks.get(i).begin());
                if (b >= 0 && b + runName.length() <= toks.get(j - 1).end()) {
                    out.add(new EntityMention(same, b, b + runName.length(), runName, s.index(), MentionKind.NAME,
                            "coref:name", 0.75));
                }
                i = Math.max(j, i + 1);
                continue;
            }
            if (c == null && runName != null) {
                int b = text.indexOf(runName, toks.get(i).begin());
                if (b >= 0 && b + runName.length() <= toks.get(j - 1).end()) {
                    state.untyped.add(new EntityMention(null, b, b + runName.length(), runName, s.index(),
                            MentionKind.NAME, "coref:name", 0.7)); // typed, perhaps, by a later sentence
                }
            }
            if (c != null) {
                Entity typedBefore = state.typed(c.name);
                // one node per name within an article: "the Mercosur bloc" ... "in Mercosur" is the same bloc
                Entity entity = typedBefore != null ? typedBefore : state.entityFor(c.type, c.name, catalog);
                state.typedAs(c.name, entity);
                if (entity.type() == EntityType.Person) {
                    state.personSeen(entity, c.name, c.begin);
                }
                out.add(new EntityMention(entity, c.begin, c.end, text.substring(c.begin, c.end), s.index(),
                        MentionKind.NAME, "name:" + c.cue, c.confidence));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * "Hanwha Ocean signed ... The shipbuilder Hanwha Ocean said": a name without a cue before the sentence that
     * typed it is the same entity.
     */
    private static List<EntityMention> earlierRepetitions(String text, List<EntityMention> known, ArticleState state) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention run : state.untyped) {
            Entity entity = state.typed(run.surface());
            if (entity == null || known.stream().anyMatch(k -> k.overlaps(run.begin(), run.end()))) {
                continue;
            }
            out.add(new EntityMention(entity, run.begin(), run.end(), run.surface(), run.sentenceIndex(), MentionKind.NAME,
                    "coref:name", 0.7));
        }
        return out;
    }

    private record Candidate(EntityType type, String name, int begin, int end, String cue, double confidence) {
    }

    /** The words of a run without leading titles and a trailing connector or possessive: "Mr. Fils-Aime's" -> "Fils-Aime". */
    private static String strippedRun(List<Token> toks, int i, int j, String text) {
        while (i < j && (isTitle(toks.get(i)) || toks.get(i).text().equals(".") || CUES.is("not-name", toks.get(i).text()))) {
            i++;
        }
        while (j > i && (NAME_CONNECTORS.contains(toks.get(j - 1).lower()) || toks.get(j - 1).text().equals("."))) {
            j--;
        }
        if (i >= j) {
            return null;
        }
        return text.substring(toks.get(i).begin(), nameEnd(toks.get(j - 1))).replaceAll("\\s+", " ");
    }

    private Candidate typeName(List<Token> toks, int i, int j, String text, Sentence s, List<EntityMention> known) {
        // leading titles make it a person: "Maj. Gen. Pat Ryder", "Rep. Wi Sung-lac"
        boolean titled = i > 0 && isTitle(toks.get(i - 1))
                || i > 1 && toks.get(i - 1).text().equals(".") && isTitle(toks.get(i - 2));
        // "General Service Unit": a title word opening an organization's name is part of it
        boolean orgAfterStart = false;
        for (int k = i + 1; k < j; k++) {
            orgAfterStart |= CUES.is("org-head", bare(toks.get(k).text())) && !isTitle(toks.get(k));
        }
        // "President Hassan Sheikh Mohamud", "envoy Hassan Sheikh Abdalla": the name comes after the title
        boolean leadingTitle = i > 0 && titleNoun(toks.get(i - 1).text());
        while (i < j && (isTitle(toks.get(i)) || toks.get(i).text().equals(".")) && !(orgAfterStart && !titled)) {
            titled = true;
            leadingTitle = true;
            i++;
        }
        // "Defence Minister Marek Kowalczyk", "Interior Cabinet Secretary X": a title phrase ends at its last title
        // word, unless an organization word follows it ("Secretary General's Office")
        boolean organization = false;
        int lastTitle = -1;
        for (int k = j - 2; k > i && lastTitle < 0; k--) {
            if (isTitle(toks.get(k))) {
                lastTitle = k;
            }
        }
        for (int k = Math.max(i, lastTitle + 1); k < j; k++) {
            organization |= CUES.is("org-head", bare(toks.get(k).text()));
        }
        // but after a leading title a title word inside the name is part of it: "President Hassan Sheikh Mohamud"
        for (int k = j - 2; k > i && !organization && !leadingTitle; k--) {
            if (isTitle(toks.get(k))) {
                titled = true;
                i = k + 1;
                break;
            }
        }
        boolean portfolioAhead = titled && i < j && toks.get(i).lower().matches("of|for")
                || i > 1 && toks.get(i - 1).lower().matches("of|for") && titleNoun(toks.get(i - 2).text());
        if (portfolioAhead) {
            int k = afterPortfolio(toks, i, j);
            titled |= k != i;
            i = k;
        }
        while (i < j && (CUES.is("not-name", bare(toks.get(i).text())) || isMonthHere(toks, i, i, j))
                && !ordinalInName(toks, i, j) && !compassInName(toks, i, j)) {
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
        // "a Lagos-based economist": the tokenizer leaves the hyphen on the name
        boolean based = toks.get(j - 1).text().endsWith("-") && j < toks.size() && toks.get(j).lower().equals("based")
                || j + 1 < toks.size() && toks.get(j).text().equals("-") && toks.get(j + 1).lower().equals("based");
        if (based && toks.get(j - 1).text().endsWith("-")) {
            end--;
        }
        String name = text.substring(begin, end).replaceAll("\\s+", " ");
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        if (based && j - i <= 3) {
            return new Candidate(EntityType.Place, name, begin, end, "based", 0.7);
        }
        if (j + 1 < toks.size() && toks.get(j).lower().equals("of") && bare(toks.get(j - 1).text()).toLowerCase(Locale.ROOT)
                .matches("republic|kingdom|federation|principality|sultanate|emirate|union")
                && stateAt(known, toks, j + 1)) {
            return null; // "Democratic Republic" of "Democratic Republic of Congo": the start of the state's own name
        }
        if (COMPOUND_ADJECTIVE.matcher(name).matches()) {
            return null; // "the al Qaeda-linked group", "a Tehran-backed militia": a name made an adjective
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
        Token next = j < toks.size() ? toks.get(j) : null;
        boolean nextLower = next != null && !startsUpper(next) && Character.isLetter(next.text().charAt(0));
        if (next != null && nextLower && CUES.is("place-modified", next.text()) && !orgHead && !covered(known, next)
                && !titled && !personParticles(toks, i, j)) {
            // "the Darfur town of X", "the Adré border point", "the Delmas district": the name modifies a common noun
            return new Candidate(EntityType.Place, name, begin, end, "place-modifier", 0.75);
        }
        if (next != null && CUES.is("place-head", next.text()) && !orgHead && !covered(known, next)) {
            int e2 = next.end();
            if (!startsUpper(next) && toks.get(j - 1).pos().equals("ADJ")
                    && toks.get(j - 1).lower().matches(".*(an|ese|ish|ic|i)")) {
                return null; // "the South American coast": an adjective of origin, no place's name
            }
            if (!startsUpper(next) && CUES.is("place-head-own", next.text())) {
                // "the Isfara river", "the Tortkul reservoir": a water or landform of its own, not the town or region
                // the bare name may also name
                return new Candidate(EntityType.Place, text.substring(begin, e2), begin, e2, "place-head", 0.8);
            }
            if (!startsUpper(next)) {
                // "South Kivu province", "Goma airport", "the Qasr Al Watan palace": the place the name names, which
                // a bare "South Kivu" elsewhere names too
                return new Candidate(EntityType.Place, name, begin, e2, "place-head", 0.8);
            }
            return new Candidate(EntityType.Place, text.substring(begin, e2), begin, e2, "place-head", 0.8);
        }
        if (orgHead && j - i >= 2 && pluralAfterOrgHead(toks, j)) {
            return null; // "The Vistula Wire Trust Principles": the head is "Principles", a text, not the trust
        }
        if (orgHead && j - i >= 2) {
            return new Candidate(EntityType.Organization, name, begin, end, "org-head", 0.8);
        }
        if (j - i >= 2 && bare(toks.get(j - 1).text()).equals("Government")) {
            // "the National Unity Government", "the Transitional Federal Government": a body's name, not a person's
            return new Candidate(EntityType.Organization, name, begin, end, "org-head", 0.75);
        }
        if (j - i >= 2 && bracketedInitials(toks, i, j)) {
            return new Candidate(EntityType.Organization, name, begin, end, "initials", 0.75); // "Petrolera del Sur (PDS)"
        }
        if (next != null && nextLower && CUES.is("org-mission", next.text()) && j - i >= 2 && !titled
                && !covered(known, next)) {
            // "the Multinational Security Support mission": the head noun is part of the mission's name
            int e2 = next.end();
            return new Candidate(EntityType.Organization, text.substring(begin, e2), begin, e2, "org-mission", 0.7);
        }
        boolean indefinite = i > 0 && toks.get(i - 1).lower().matches("an?");
        if (next != null && nextLower && !titled && !indefinite && !personParticles(toks, i, j) && (organizationNounAfter(toks, j, known)
                || j - i == 1 && allCaps(name) && CUES.is("org-after-acronym", next.text()))) {
            // "the Mercosur bloc", "the Viv Ansanm gang coalition": the name of the group the noun names
            return new Candidate(EntityType.Organization, name, begin, end, "org-after", 0.7);
        }
        if (introducedAsOrganization(toks, i, j, known)) {
            // "the trade bloc Mercosur", "potash producer Belaruskali", "the trade agency GTAI"
            return new Candidate(EntityType.Organization, name, begin, end, "org-intro", 0.7);
        }
        if (personParticles(toks, i, j)) {
            return new Candidate(EntityType.Person, name, begin, end, "name-particle", 0.75); // "Ali bin Samikh Al Marri"
        }
        if (j - i >= 2 && compassInName(toks, i, j) && !adjectivalUse(toks, j)) {
            return new Candidate(EntityType.Place, name, begin, end, "compass", 0.75); // "North Darfur", "Western Cape"
        }
        if (i > 0 && CUES.is("compass", toks.get(i - 1).text()) && !startsUpper(toks.get(i - 1)) && !titled
                && !adjectivalUse(toks, j) && !allCaps(name.replace(" ", ""))) {
            return new Candidate(EntityType.Place, name, begin, end, "compass", 0.7); // "northern Luzon", "the southern Caribbean"
        }
        if (i > 1 && toks.get(i - 1).lower().equals("of") && placeOfNoun(toks.get(i - 2).text())
                && !startsUpper(toks.get(i - 2)) && !titled) {
            return new Candidate(EntityType.Place, name, begin, end, "place-of", 0.75); // "the hillside suburb of Kenscoff"
        }
        EntityType apposed = appositiveKind(toks, i, j);
        if (apposed != null && !titled) {
            // "Belaruskali, the state potash producer,", "in Kamanyola, a town on the border"
            return new Candidate(apposed, name, begin, end, "apposition", 0.7);
        }
        if (name.matches("[\\p{L}0-9-]+\\.\\p{L}{2,6}")) {
            return new Candidate(EntityType.Organization, name, begin, end, "web-domain", 0.7); // "Caliber.Az reports"
        }
        if (titled || followsOrgRole(toks, i, known)) {
            return new Candidate(EntityType.Person, name, begin, end, "title", 0.8);
        }
        int words = name.split(" ").length;
        if (words >= 2 && words <= 4 && i > 1 && toks.get(i - 1).text().equals(",")
                && titleNoun(toks.get(i - 2).text())) {
            return new Candidate(EntityType.Person, name, begin, end, "apposition", 0.75); // "a Nairobi-based analyst, Otieno Kamau,"
        }
        if (words >= 2 && words <= 4 && titleWithComplementBefore(toks, i, j) && allProperNouns(toks, i, j)) {
            // "a spokesman for the military government, Zaw Min Tun,", "Minister of Inclusion and Migration, Elma Saiz,"
            return new Candidate(EntityType.Person, name, begin, end, "apposition", 0.7);
        }
        if (words >= 2 && words <= 3 && i > 0 && CUES.is("person-object", toks.get(i - 1).text())
                && allProperNouns(toks, i, j)) {
            return new Candidate(EntityType.Person, name, begin, end, "person-object", 0.65); // "met Ewa Kral"
        }
        if (words >= 2 && words <= 3 && speechAfter(toks, j)) {
            return new Candidate(EntityType.Person, name, begin, end, "apposition", 0.7); // "Ewa Nowak on Friday said"
        }
        if (words >= 2 && words <= 4 && i > 0 && CUES.is("speech", toks.get(i - 1).text())) {
            return new Candidate(EntityType.Person, name, begin, end, "speaker", 0.7); // "..., said Marta Quispe-Huaman"
        }
        EntityType coordinated = coordinatedType(toks, i, s, known);
        if (coordinated == EntityType.Person && words >= 2 && words <= 4 || coordinated == EntityType.Place && words <= 3) {
            // "said Ana Lobo and Rui Matos", "in Kenscoff and Delmas": the second name is the same kind as the first
            return new Candidate(coordinated, name, begin, end, "coordination", 0.65);
        }
        if (words >= 2 && words <= 3 && (appositiveTitle(toks, j) || j < toks.size() && CUES.is("speech", toks.get(j).text()))) {
            // "Arsenio Dalisay, a spokesman for ...", "Anna Berg said"
            return new Candidate(EntityType.Person, name, begin, end, "apposition", 0.7);
        }
        if (j - i >= 2 && CUES.is("place-prefix", toks.get(i).text())) {
            return new Candidate(EntityType.Place, name, begin, end, "place-prefix", 0.75); // "Port Sudan", "Lake Chad"
        }
        if (i > 2 && toks.get(i - 1).lower().equals("from") && toks.get(i - 2).pos().equals("NOUN")
                && toks.get(i - 3).pos().equals("DET") && j - i <= 3 && !name.equals(name.toUpperCase(Locale.ROOT))
                && (j == toks.size() || toks.get(j).text().matches("[,.;]|who|whose"))) {
            return new Candidate(EntityType.Place, name, begin, end, "origin", 0.6); // "a mason from Kerala"
        }
        boolean modifier = j < toks.size() && toks.get(j).pos().equals("NOUN") && !startsUpper(toks.get(j));
        boolean acronym = allCaps(name.replace(" ", ""));
        if (i > 0 && CUES.is("locative", toks.get(i - 1).text()) && Character.isUpperCase(name.charAt(0)) && !modifier
                && !acronym) {
            // "an attack on El Fasher"; not "at COP30" or "in NATO": an acronym after "in" is rarely a place
            return new Candidate(EntityType.Place, name, begin, end, "locative", 0.6);
        }
        if (i > 0 && toks.get(i - 1).lower().equals("from") && j - i == 1 && toks.get(i).isProperNoun() && !modifier
                && !acronym && (j == toks.size() || !toks.get(j).text().matches("'s|’s"))) {
            // "shelled from Kamanyola": a one-word name after "from" is a place (two words are often a person's)
            return new Candidate(EntityType.Place, name, begin, end, "locative", 0.55);
        }
        return null;
    }

    /**
     * The type of a name right before "and" in front of position i, when that name is an unknown
     * person or any place: two names joined by "and" are usually of one kind.
     */
    private static EntityType coordinatedType(List<Token> toks, int i, Sentence s, List<EntityMention> known) {
        if (i < 2 || !toks.get(i - 1).lower().equals("and")) {
            return null;
        }
        int prevEnd = nameEnd(toks.get(i - 2));
        for (EntityMention m : known) {
            if (m.sentenceIndex() == s.index() && m.end() == prevEnd) {
                EntityType type = m.entity().type();
                boolean unknownPerson = type == EntityType.Person && m.rule().startsWith("name:");
                if (unknownPerson || type == EntityType.Place) {
                    return type;
                }
            }
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

    /**
     * "Minister for Food Zulkifli Hasan", "Minister of Foreign Affairs Amara Diallo": the words of the portfolio after a
     * title, skipped; the position of the name after them, or i when none are there or nothing would be left.
     */
    private static int afterPortfolio(List<Token> toks, int i, int j) {
        int k = i;
        if (k < j && toks.get(k).lower().matches("of|for")) {
            k++;
        }
        int start = k;
        while (k < j && (CUES.is("portfolio", bare(toks.get(k).text())) || k > start && toks.get(k).lower().equals("and"))) {
            k++;
        }
        return k > start && k < j ? k : i;
    }

    /** "the town of", "the villages of": a kind of settlement or area, singular or plural. */
    private static boolean placeOfNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return CUES.is("place-of", w) || w.endsWith("ies") && CUES.is("place-of", w.substring(0, w.length() - 3) + "y")
                || w.endsWith("s") && CUES.is("place-of", w.substring(0, w.length() - 1));
    }

    /** A state's name starts at token k, or at k + 1 after "the". */
    private static boolean stateAt(List<EntityMention> known, List<Token> toks, int k) {
        int at = toks.get(k).lower().equals("the") && k + 1 < toks.size() ? k + 1 : k;
        int begin = toks.get(at).begin();
        return known.stream().anyMatch(m -> m.entity().type() == EntityType.State && m.begin() == begin);
    }

    /** "North Darfur", "Western Cape", "Eastern Policy Forum": a compass word opening a longer capitalized name. */
    private static boolean compassInName(List<Token> toks, int i, int j) {
        return i + 1 < j && CUES.is("compass", toks.get(i).text()) && startsUpper(toks.get(i))
                && startsUpper(toks.get(i + 1)) && Character.isLetter(toks.get(i + 1).text().charAt(0));
    }

    /** "North American markets": a name used as an adjective before a lower-case noun is no place name. */
    private static boolean adjectivalUse(List<Token> toks, int j) {
        if (j >= toks.size()) {
            return false;
        }
        Token next = toks.get(j);
        return next.pos().equals("NOUN") && !startsUpper(next) && !CUES.is("place-modified", next.text())
                && !CUES.is("place-head", next.text());
    }

    /** "Trust Principles", "Council Guidelines": an organization word, then a plural noun that is none. */
    private static boolean pluralAfterOrgHead(List<Token> toks, int j) {
        Token last = toks.get(j - 1);
        String w = bare(last.text());
        return j >= 2 && CUES.is("org-head", bare(toks.get(j - 2).text())) && !CUES.is("org-head", w)
                && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(w.length() - 2));
    }

    /** The initials of the capitalized words of a name, in order: "Petrolera del Sur" -> "PS". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** "(PDS)" right after the name, spelling the name's initials (lower-case particles may count or not). */
    private static boolean bracketedInitials(List<Token> toks, int i, int j) {
        if (j + 2 >= toks.size() || !toks.get(j).text().equals("(") || !toks.get(j + 2).text().equals(")")) {
            return false;
        }
        String acronym = toks.get(j + 1).text();
        if (!allCaps(acronym)) {
            return false;
        }
        StringBuilder caps = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (int k = i; k < j; k++) {
            String w = toks.get(k).text();
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            all.append(Character.toUpperCase(w.charAt(0)));
            if (Character.isUpperCase(w.charAt(0))) {
                caps.append(w.charAt(0));
            }
        }
        return acronym.contentEquals(caps) || acronym.contentEquals(all);
    }

    /** A lower-case group noun right after the name, or two of them ("the Viv Ansanm gang coalition"). */
    private static boolean organizationNounAfter(List<Token> toks, int j, List<EntityMention> known) {
        for (int k = j; k < Math.min(toks.size(), j + 2); k++) {
            Token w = toks.get(k);
            if (startsUpper(w) || !CUES.is("org-after", w.text()) || covered(known, w)) {
                return false; // "the Aymara farmers' federation" names no federation "Aymara"
            }
            if (CUES.is("org-after", w.text())) {
                return true;
            }
        }
        return false;
    }

    /** "Ali bin Samikh Al Marri", "Hind bint Faisal": "bin", "bint" or "ibn" between capitalized names. */
    private static boolean personParticles(List<Token> toks, int i, int j) {
        for (int k = i + 1; k + 1 < j; k++) {
            String w = toks.get(k).text();
            if ((w.equals("bin") || w.equals("bint") || w.equals("ibn")) && startsUpper(toks.get(k - 1))
                    && startsUpper(toks.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the trade bloc Mercosur", "the gang coalition Viv Ansanm", "Brazil's development bank BNDES", "potash
     * producer Belaruskali": a lower-case noun that names a kind of organization, right before the name. Nouns
     * that are also jobs ("producer") introduce only a one-word or all-capital name.
     */
    private static boolean introducedAsOrganization(List<Token> toks, int i, int j, List<EntityMention> known) {
        if (i == 0 || j - i > 3) {
            return false;
        }
        Token intro = toks.get(i - 1);
        if (startsUpper(intro) || covered(known, intro)) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (isTitle(toks.get(k))) {
                return false; // "the company's chief executive" is a person's title, not a name
            }
        }
        if (j < toks.size() && toks.get(j).text().equals("-")) {
            return false; // "the bank Lagos-based", a compound, not a name
        }
        boolean single = j - i == 1 || allCaps(toks.get(i).text());
        return CUES.is("org-intro", intro.text()) || single && CUES.is("org-intro-single", intro.text());
    }

    private static boolean allCaps(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '&')
                && word.chars().anyMatch(Character::isLetter);
    }

    /**
     * ", the state potash producer", ", a town on the border": a comma and an article after the name, then
     * lower-case words up to a noun that types the name (an organization kind, or a kind of settlement).
     */
    private static EntityType appositiveKind(List<Token> toks, int i, int j) {
        if (j + 2 >= toks.size() || !toks.get(j).text().equals(",") || !toks.get(j + 1).pos().equals("DET")
                || !toks.get(j + 1).lower().matches("a|an|the")) {
            return null;
        }
        for (int k = j + 2; k < Math.min(toks.size(), j + 6); k++) {
            Token w = toks.get(k);
            // "the only Spanish company": a capitalised modifier before a lower-case noun does not end the phrase
            boolean nextModifier = k + 2 < toks.size() && startsUpper(toks.get(k + 1)) && !toks.get(k + 1).text().contains("-")
                    && toks.get(k + 2).pos().equals("NOUN") && !startsUpper(toks.get(k + 2));
            boolean head = !nextModifier
                    && (k + 1 >= toks.size() || !toks.get(k + 1).pos().equals("NOUN") || startsUpper(toks.get(k + 1)));
            if (startsUpper(w) && !head && !w.text().contains("-") && k + 1 < toks.size() && toks.get(k + 1).text().length() > 1) {
                continue; // ", the only Spanish company", ", a Lendu militia": a demonym or a people before the kind
            }
            if (startsUpper(w) || !w.pos().matches("ADJ|NOUN|VERB|PUNCT") || w.text().equals(",")) {
                return null; // ", the Kenyan-led mission": another name; ", who ...": not an apposition
            }
            if (!head) {
                continue; // "a town council": the kind is the last noun of the phrase
            }
            if (CUES.is("place-of", w.text()) || CUES.is("place-modified", w.text())) {
                return w.lower().matches("area|state|region|port") ? null : EntityType.Place;
            }
            boolean single = j - i == 1 || allCaps(toks.get(i).text());
            if (CUES.is("org-intro", w.text()) || single && CUES.is("org-intro-single", w.text())) {
                return EntityType.Organization; // not "Ana Paz, a film producer": a job, for a two-word name
            }
            return null;
        }
        return null;
    }

    /** "Second Thomas Shoal", "First Capital Bank": an ordinal opening a longer place or organization name. */
    private static boolean ordinalInName(List<Token> toks, int i, int j) {
        String w = toks.get(i).lower();
        boolean ordinal = w.equals("first") || w.equals("second") || w.equals("third");
        for (int k = i + 2; ordinal && k < j && startsUpper(toks.get(k)); k++) {
            String word = bare(toks.get(k).text());
            if (CUES.is("place-head", word) || CUES.is("org-head", word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allProperNouns(List<Token> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            Token t = toks.get(k);
            if (!t.isProperNoun() && !(t.text().equals("-") || NAME_PARTICLES.contains(t.text()))) {
                return false;
            }
        }
        return true;
    }

    /** A speech verb after the name, past a time in between: "Ewa Nowak on Friday said", "Ewa Nowak, 54, said". */
    private static boolean speechAfter(List<Token> toks, int j) {
        int k = j;
        if (k + 1 < toks.size() && toks.get(k).lower().equals("on")
                && (CUES.is("not-name", toks.get(k + 1).text()) || CUES.is("month", toks.get(k + 1).text()))) {
            k += 2;
            while (k < toks.size() && (toks.get(k).isNumber() || toks.get(k).text().equals("."))) {
                k++;
            }
        }
        if (k + 1 < toks.size() && toks.get(k).text().equals(",") && toks.get(k + 1).isNumber()
                && k + 2 < toks.size() && toks.get(k + 2).text().equals(",")) {
            k += 3;
        }
        return k > j && k < toks.size() && CUES.is("speech", toks.get(k).text());
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
        return i > 0 && titleNoun(toks.get(i - 1).text());
    }

    /** A person's title, or its plural before a list of names ("the two foreign ministers, A and B"). */
    /**
     * ", NAME," set off by commas right after a title and its complement: "a spokesman for the army, X,", "the Minister
     * of Labour and Migration, X,". The title must open a phrase of at most seven words with no punctuation in it.
     */
    private static boolean titleWithComplementBefore(List<Token> toks, int i, int j) {
        if (i < 4 || !toks.get(i - 1).text().equals(",") || j >= toks.size() || !toks.get(j).text().equals(",")) {
            return false;
        }
        for (int k = i - 3; k >= Math.max(0, i - 9); k--) {
            Token t = toks.get(k);
            if (!Character.isLetter(t.text().charAt(0))) {
                return false;
            }
            if (titleNoun(t.text()) && toks.get(k + 1).lower().matches("for|of|at|to|on")) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleNoun(String word) {
        if (CUES.is("person-title", word)) {
            return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && CUES.is("person-title", w.substring(0, w.length() - 1));
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
            int chain = hyphenChainEnd(toks, i);
            if (chain > i + 1 && !covered(known, toks.get(chain - 1))) {
                // "Fils-Aime said", split by the tokenizer into "Fils", "-", "Aime"
                int e = nameEnd(toks.get(chain - 1));
                Entity hyphenated = state.bySurname(text.substring(t.begin(), e), t.begin());
                if (hyphenated != null) {
                    out.add(new EntityMention(hyphenated, t.begin(), e, text.substring(t.begin(), e), s.index(),
                            MentionKind.SHORT_NAME, "coref:surname", 0.85));
                    i = chain - 1;
                    continue;
                }
            }
            int end = nameEnd(t);
            String word = text.substring(t.begin(), end);
            // "No decision was taken": a capital only because the sentence starts there; the tagger's INTJ or VERB
            // for a surname the article introduced ("Otieno, who served ...") is not enough to doubt it
            boolean sentenceStart = i == 0 && FUNCTION_POS.contains(t.pos());
            Entity person = sentenceStart && t.pos().matches("DET|PRON|ADP|CCONJ|SCONJ|AUX|PART") ? null
                    : state.bySurname(word, t.begin());
            double confidence = 0.85;
            if (person == null && t.isProperNoun() && !sentenceStart && standsAlone(toks, i)) {
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

    /**
     * A capitalised word with no other name word beside it (a title before it is fine): "Han" in "Han River Wire" or
     * "Cho" in "Cho Hyun" is part of another name, not the catalog's Han or Cho.
     */
    private static boolean standsAlone(List<Token> toks, int i) {
        boolean nameBefore = i > 0 && startsUpper(toks.get(i - 1)) && Character.isLetter(toks.get(i - 1).text().charAt(0))
                && !isTitle(toks.get(i - 1)) && !toks.get(i - 1).text().endsWith(".")
                && !(i == 1 && FUNCTION_POS.contains(toks.get(0).pos()));
        boolean nameAfter = i + 1 < toks.size() && startsUpper(toks.get(i + 1))
                && Character.isLetter(toks.get(i + 1).text().charAt(0))
                || i + 2 < toks.size() && toks.get(i + 1).text().equals("-") && toks.get(i + 1).begin() == toks.get(i).end();
        return !nameBefore && !nameAfter;
    }

    /** The end of the tokens glued to position i by hyphens ("Fils", "-", "Aime"; "Petion", "-Ville"). */
    private static int hyphenChainEnd(List<Token> toks, int i) {
        int k = i + 1;
        while (k < toks.size() && toks.get(k - 1).end() == toks.get(k).begin()
                && (toks.get(k).text().startsWith("-") || toks.get(k - 1).text().endsWith("-"))) {
            k++;
        }
        return k;
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

    /**
     * Catalog names too ambiguous to stand alone ("the North", an acronym such as "AU"): kept only when the
     * article also names the same entity in another way (its full name, a demonym, a seat).
     */
    private static List<EntityMention> dropUnsupported(List<EntityMention> mentions) {
        List<EntityMention> kept = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (!needsSupport(m) || mentions.stream().anyMatch(o -> o.entity().equals(m.entity()) && !needsSupport(o)
                    && o.kind() != MentionKind.ROLE && !o.rule().startsWith("coref:"))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean needsSupport(EntityMention m) {
        if (!m.rule().startsWith("catalog:")) {
            return false;
        }
        String surface = m.surface().strip();
        return CUES.is("needs-support", surface) && surface.equals(surface.toUpperCase(Locale.ROOT))
                || surface.matches("(?i)the (north|south|east|west)");
    }

    /**
     * "TEL AVIV — ..." or "WARSAW, Jan 27, 2026 (Wire) - ...": the capitalised place a news agency's date line
     * opens the first paragraph with. The catalog's place of that name, or a new place.
     */
    private List<EntityMention> datelinePlace(AnnotatedArticle doc, String text, List<EntityMention> known, ArticleState state) {
        List<EntityMention> out = new ArrayList<>();
        if (doc.article().body().isEmpty() || doc.sentences().isEmpty()) {
            return out;
        }
        int start = doc.article().body().get(0).begin();
        java.util.regex.Matcher m = DATELINE.matcher(text).region(start, Math.min(text.length(), start + 80));
        if (!m.lookingAt()) {
            return out;
        }
        int b = m.start(1);
        int e = m.end(1);
        for (EntityMention k : known) {
            if (k.overlaps(b, e)) {
                return out;
            }
        }
        String caps = m.group(1).replaceAll("\\s+", " ");
        if (CUES.is("not-dateline", caps.split(" ")[0])) {
            return out; // "BREAKING -", "ANALYSIS -": a rubric, not a place
        }
        Entity place = null;
        for (CatalogEntry entry : catalog.entries()) {
            if (entry.type() == EntityType.Place && entry.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(caps))) {
                place = entry.entity();
                break;
            }
        }
        if (place == null) {
            String seat = catalog.entries().stream().filter(x -> x.type() == EntityType.State)
                    .flatMap(x -> x.seats().stream()).filter(x -> x.equalsIgnoreCase(caps)).findFirst()
                    .orElseGet(() -> titleCase(caps));
            place = state.entityFor(EntityType.Place, seat, catalog);
        }
        int sentence = doc.sentences().stream().filter(x -> x.begin() <= b && b < x.end()).map(Sentence::index)
                .findFirst().orElse(doc.sentences().get(0).index());
        out.add(new EntityMention(place, b, e, text.substring(b, e), sentence, MentionKind.NAME, "dateline:place", 0.8));
        return out;
    }

    /** Capitals, then a comma and a date, a dash, or a bracket: "PORT-AU-PRINCE —", "LISBON, Mar 3". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{Lu}'.-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}'.-]+){0,3})(?:[ \\t]*[—–-][ \\t]|[ \\t]*\\(|,[ \\t]+(?:\\p{L}{3,9}\\.?[ \\t]+\\d|\\d))");

    /** "TEL AVIV" -> "Tel Aviv", "PORT-AU-PRINCE" -> "Port-au-Prince". */
    static String titleCase(String caps) {
        StringBuilder b = new StringBuilder();
        boolean wordStart = true;
        String lower = caps.toLowerCase(Locale.ROOT);
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            b.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = c == ' ' || c == '-' && !lower.startsWith("au-", k + 1) && !lower.startsWith("de-", k + 1);
        }
        return b.toString();
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
        // "the Gang Suppression Force ... the GSF": an organization's initials name it too, unless two share them
        Map<String, Entity> byInitials = new HashMap<>();
        Set<String> clashing = new java.util.HashSet<>();
        for (EntityMention m : known) {
            if (m.entity().type() != EntityType.Organization || m.kind() != MentionKind.NAME) {
                continue;
            }
            String initials = initials(m.surface());
            if (initials.length() < 3) { // "FO", "HC": two letters name too many things
                continue;
            }
            Entity before = byInitials.putIfAbsent(initials, m.entity());
            if (before != null && !before.equals(m.entity())) {
                clashing.add(initials);
            }
        }
        clashing.forEach(byInitials::remove);
        byInitials.forEach(defined::putIfAbsent);
        List<EntityMention> out = new ArrayList<>();
        if (defined.isEmpty()) {
            return out;
        }
        List<EntityMention> all = new ArrayList<>(known);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String word = bare(t.text()); // "the GSU's officers"
                Entity e = defined.get(word);
                if (e != null && !covered(all, t)) {
                    EntityMention m = new EntityMention(e, t.begin(), t.begin() + word.length(), word, s.index(),
                            MentionKind.SHORT_NAME, "coref:acronym", 0.85);
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
            // "Erik Lind and Dana Kaya", "A. Roy, B. Sen & C. Das": one person each
            for (String author : md.author().split("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+")) {
                if (!author.isBlank()) {
                    byline(text, author.strip(), EntityType.Person, "metadata:author", state, out);
                }
            }
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
                boolean titleHead = startsUpper(t) && i > 0 && startsUpper(toks.get(i - 1))
                        && CUES.is("treaty-head-title", t.text()) // "the Critical Minerals Partnership", where the name ends
                        && !(i + 1 < toks.size() && startsUpper(toks.get(i + 1)));
                if (!CUES.is("treaty-head", t.text()) && !titleHead || covered(known, t)) {
                    continue;
                }
                int b = i;
                int e = i + 1;
                if (startsUpper(t)) {
                    e = titledTail(toks, e); // "Agreement on the Establishment of Peace and Interstate Relations"
                }
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
                if (startsUpper(t)) {
                    // "the Andes Mobility Agreement", "Migration and Mobility Agreement": a capitalised name, whatever
                    // the tagger calls its words
                    while (b > 0 && (nameWordOfTreaty(toks, b - 1) && !covered(known, toks.get(b - 1))
                            || placeInTreatyName(toks, b - 1, known))) {
                        b--;
                    }
                    while (b < i && !startsUpper(toks.get(b))) {
                        b++;
                    }
                }
                if (b == i && e == i + 1) {
                    // "a reciprocal access agreement": modifiers name the kind of agreement
                    while (b > 0 && (toks.get(b - 1).pos().matches("NOUN|ADJ") && !CUES.is("not-treaty", toks.get(b - 1).text())
                            && !covered(known, toks.get(b - 1)) || coordinatedModifier(toks, b - 1, known))) {
                        b--;
                    }
                    if (!namesASubject(toks, b, i)) {
                        b = i; // "a separate agreement", "a reciprocal agreement": adjectives alone name no agreement
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
        return corefTreaties(out);
    }

    /**
     * "the Reciprocal Access Agreement ... the access agreement ... the defence pact": a lower-case agreement
     * phrase is the article's named agreement whose words it repeats, or its only named agreement. Otherwise a
     * phrase that only sorts the agreement by a modifier ("a border treaty", "a labour agreement") names none: no
     * entity, since one node for every "border treaty" of every article would make different agreements one; the
     * event that signs it is still found by its agreement word and keyed by its parties. A phrase that states
     * what the agreement provides ("a treaty of mutual defense and cooperation") stays.
     */
    private static List<EntityMention> corefTreaties(List<EntityMention> treaties) {
        List<EntityMention> named = treaties.stream()
                .filter(m -> !m.surface().equals(m.surface().toLowerCase(Locale.ROOT))).toList();
        List<Entity> distinct = named.stream().map(EntityMention::entity).distinct().toList();
        if (distinct.isEmpty()) {
            return treaties.stream().filter(EntityRecognizer::statesItsSubject).toList();
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : treaties) {
            if (!m.surface().equals(m.surface().toLowerCase(Locale.ROOT))) {
                out.add(m);
                continue;
            }
            Set<String> words = Set.of(m.surface().toLowerCase(Locale.ROOT).split("\\s+"));
            Entity same = named.stream()
                    .filter(n -> Set.of(n.surface().toLowerCase(Locale.ROOT).split("\\s+")).containsAll(words))
                    .map(EntityMention::entity).findFirst().orElse(distinct.size() == 1 ? distinct.get(0) : null);
            if (same != null) {
                out.add(new EntityMention(same, m.begin(), m.end(), m.surface(), m.sentenceIndex(),
                        MentionKind.SHORT_NAME, "coref:treaty", 0.65));
            } else if (statesItsSubject(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** "a treaty of mutual defense", "an agreement on fisheries": the phrase says what the agreement is of. */
    private static boolean statesItsSubject(EntityMention m) {
        return m.surface().matches("(?s)\\S+\\s+(of|on)\\s+.+");
    }

    /**
     * "access" in "a reciprocal access agreement", "mutual-defense" in "the mutual-defense treaty": a lower-case
     * agreement phrase is a name only when a noun or a compound says what the agreement is about.
     */
    private static boolean namesASubject(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            Token w = toks.get(k);
            // the tagger calls "reciprocal" or "bilateral" a noun: an adjective's ending says otherwise
            boolean adjectiveEnding = w.lower().matches(".{3,}(al|ive|ous|ic|ful|less|ible|able|ed)");
            if (w.pos().equals("NOUN") && !adjectiveEnding && !CUES.is("not-treaty-modifier", w.text()) || w.text().contains("-") && w.text().length() > 1
                    || k > from && toks.get(k - 1).text().equals("-")) {
                return true;
            }
        }
        return false;
    }

    /** "defence and economic cooperation agreement": "and" between two lower-case modifiers of one agreement. */
    private static boolean coordinatedModifier(List<Token> toks, int k, List<EntityMention> known) {
        return toks.get(k).lower().equals("and") && k > 0 && toks.get(k - 1).pos().matches("NOUN|ADJ")
                && !startsUpper(toks.get(k - 1)) && !CUES.is("not-treaty", toks.get(k - 1).text())
                && !covered(known, toks.get(k - 1)) && !startsUpper(toks.get(k + 1));
    }

    /**
     * After a capitalised agreement word, its capitalised subject: "Agreement on the Establishment of Peace and
     * Interstate Relations", "Treaty of Amity". The end of the name, or {@code e} when no such subject follows.
     */
    private static int titledTail(List<Token> toks, int e) {
        if (e + 1 >= toks.size() || !toks.get(e).lower().matches("on|of|for|between|concerning")) {
            return e;
        }
        int k = e + 1;
        if (toks.get(k).lower().equals("the")) {
            k++;
        }
        int end = e;
        for (; k < toks.size(); k++) {
            Token w = toks.get(k);
            if (startsUpper(w) && Character.isLetter(w.text().charAt(0))) {
                end = k + 1;
            } else if (!(w.lower().matches("and|of|the|for|on|in") && end == k)) {
                break;
            }
        }
        return end;
    }

    /**
     * "the Washington Accords", "the Korea-Japan Critical Minerals Partnership": a place or state (or a hyphenated
     * pair of them) opening a capitalised agreement's name belongs to the name.
     */
    private static boolean placeInTreatyName(List<Token> toks, int k, List<EntityMention> known) {
        Token w = toks.get(k);
        if (w.text().equals("-")) {
            return k > 0 && toks.get(k - 1).end() == w.begin() && k + 1 < toks.size() && w.end() == toks.get(k + 1).begin()
                    && startsUpper(toks.get(k - 1));
        }
        return startsUpper(w) && !w.text().endsWith("'s") && !w.text().endsWith("’s") && known.stream().anyMatch(m ->
                m.begin() <= w.begin() && w.end() <= m.end() && m.kind() != MentionKind.ROLE
                        && (m.entity().type() == EntityType.State || m.entity().type() == EntityType.Place));
    }

    /** A capitalised word of a treaty's name, or "and"/"of" between two of them; not a sentence-initial article. */
    private static boolean nameWordOfTreaty(List<Token> toks, int k) {
        Token w = toks.get(k);
        if (w.lower().equals("and") || w.lower().equals("of")) {
            return k > 0 && startsUpper(toks.get(k - 1)) && !toks.get(k - 1).pos().equals("DET");
        }
        return startsUpper(w) && Character.isLetter(w.text().charAt(0)) && !w.pos().matches("DET|PRON|ADP|VERB|AUX")
                && !CUES.is("not-name", w.text()) && !CUES.is("not-treaty", w.text())
                && !(k == 0 && !w.isProperNoun());
    }

    private static boolean startsName(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!Character.isUpperCase(t.text().charAt(0))) {
            return false;
        }
        // the tagger calls some name words ADJ or NOUN ("Baltic Defence Institute"), or an ordinal ADV ("Third
        // Marlin Reef"); mid-sentence capitals count
        if (i > 0 && t.pos().matches("NOUN|ADJ") && CUES.is("locative", toks.get(i - 1).text()) && t.text().length() > 2
                && !CUES.is("not-name", t.text())
                && !t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
            return true; // "in Bydgoszcz", "in Belem": the tagger does not know the town, a capital after "in" is a name
        }
        if (i + 2 < toks.size() && toks.get(i + 1).text().matches("bin|bint|ibn") && startsUpper(toks.get(i + 2))
                && Character.isLetter(t.text().charAt(0)) && !CUES.is("not-name", t.text())) {
            return true; // "Salem bin Nasser": the tagger's NOUN or VERB for a given name before "bin"
        }
        if (i > 0 && t.pos().matches("NOUN|ADJ") && Character.isLetter(t.text().charAt(0)) && !CUES.is("not-name", t.text())
                && !startsUpper(toks.get(i - 1)) && (CUES.is("org-intro", toks.get(i - 1).text())
                || CUES.is("org-intro-single", toks.get(i - 1).text())
                || i > 1 && toks.get(i - 1).lower().equals("of") && placeOfNoun(toks.get(i - 2).text()))) {
            return true; // "the Chinese firm Sunlong", "the town of Belem": the tagger's ADJ for an unknown name
        }
        if (i > 0 && Character.isLetter(t.text().charAt(0)) && t.text().length() > 2 && !CUES.is("not-name", t.text())
                && !CUES.is("month", t.text()) && !startsUpper(toks.get(i - 1)) && (CUES.is("compass", toks.get(i - 1).text())
                || titleNoun(toks.get(i - 1).text()) && i + 1 < toks.size() && startsUpper(toks.get(i + 1)))) {
            return true; // "northern Luzon", "spokeswoman Yolande Makolo": the tagger's NOUN or PRON for an unknown name
        }
        if (i == 0 && Character.isLetter(t.text().charAt(0)) && !CUES.is("not-name", t.text())
                && !t.pos().matches("DET|PRON|CCONJ|SCONJ|ADP") && appositiveKind(toks, 0, 1) != null) {
            return true; // "Petronor, the only Spanish company still drilling": a sentence opening with a typed name
        }
        if (allCaps(t.text()) && t.text().length() >= 3 && Character.isLetter(t.text().charAt(0))) {
            return true; // "the trade agency GTAI": an acronym the tagger calls a common noun
        }
        if (CUES.is("compass", t.text()) && i + 1 < toks.size() && startsUpper(toks.get(i + 1))
                && toks.get(i + 1).pos().matches("PROPN|NOUN|ADJ")) {
            return true; // "North Darfur", "Eastern Policy Forum": the tagger's ADJ for the compass word is no stop
        }
        // any mid-sentence capital before a capitalised name word ("Toussaint" tagged AUX, "Haitian National Police")
        boolean ordinaryWord = t.pos().matches("DET|PRON|CCONJ|SCONJ|ADP|PUNCT|NUM") || CUES.is("not-name", t.text());
        if (i + 1 < toks.size() && toks.get(i + 1).begin() == t.end() && toks.get(i + 1).text().matches("-\\p{Lu}.*")) {
            return true; // "Petion-Ville", split as "Petion", "-Ville"
        }
        if (i > 0 && CUES.is("org-head", t.text()) && i + 2 < toks.size() && toks.get(i + 1).lower().matches("of|for")
                && startsUpper(toks.get(i + 2))) {
            return true; // "the Organization of American States"
        }
        if (i > 0 && CUES.is("place-prefix", t.text()) && i + 2 < toks.size() && toks.get(i + 1).lower().equals("of")
                && startsUpper(toks.get(i + 2))) {
            return true; // "the Gulf of Aqaba", "the Bay of Bengal": the tagger's NOUN for the head
        }
        if (i == 0 && t.pos().matches("NOUN|ADJ") && !ordinaryWord && i + 1 < toks.size()
                && toks.get(i + 1).pos().matches("PROPN|NOUN") && Character.isUpperCase(toks.get(i + 1).text().charAt(0))) {
            return true; // "Toussaint Louverture International Airport reopened": a sentence opening with a name
        }
        return t.isProperNoun() || i > 0 && (!ordinaryWord || t.lower().matches("first|second|third"))
                && Character.isLetter(t.text().charAt(0)) && i + 1 < toks.size()
                && Character.isUpperCase(toks.get(i + 1).text().charAt(0)) && toks.get(i + 1).pos().matches("PROPN|NOUN|ADJ");
    }

    private static boolean continuesName(List<Token> toks, int j) {
        Token t = toks.get(j);
        Token prev = toks.get(j - 1);
        if ((prev.text().endsWith("'s") || prev.text().endsWith("’s")) && (j == 1 || !startsUpper(toks.get(j - 2)))) {
            return false; // "Lyon's Saint Exupery Airport": a one-word owner is a name of its own
        }
        boolean glued = prev.end() == t.begin();
        if (t.text().matches("(?i)(al|el|ad|as|bin|ibn|abu)-\\p{Lu}.*")) {
            return true; // "al-Sisi" as one token
        }
        if (t.text().matches("(?i)(al|el|ad|as|ash|ar|bin|ibn|abu)-") && j + 1 < toks.size() && t.end() == toks.get(j + 1).begin()
                && startsUpper(toks.get(j + 1))) {
            return true; // "al-" "Kathiri": the tokenizer keeps the hyphen on the particle
        }
        if (glued && prev.text().matches("(?i)(al|el|ad|as|ash|ar|bin|ibn|abu)-") && startsUpper(t)) {
            return true;
        }
        if (CUES.is("name-particle", t.text()) && j + 2 < toks.size() && toks.get(j + 1).text().equals("-")
                && Character.isUpperCase(toks.get(j + 2).text().charAt(0))) {
            return true; // "al-Sisi", "bin-Salman"
        }
        if (CUES.is("name-particle", t.text()) && j + 1 < toks.size() && t.end() == toks.get(j + 1).begin()
                && toks.get(j + 1).text().matches("-\\p{Lu}.*")) {
            return true; // "al" "-Obeidi": the tokenizer keeps the hyphen on the surname
        }
        if (NAME_PARTICLES.contains(t.text()) && j + 2 < toks.size() && NAME_PARTICLES.contains(toks.get(j + 1).text())
                && startsUpper(toks.get(j + 2)) && startsUpper(prev)) {
            return true; // "Cartel de los Soles", "Ursula von der Leyen": two particles
        }
        if (NAME_PARTICLES.contains(t.text()) && NAME_PARTICLES.contains(prev.text()) && j + 1 < toks.size()
                && startsUpper(toks.get(j + 1))) {
            return true;
        }
        if (NAME_PARTICLES.contains(t.text()) && j + 1 < toks.size() && startsUpper(toks.get(j + 1))
                && startsUpper(prev) && toks.get(j + 1).pos().matches("PROPN|NOUN|ADJ")) {
            return true; // "Luiz Inacio Lula da Silva", "Hamad bin Khalid Al Marri"
        }
        if ((t.isProperNoun() || t.pos().matches("ADJ|NOUN") && Character.isUpperCase(t.text().charAt(0)))
                && Character.isLetter(t.text().charAt(0))) {
            return Character.isUpperCase(t.text().charAt(0)) || glued;
        }
        if (startsUpper(t) && Character.isLetter(t.text().charAt(0)) && t.text().length() > 2 && !CUES.is("not-name", t.text())
                && !CUES.is("month", t.text()) && startsUpper(prev) && j + 1 < toks.size() && startsUpper(toks.get(j + 1))) {
            return true; // "Overseas Workers Welfare Board": the tagger's AUX or PRON for a capital between capitals
        }
        if (j > 1 && startsUpper(t) && startsUpper(prev) && Character.isLetter(t.text().charAt(0))
                && Character.isLetter(prev.text().charAt(0)) && t.text().length() > 2 && !CUES.is("not-name", t.text())
                && !CUES.is("month", t.text()) && t.pos().matches("AUX|PRON|VERB|ADV") && prev.pos().matches("PROPN|NOUN")) {
            return true; // "Zulkifli Hasan said": the tagger's AUX for a surname after a given name
        }
        if (t.lower().equals("based") || t.lower().equals("-based")
                || t.text().equals("-") && j + 1 < toks.size() && toks.get(j + 1).lower().equals("based")) {
            return false; // "Lagos-based": the name ends before the hyphen
        }
        if (glued && (t.text().equals("-") || t.text().equals(".") || t.text().startsWith("-"))
                || glued && prev.text().equals("-")
                || glued && prev.text().endsWith("-") && Character.isLetter(t.text().charAt(0))) { // "Seo-" "yeon"
            return true; // "Sung-lac", "Jong-un", "Maj."
        }
        if (t.lower().equals("and") && orgHeadEndsNext(toks, j)) {
            return true; // "Verification and Inspection Mechanism": the organization word comes after "and"
        }
        if (t.lower().equals("and") && !orgHeadNear(toks, j) || t.lower().equals("and") && !orgHeadBefore(toks, j)) {
            return false; // "Kamikawa and Defense Minister Kihara" are two names; "Ministry of Trade and Industry" one
        }
        if ((t.lower().equals("of") || t.lower().equals("for")) && j + 1 < toks.size() && startsUpper(toks.get(j + 1))
                && toks.get(j + 1).pos().matches("PROPN|NOUN|ADJ") && orgHeadBefore(toks, j)) {
            return true; // "Andean Institute of Strategic Studies": the tagger calls "Strategic" an adjective
        }
        return NAME_CONNECTORS.contains(t.lower()) && j + 1 < toks.size() && toks.get(j + 1).isProperNoun()
                && Character.isUpperCase(toks.get(j + 1).text().charAt(0));
    }

    private static boolean startsUpper(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
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

    /** The capitalized words after position j end in an organization word, and none is a person's title. */
    private static boolean orgHeadEndsNext(List<Token> toks, int j) {
        int last = -1;
        for (int k = j + 1; k < toks.size() && startsUpper(toks.get(k)) && Character.isLetter(toks.get(k).text().charAt(0)); k++) {
            if (isTitle(toks.get(k))) {
                return false;
            }
            last = k;
        }
        return last > j + 1 && j > 0 && startsUpper(toks.get(j - 1)) && CUES.is("org-head", bare(toks.get(last).text()));
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
        private final Map<String, Entity> byName = new LinkedHashMap<>();
        /** For each surname, the people of the article who bear it, with where each was first named. */
        private final Map<String, List<Introduced>> bySurname = new HashMap<>();

        private record Introduced(Entity person, int at) {
        }

        private void bear(String surname, Entity person, int at) {
            List<Introduced> bearers = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
            if (bearers.stream().noneMatch(x -> x.person().equals(person))) {
                bearers.add(new Introduced(person, at));
            }
        }

        void personSeen(CatalogEntry e, int at) {
            if (e.surname() != null) {
                bear(e.surname(), e.entity(), at);
            }
            String[] words = e.label().split("\\s+");
            boolean arabic = List.of(words).stream().anyMatch(w -> w.matches("(?i)bin|bint|ibn|al|al-.*"));
            if (arabic && words.length > 2) {
                bear(words[0], e.entity(), at); // "Sheikh Tamim": Gulf rulers go by their given name
            }
        }

        void personSeen(Entity person, String name, int at) {
            String[] words = name.split("\\s+");
            if (words.length > 1) {
                bear(words[words.length - 1], person, at);
                if (!NAME_PARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
                    bear(words[0], person, at); // family name first: "Liu Wenbo" ... "Mr. Liu"
                }
                // compound family names: "Al Marri", "da Silva", "bin Khalid Al Marri"
                for (int k = 1; k < words.length - 1; k++) {
                    bear(String.join(" ", List.of(words).subList(k, words.length)), person, at);
                }
            }
        }

        /**
         * The person a bare surname at offset {@code at} names: the only bearer the article has named, or, when it
         * names several ("Kim Jong-un" ... "Kim Yeon-woo, an analyst" ... "Kim said"), the one named last before it.
         */
        Entity bySurname(String word, int at) {
            List<Introduced> bearers = bySurname.get(word);
            if (bearers == null || bearers.isEmpty()) {
                return null;
            }
            Introduced best = null;
            for (Introduced x : bearers) {
                if (x.at() <= at && (best == null || x.at() > best.at())) {
                    best = x;
                }
            }
            return (best != null ? best : bearers.get(0)).person();
        }

        /** Names the cue words typed in this article, so a later bare repetition is the same entity. */
        private final Map<String, Entity> typed = new HashMap<>();
        /** Runs of capitals no cue typed (entity null), for a later sentence that types the name. */
        private final List<EntityMention> untyped = new ArrayList<>();

        void typedAs(String name, Entity entity) {
            typed.putIfAbsent(name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), entity);
        }

        Entity typed(String name) {
            return typed.get(name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }

        /** One entity per name within the article; a catalog entry of the same name and type wins. */
        Entity entityFor(EntityType type, String name, Catalog catalog) {
            String cleaned = name.replaceAll("\\s+", " ").strip();
            if (cleaned.equals(cleaned.toUpperCase(Locale.ROOT)) && cleaned.length() > 3) {
                // "GUATEMALA CITY —": a catalog name set in capitals is still the catalog's entity
                for (CatalogEntry entry : catalog.entries()) {
                    if (entry.type() == type && entry.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(cleaned))) {
                        return entry.entity();
                    }
                }
            }
            return byName.computeIfAbsent(type + "|" + cleaned.toLowerCase(Locale.ROOT),
                    k -> new Entity(type.name().toLowerCase(Locale.ROOT) + "-" + slug(cleaned), type, cleaned, null));
        }
    }
}
