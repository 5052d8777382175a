package org.newskg.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entity catalog: states, organizations, people and places known before any article is read,
 * loaded from the Turtle files under {@code catalog/} on the classpath (listed in {@code catalog/index.txt},
 * because a jar cannot be listed as a directory).
 *
 * <p>Load-time validation fails hard on structural errors (a missing or second label or class, a malformed
 * {@code owl:sameAs}, a Q-key that differs from its sameAs, a role or country pointing at an unknown entry) and
 * only warns about the same alias used by two entries of one type: those are real ambiguities ("Congo"), left
 * to the disambiguation of the extractor.
 */
public final class Catalog {

    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

    public static final String RES = "https://w3id.org/newskg/id/";
    public static final String NKG = "https://w3id.org/newskg/ontology#";
    public static final String CAT = "https://w3id.org/newskg/catalog#";
    public static final String WD = "http://www.wikidata.org/entity/";

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel";
    private static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";

    private static final String INDEX_RESOURCE = "catalog/index.txt";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern NAME_KEY =
            Pattern.compile("(person|state|organization|place|treaty)-[a-z0-9]+(-[a-z0-9]+)*");

    /** Words in front of a title that say when, not what ("then-defense minister", "the new foreign minister"). */
    private static final Set<String> TITLE_QUALIFIERS = Set.of(
            "the", "a", "an", "then", "former", "new", "current", "incoming", "outgoing", "acting", "interim");

    // compiled once: normaliseTitle runs for every title the catalog loads and every office an article names
    private static final Pattern TITLE_DASHES = Pattern.compile("[\\-\u2010\u2011\u2012\u2013\u2014]");
    private static final Pattern TITLE_STOPS = Pattern.compile("[.,;:]");
    private static final Pattern TITLE_SPACES = Pattern.compile("\\s+");

    /** Spelling variants, word by word, so British and American texts meet on one form. */
    private static final Map<String, String> TITLE_SPELLING = Map.of(
            "defense", "defence",
            "advisor", "adviser",
            "spokesperson", "spokesman",
            "spokeswoman", "spokesman",
            "chairperson", "chairman",
            "chairwoman", "chairman");

    /** Whole-title synonyms: different words for the same office. */
    private static final Map<String, String> TITLE_SYNONYMS = Map.ofEntries(
            Map.entry("minister of defence", "defence minister"),
            Map.entry("minister for defence", "defence minister"),
            Map.entry("minister of national defence", "defence minister"),
            Map.entry("national defence minister", "defence minister"),
            Map.entry("defence secretary", "defence minister"),
            Map.entry("secretary of defence", "defence minister"),
            Map.entry("minister of foreign affairs", "foreign minister"),
            Map.entry("minister for foreign affairs", "foreign minister"),
            Map.entry("foreign affairs minister", "foreign minister"),
            Map.entry("foreign secretary", "foreign minister"),
            Map.entry("chief of general staff", "chief of the general staff"),
            Map.entry("chief of the general staff of the armed forces", "chief of the general staff"),
            Map.entry("commander in chief of the armed forces", "commander in chief"),
            Map.entry("supreme leader", "leader"),
            Map.entry("press secretary", "spokesman"),
            Map.entry("pm", "prime minister"),
            Map.entry("vp", "vice president"));

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byKey;
    private final Map<String, List<CatalogEntry>> byAlias;
    private final Map<String, List<CatalogEntry>> byDemonym;
    private final Map<String, List<CatalogEntry>> bySeat;
    private final List<String> warnings;

    private Catalog(List<CatalogEntry> entries, List<String> warnings) {
        this.entries = List.copyOf(entries);
        this.warnings = List.copyOf(warnings);
        Map<String, CatalogEntry> keys = new LinkedHashMap<>();
        Map<String, List<CatalogEntry>> aliases = new HashMap<>();
        Map<String, List<CatalogEntry>> demonyms = new HashMap<>();
        Map<String, List<CatalogEntry>> seats = new HashMap<>();
        for (CatalogEntry e : entries) {
            keys.put(e.key(), e);
            e.aliases().forEach(a -> aliases.computeIfAbsent(surfaceKey(a), k -> new ArrayList<>()).add(e));
            e.demonyms().forEach(d -> demonyms.computeIfAbsent(surfaceKey(d), k -> new ArrayList<>()).add(e));
            e.seats().forEach(s -> seats.computeIfAbsent(surfaceKey(s), k -> new ArrayList<>()).add(e));
        }
        this.byKey = Collections.unmodifiableMap(keys);
        this.byAlias = freeze(aliases);
        this.byDemonym = freeze(demonyms);
        this.bySeat = freeze(seats);
    }

    // ---------------------------------------------------------------- loading

    private static final class DefaultHolder {
        static final Catalog INSTANCE = loadFromClasspath();
    }

    /** The catalog bundled on the classpath, loaded once and shared. */
    public static Catalog loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    private static Catalog loadFromClasspath() {
        ClassLoader loader = Catalog.class.getClassLoader();
        List<String> files = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(INDEX_RESOURCE)) {
            if (index == null) {
                throw new IllegalStateException("catalog index not on the classpath: " + INDEX_RESOURCE);
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX_RESOURCE, e);
        }
        List<Source> sources = new ArrayList<>();
        for (String name : files) {
            String resource = "catalog/" + name;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("catalog file listed in index but missing: " + resource);
                }
                sources.add(new Source(resource, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        Catalog catalog = build(sources);
        LOG.info("Entity catalog loaded: {} entries from {} files ({} warnings)",
                catalog.entries.size(), files.size(), catalog.warnings.size());
        return catalog;
    }

    /**
     * Loads a catalog from Turtle sources, each a {@link Path} or an {@link InputStream} (streams are read fully
     * but not closed). All sources form one graph, so an entry may be split across files.
     *
     * @throws CatalogException when the data break the catalog's rules (all problems are listed)
     */
    public static Catalog load(List<?> sources) {
        List<Source> read = new ArrayList<>();
        int n = 0;
        for (Object s : sources) {
            n++;
            try {
                if (s instanceof Path p) {
                    read.add(new Source(p.toString(), Files.readAllBytes(p)));
                } else if (s instanceof InputStream in) {
                    read.add(new Source("stream #" + n, in.readAllBytes()));
                } else {
                    throw new IllegalArgumentException("catalog source must be a Path or an InputStream: " + s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read catalog source " + s, e);
            }
        }
        return build(read);
    }

    private record Source(String name, byte[] turtle) {
    }

    /** Syntax errors become one problem of the catalog (with the file name), instead of a log line and a throw. */
    private record ThrowingErrorHandler(String source) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("catalog {} line {} col {}: {}", source, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("line " + line + " col " + col + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException("line " + line + " col " + col + ": " + message);
        }
    }

    /** Keeps triples in file order, so aliases come out in the order the curator wrote them. */
    private static final class TripleCollector extends StreamRDFBase {
        final List<Triple> triples = new ArrayList<>();

        @Override
        public void triple(Triple triple) {
            triples.add(triple);
        }

        @Override
        public void quad(Quad quad) {
            triples.add(quad.asTriple());
        }
    }

    private static Catalog build(List<Source> sources) {
        List<String> errors = new ArrayList<>();
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        for (Source source : sources) {
            TripleCollector collector = new TripleCollector();
            try {
                RDFParser.fromString(new String(source.turtle(), StandardCharsets.UTF_8), Lang.TURTLE)
                        .errorHandler(new ThrowingErrorHandler(source.name()))
                        .parse(collector);
            } catch (RiotException e) {
                errors.add(source.name() + ": Turtle syntax error: " + e.getMessage());
                continue;
            }
            for (Triple t : collector.triples) {
                bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            }
        }

        List<CatalogEntry> entries = new ArrayList<>();
        for (Map.Entry<Node, List<Triple>> group : bySubject.entrySet()) {
            Node subject = group.getKey();
            if (subject.isBlank()) {
                continue; // role nodes of cat:holds, read through their owner
            }
            CatalogEntry entry = readEntry(subject, group.getValue(), bySubject, errors);
            if (entry != null) {
                entries.add(entry);
            }
        }

        checkReferences(entries, errors);
        if (!errors.isEmpty()) {
            throw new CatalogException(errors);
        }
        List<String> warnings = duplicateSurfaceWarnings(entries);
        warnings.forEach(w -> LOG.warn("catalog: {}", w));
        entries.sort(Comparator.comparing((CatalogEntry e) -> e.type().ordinal())
                .thenComparing(e -> e.label().toLowerCase(Locale.ROOT))
                .thenComparing(CatalogEntry::key));
        return new Catalog(entries, warnings);
    }

    private static CatalogEntry readEntry(Node subject, List<Triple> triples, Map<Node, List<Triple>> bySubject,
                                          List<String> errors) {
        String iri = subject.isURI() ? subject.getURI() : subject.toString();
        if (!subject.isURI() || !iri.startsWith(RES)) {
            errors.add(iri + ": catalog subjects must be IRIs under " + RES);
            return null;
        }
        String key = iri.substring(RES.length());
        List<EntityType> types = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        LinkedHashSet<String> alt = new LinkedHashSet<>();
        LinkedHashSet<String> demonyms = new LinkedHashSet<>();
        LinkedHashSet<String> seats = new LinkedHashSet<>();
        List<String> surnames = new ArrayList<>();
        List<String> sameAs = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<RoleHolding> roles = new ArrayList<>();

        for (Triple t : triples) {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            switch (p) {
                case RDF_TYPE -> {
                    EntityType type = entityType(o);
                    if (type == null) {
                        errors.add(key + ": unknown class " + o);
                    } else if (!types.contains(type)) {
                        types.add(type);
                    }
                }
                case RDFS_LABEL -> labels.add(literal(key, "rdfs:label", o, errors));
                case SKOS_ALT -> alt.add(literal(key, "skos:altLabel", o, errors));
                case CAT + "demonym" -> demonyms.add(literal(key, "cat:demonym", o, errors));
                case CAT + "seat" -> seats.add(literal(key, "cat:seat", o, errors));
                case CAT + "surname" -> surnames.add(literal(key, "cat:surname", o, errors));
                case CAT + "iso" -> literal(key, "cat:iso", o, errors); // codes are kept in the data only
                case OWL_SAME_AS -> sameAs.add(o.isURI() ? o.getURI() : o.toString());
                case CAT + "country" -> countries.add(resourceKey(key, "cat:country", o, errors));
                case CAT + "holds" -> {
                    RoleHolding role = readRole(key, o, bySubject, errors);
                    if (role != null) {
                        roles.add(role);
                    }
                }
                default -> errors.add(key + ": unexpected property <" + p + ">");
            }
        }

        if (types.size() != 1) {
            errors.add(key + ": needs exactly one nkg class, has " + types);
        }
        if (labels.size() != 1) {
            errors.add(key + ": needs exactly one rdfs:label, has " + labels);
        }
        if (surnames.size() > 1) {
            errors.add(key + ": more than one cat:surname " + surnames);
        }
        if (countries.size() > 1) {
            errors.add(key + ": more than one cat:country " + countries);
        }
        String qid = null;
        if (sameAs.size() > 1) {
            errors.add(key + ": more than one owl:sameAs " + sameAs);
        } else if (sameAs.size() == 1) {
            String target = sameAs.get(0);
            String local = target.startsWith(WD) ? target.substring(WD.length()) : null;
            if (local == null || !QID.matcher(local).matches()) {
                errors.add(key + ": owl:sameAs must be wd:Q<digits>, is <" + target + ">");
            } else {
                qid = local;
            }
        }
        if (QID.matcher(key).matches()) {
            if (!key.equals(qid)) {
                errors.add(key + ": a Wikidata-keyed entry needs owl:sameAs wd:" + key + ", has " + sameAs);
            }
        } else {
            if (!sameAs.isEmpty()) {
                errors.add(key + ": a linked entry must be keyed by its QID (res:" + qid + ")");
            }
            if (!NAME_KEY.matcher(key).matches()) {
                errors.add(key + ": an unlinked key must look like <type>-<slug>");
            } else if (types.size() == 1
                    && !key.startsWith(types.get(0).name().toLowerCase(Locale.ROOT) + "-")) {
                errors.add(key + ": key prefix does not match class " + types.get(0));
            }
        }
        if (types.size() != 1 || labels.size() != 1 || labels.get(0) == null) {
            return null;
        }
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        aliases.add(labels.get(0));
        aliases.addAll(alt);
        aliases.remove(null);
        demonyms.remove(null);
        seats.remove(null);
        Entity entity = new Entity(key, types.get(0), labels.get(0), qid);
        return new CatalogEntry(entity, new ArrayList<>(aliases), new ArrayList<>(demonyms),
                new ArrayList<>(seats), surnames.isEmpty() ? null : surnames.get(0), roles,
                countries.isEmpty() ? null : countries.get(0));
    }

    private static RoleHolding readRole(String owner, Node node, Map<Node, List<Triple>> bySubject,
                                        List<String> errors) {
        List<Triple> props = bySubject.get(node);
        if (props == null) {
            errors.add(owner + ": cat:holds must point at a node with cat:title and cat:of");
            return null;
        }
        String title = null;
        String of = null;
        LocalDate from = null;
        LocalDate to = null;
        for (Triple t : props) {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            switch (p) {
                case CAT + "title" -> title = normaliseTitle(literal(owner, "cat:title", o, errors));
                case CAT + "of" -> of = resourceKey(owner, "cat:of", o, errors);
                case CAT + "from" -> from = date(owner, o, errors);
                case CAT + "to" -> to = date(owner, o, errors);
                default -> errors.add(owner + ": unexpected role property <" + p + ">");
            }
        }
        if (title == null || title.isEmpty() || of == null) {
            errors.add(owner + ": a cat:holds node needs cat:title and cat:of");
            return null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(owner + ": role '" + title + "' ends before it starts");
        }
        return new RoleHolding(title, of, from, to);
    }

    private static EntityType entityType(Node o) {
        if (!o.isURI() || !o.getURI().startsWith(NKG)) {
            return null;
        }
        String local = o.getURI().substring(NKG.length());
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(local)) {
                return t;
            }
        }
        return null;
    }

    private static String literal(String key, String property, Node o, List<String> errors) {
        if (!o.isLiteral()) {
            errors.add(key + ": " + property + " must be a literal, is " + o);
            return null;
        }
        String value = o.getLiteralLexicalForm().strip();
        if (value.isEmpty()) {
            errors.add(key + ": empty " + property);
            return null;
        }
        return value;
    }

    private static String resourceKey(String key, String property, Node o, List<String> errors) {
        if (!o.isURI() || !o.getURI().startsWith(RES)) {
            errors.add(key + ": " + property + " must point at a res: entry, is " + o);
            return null;
        }
        return o.getURI().substring(RES.length());
    }

    private static LocalDate date(String key, Node o, List<String> errors) {
        if (!o.isLiteral()) {
            errors.add(key + ": role date must be a literal, is " + o);
            return null;
        }
        try {
            return LocalDate.parse(o.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            errors.add(key + ": role date is not yyyy-mm-dd: " + o.getLiteralLexicalForm());
            return null;
        }
    }

    private static void checkReferences(List<CatalogEntry> entries, List<String> errors) {
        Map<String, CatalogEntry> keys = new HashMap<>();
        for (CatalogEntry e : entries) {
            keys.put(e.key(), e);
        }
        for (CatalogEntry e : entries) {
            if (e.countryKey() != null) {
                CatalogEntry country = keys.get(e.countryKey());
                if (country == null || country.type() != EntityType.State) {
                    errors.add(e.key() + ": cat:country " + e.countryKey() + " is not a State in the catalog");
                }
            }
            for (RoleHolding r : e.roles()) {
                CatalogEntry of = keys.get(r.ofKey());
                if (of == null) {
                    errors.add(e.key() + ": role '" + r.title() + "' of unknown entry " + r.ofKey());
                } else if (of.type() != EntityType.State && of.type() != EntityType.Organization) {
                    errors.add(e.key() + ": role '" + r.title() + "' of " + r.ofKey()
                            + " which is neither a State nor an Organization");
                }
            }
            if (!e.roles().isEmpty() && e.type() != EntityType.Person) {
                errors.add(e.key() + ": only a Person holds roles");
            }
        }
    }

    /** The same surface form on two entries of one type is ambiguous: worth a warning, not an error. */
    private static List<String> duplicateSurfaceWarnings(List<CatalogEntry> entries) {
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            Set<String> forms = new LinkedHashSet<>();
            forms.addAll(e.aliases());
            forms.addAll(e.demonyms());
            forms.addAll(e.seats());
            for (String form : forms) {
                owners.computeIfAbsent(e.type() + "\u0000" + surfaceKey(form), k -> new LinkedHashSet<>())
                        .add(e.key());
            }
        }
        List<String> warnings = new ArrayList<>();
        owners.forEach((k, keys) -> {
            if (keys.size() > 1) {
                String[] parts = k.split("\u0000", 2);
                warnings.add("'" + parts[1] + "' names " + keys.size() + " " + parts[0] + " entries " + keys);
            }
        });
        return warnings;
    }

    // ---------------------------------------------------------------- queries

    /** All entries, states first, then people, organizations, places, treaties; by label within a type. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** The entry with this key (the IRI local name under res:, e.g. "Q159" or "person-pat-ryder"). */
    public Optional<CatalogEntry> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Entries whose label or altLabel is exactly this surface form (case kept: "US" is not "us"). */
    public List<CatalogEntry> byAlias(String surface) {
        return byAlias.getOrDefault(surfaceKey(surface), List.of());
    }

    /** States whose demonym is this word ("Russian", "North Koreans"). */
    public List<CatalogEntry> byDemonym(String surface) {
        return byDemonym.getOrDefault(surfaceKey(surface), List.of());
    }

    /** States whose seat of government is this name ("Moscow", "the Kremlin"). */
    public List<CatalogEntry> bySeat(String surface) {
        return bySeat.getOrDefault(surfaceKey(surface), List.of());
    }

    /** Ambiguities found while loading (same surface form on two entries of one type). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Who holds (or held) an office of a state or organization.
     *
     * @param title the office as an article words it; normalised first ("Defense Secretary" = "defence minister")
     * @param ofKey catalog key of the state or organization
     * @param at the day that matters (usually the article's date), or null for "now"
     * @return with a date: the people whose span covers it, those with a known start first (latest start first);
     *         without a date: the current holders (no cat:to), latest start first, or when there are none the
     *         holder(s) who left office last
     */
    public List<CatalogEntry> holders(String title, String ofKey, LocalDate at) {
        String wanted = normaliseTitle(title);
        if (wanted == null || ofKey == null) {
            return List.of();
        }
        List<Map.Entry<CatalogEntry, RoleHolding>> matches = new ArrayList<>();
        for (CatalogEntry e : entries) {
            for (RoleHolding r : e.roles()) {
                if (r.title().equals(wanted) && r.ofKey().equals(ofKey)) {
                    matches.add(Map.entry(e, r));
                }
            }
        }
        Comparator<Map.Entry<CatalogEntry, RoleHolding>> latestStart = Comparator.comparing(
                m -> m.getValue().from(), Comparator.nullsLast(Comparator.reverseOrder()));
        List<Map.Entry<CatalogEntry, RoleHolding>> chosen;
        if (at != null) {
            chosen = matches.stream().filter(m -> m.getValue().covers(at)).sorted(latestStart).toList();
        } else {
            chosen = matches.stream().filter(m -> m.getValue().isCurrent()).sorted(latestStart).toList();
            if (chosen.isEmpty()) {
                LocalDate lastEnd = matches.stream().map(m -> m.getValue().to())
                        .max(Comparator.naturalOrder()).orElse(null);
                chosen = matches.stream().filter(m -> m.getValue().to().equals(lastEnd)).toList();
            }
        }
        LinkedHashSet<CatalogEntry> people = new LinkedHashSet<>();
        chosen.forEach(m -> people.add(m.getKey()));
        return List.copyOf(people);
    }

    /**
     * The canonical form of an office title: lower case, hyphens as spaces, leading "the"/"then"/"former"/"new"
     * and similar dropped (callers that care about tense must look at those words before normalising),
     * American spellings made British ("defense" -> "defence"), and synonyms merged ("minister of defense",
     * "defense secretary" -> "defence minister"; "supreme leader" -> "leader"; "press secretary" -> "spokesman").
     */
    public static String normaliseTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
        t = TITLE_DASHES.matcher(t).replaceAll(" ");
        t = TITLE_STOPS.matcher(t).replaceAll(" ").strip();
        List<String> words = new ArrayList<>(List.of(TITLE_SPACES.split(t)));
        while (!words.isEmpty() && TITLE_QUALIFIERS.contains(words.get(0))) {
            words.remove(0);
        }
        words.replaceAll(w -> TITLE_SPELLING.getOrDefault(w, w));
        String joined = String.join(" ", words);
        return TITLE_SYNONYMS.getOrDefault(joined, joined);
    }

    /** Whether {@link #normaliseTitle} drops this word when it leads a title ("former", "the"). */
    static boolean isTitleQualifier(String lowerWord) {
        return TITLE_QUALIFIERS.contains(lowerWord);
    }

    /** The one spelling {@link #normaliseTitle} gives a lower-case word ("defense" -> "defence"). */
    static String titleSpelling(String lowerWord) {
        return TITLE_SPELLING.getOrDefault(lowerWord, lowerWord);
    }

    /** The last step of {@link #normaliseTitle}: whole-title synonyms ("defence secretary" -> "defence minister"). */
    static String titleSynonym(String joinedWords) {
        return TITLE_SYNONYMS.getOrDefault(joinedWords, joinedWords);
    }

    /** The whole-title synonym forms {@link #titleSynonym} knows. */
    static Set<String> titleSynonymForms() {
        return TITLE_SYNONYMS.keySet();
    }

    /** Case-sensitive, but blind to curly quotes, non-breaking and repeated spaces. */
    private static String surfaceKey(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Map<String, List<CatalogEntry>> freeze(Map<String, List<CatalogEntry>> m) {
        Map<String, List<CatalogEntry>> copy = new HashMap<>();
        m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** The catalog data break its rules; the message lists every problem found. */
    public static final class CatalogException extends IllegalStateException {
        private final List<String> problems;

        public CatalogException(List<String> problems) {
            super("invalid entity catalog (" + problems.size() + " problems):\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
