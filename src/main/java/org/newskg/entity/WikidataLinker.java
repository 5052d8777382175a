package org.newskg.entity;

import java.net.URI;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links a name the catalog does not know to a Wikidata item, online: {@code wbsearchentities} finds
 * candidates by name, {@code wbgetentities} fetches their claims, and each candidate is scored on the
 * evidence the article gives. A link is made only when the best candidate is confident enough and clearly
 * better than the runner-up; otherwise the entity stays as it was (an unlinked entity is better than a wrong
 * link, which would merge it with a stranger across all articles).
 *
 * <p>Scoring, capped at 1: the name is the candidate's English label (+{@value #LABEL_MATCH}) or one of its
 * aliases (+{@value #ALIAS_MATCH}), else only a search hit (+{@value #SEARCH_HIT}); the item's P31 fits our
 * class (+{@value #TYPE_FIT}; a misfit is out); its country (P27 for people, P17 otherwise) is a state the
 * article mentions (+{@value #COUNTRY_FIT}) or, when it has one and the article names states, none of them
 * ({@value #COUNTRY_MISFIT}); its description names such a state or its people (+{@value #DESCRIPTION_STATE})
 * and a word typical of the class (+{@value #DESCRIPTION_KEYWORD}). An item that began after the article's
 * date (born, founded) is out. Name, type and nothing else stays below the default threshold on purpose: a
 * bare name match is how namesakes get merged.
 *
 * <p>Never throws for lookup failures and never fails extraction: see {@link WikidataApi}. Thread-safe.
 */
public final class WikidataLinker {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataLinker.class);

    public static final URI DEFAULT_BASE_URL = URI.create("https://www.wikidata.org");
    public static final Path DEFAULT_CACHE_DIR = Path.of("data", "wikidata-cache");
    public static final double DEFAULT_THRESHOLD = 0.7;
    public static final double DEFAULT_MARGIN = 0.15;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    static final double LABEL_MATCH = 0.40;
    static final double ALIAS_MATCH = 0.30;
    static final double SEARCH_HIT = 0.10;
    static final double TYPE_FIT = 0.25;
    static final double COUNTRY_FIT = 0.25;
    static final double COUNTRY_MISFIT = -0.10;
    static final double DESCRIPTION_STATE = 0.10;
    static final double DESCRIPTION_KEYWORD = 0.05;

    /**
     * How the linker reaches Wikidata and how sure it must be.
     *
     * @param baseUrl the Wikibase site, e.g. https://www.wikidata.org (the API is at {base}/w/api.php)
     * @param cacheDir where answers are kept, one JSON file per request; null for no cache
     * @param threshold the least score a link needs, in [0,1]
     * @param margin how far the best candidate must be ahead of the second
     * @param timeout for connecting and for each request
     */
    public record Settings(URI baseUrl, Path cacheDir, double threshold, double margin, Duration timeout) {
        public Settings {
            if (baseUrl == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
                throw new IllegalArgumentException("the Wikidata URL must be http(s): " + baseUrl);
            }
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0,1]: " + threshold);
            }
            if (!(margin >= 0)) {
                throw new IllegalArgumentException("margin must not be negative: " + margin);
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_BASE_URL, DEFAULT_CACHE_DIR, DEFAULT_THRESHOLD, DEFAULT_MARGIN, DEFAULT_TIMEOUT);
        }

        public Settings withBaseUrl(URI url) {
            return new Settings(url, cacheDir, threshold, margin, timeout);
        }

        public Settings withCacheDir(Path dir) {
            return new Settings(baseUrl, dir, threshold, margin, timeout);
        }

        public Settings withThreshold(double t) {
            return new Settings(baseUrl, cacheDir, t, margin, timeout);
        }

        public Settings withMargin(double m) {
            return new Settings(baseUrl, cacheDir, threshold, m, timeout);
        }

        public Settings withTimeout(Duration t) {
            return new Settings(baseUrl, cacheDir, threshold, margin, t);
        }
    }

    /** Why a name was or was not linked. */
    public enum Outcome {
        LINKED, NOT_LINKABLE, NO_CANDIDATES, NO_FIT, BELOW_THRESHOLD, AMBIGUOUS, UNAVAILABLE
    }

    /**
     * One candidate item and what counted for and against it.
     *
     * @param eligible false when it cannot be the entity (wrong type, did not exist yet); its score is then 0
     */
    public record ScoredCandidate(String qid, String label, String description, double score, boolean eligible,
                                  List<String> evidence) {
        public ScoredCandidate {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The linker's answer for one name: every candidate, best first, and the one chosen if any.
     */
    public record LinkDecision(String name, EntityType type, Outcome outcome, List<ScoredCandidate> candidates) {
        public LinkDecision {
            candidates = List.copyOf(candidates);
        }

        public Optional<ScoredCandidate> chosen() {
            return outcome == Outcome.LINKED ? Optional.of(candidates.get(0)) : Optional.empty();
        }
    }

    private final Settings settings;
    private final WikidataTypes types;
    private final WikidataApi api;
    private final AtomicLong lookups = new AtomicLong();
    private final AtomicLong links = new AtomicLong();

    public WikidataLinker(Settings settings) {
        this(settings, WikidataTypes.loadDefault());
    }

    public WikidataLinker(Settings settings, WikidataTypes types) {
        this.settings = settings;
        this.types = types;
        this.api = new WikidataApi(settings.baseUrl(), settings.cacheDir(), settings.timeout());
    }

    public Settings settings() {
        return settings;
    }

    /** HTTP requests made so far (cache hits make none). */
    public long httpRequests() {
        return api.requests();
    }

    /** Answers served from the disk cache so far. */
    public long cacheHits() {
        return api.cacheHits();
    }

    /** Names looked up so far. */
    public long lookups() {
        return lookups.get();
    }

    /** Names linked so far. */
    public long links() {
        return links.get();
    }

    /** One line for the end of a run: what was looked up, linked, asked and found in the cache. */
    public String summary() {
        return String.format(Locale.ROOT, "Wikidata linking: %d of %d name(s) linked; %d request(s) to %s, "
                + "%d answer(s) from the cache%s", links(), lookups(), httpRequests(), settings.baseUrl(), cacheHits(),
                settings.cacheDir() == null ? "" : " in " + settings.cacheDir());
    }

    /**
     * The entity linked to Wikidata: key and wikidataId the QID, the same type, the item's English label
     * (else {@code name}); empty when the entity is already linked, is a treaty, or no candidate is good enough.
     */
    public Optional<Entity> link(Entity entity, String name, LinkContext context) {
        if (entity.wikidataId() != null) {
            return Optional.empty();
        }
        LinkDecision d = decide(entity.type(), name, context);
        return d.chosen().map(c -> new Entity(c.qid(), entity.type(),
                c.label() == null || c.label().isBlank() ? name : c.label(), c.qid()));
    }

    /** Looks {@code name} up and scores every candidate for an entity of {@code type}. Never throws. */
    public LinkDecision decide(EntityType type, String name, LinkContext context) {
        String query = name == null ? "" : name.replaceAll("\\s+", " ").strip().replaceFirst("(?i)^the ", "");
        if (type == EntityType.Treaty || query.isEmpty()) {
            return new LinkDecision(name, type, Outcome.NOT_LINKABLE, List.of());
        }
        lookups.incrementAndGet();
        try {
            LinkDecision d = lookUp(type, query, context == null ? LinkContext.none() : context);
            if (d.outcome() == Outcome.LINKED) {
                links.incrementAndGet();
            }
            LOG.debug("Wikidata {} {} '{}': {}", d.outcome(), type, query, d.candidates().stream()
                    .map(c -> c.qid() + "=" + String.format(Locale.ROOT, "%.2f", c.score())).toList());
            return d;
        } catch (RuntimeException e) {
            // an answer in an unexpected shape: the entity stays unlinked, extraction goes on
            LOG.warn("Wikidata answer for '{}' not understood ({}); left unlinked", query, e.toString());
            return new LinkDecision(name, type, Outcome.UNAVAILABLE, List.of());
        }
    }

    private LinkDecision lookUp(EntityType type, String name, LinkContext context) {
        Optional<JsonObject> search = api.get(api.searchUrl(name));
        if (search.isEmpty()) {
            return new LinkDecision(name, type, Outcome.UNAVAILABLE, List.of());
        }
        List<String> ids = new ArrayList<>();
        JsonValue hits = search.get().get("search");
        if (hits != null && hits.isArray()) {
            for (JsonValue hit : hits.getAsArray()) {
                String id = string(hit, "id");
                if (id != null && id.matches("Q[1-9][0-9]*") && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        if (ids.isEmpty()) {
            return new LinkDecision(name, type, Outcome.NO_CANDIDATES, List.of());
        }
        Optional<JsonObject> entities = api.get(api.entitiesUrl(ids));
        if (entities.isEmpty()) {
            return new LinkDecision(name, type, Outcome.UNAVAILABLE, List.of());
        }
        JsonValue items = entities.get().get("entities");
        List<ScoredCandidate> scored = new ArrayList<>();
        for (String id : ids) {
            JsonValue item = items != null && items.isObject() ? items.getAsObject().get(id) : null;
            if (item == null || !item.isObject() || item.getAsObject().hasKey("missing")) {
                continue;
            }
            scored.add(score(Item.of(id, item.getAsObject()), type, name, context));
        }
        scored.sort(Comparator.comparingDouble(ScoredCandidate::score).reversed());
        return new LinkDecision(name, type, choose(scored), scored);
    }

    private Outcome choose(List<ScoredCandidate> scored) {
        List<ScoredCandidate> eligible = scored.stream().filter(ScoredCandidate::eligible).toList();
        if (eligible.isEmpty()) {
            return scored.isEmpty() ? Outcome.NO_CANDIDATES : Outcome.NO_FIT;
        }
        ScoredCandidate best = eligible.get(0);
        if (best.score() < settings.threshold()) {
            return Outcome.BELOW_THRESHOLD;
        }
        if (eligible.size() > 1 && best.score() - eligible.get(1).score() < settings.margin()) {
            return Outcome.AMBIGUOUS;
        }
        return Outcome.LINKED;
    }

    private ScoredCandidate score(Item item, EntityType type, String name, LinkContext context) {
        List<String> evidence = new ArrayList<>();
        boolean fits = types.fits(type, item.claimIds("P31"), item.has("P625"), item.has("P17"));
        if (!fits) {
            evidence.add("type: P31 " + item.claimIds("P31") + " is not a " + type);
            return new ScoredCandidate(item.id, item.label, item.description, 0, false, evidence);
        }
        String startProperty = types.startProperty(type);
        LocalDate start = startProperty == null ? null : item.earliestDate(startProperty);
        if (start != null && context.date() != null && start.isAfter(context.date())) {
            evidence.add("date: " + startProperty + " " + start + " is after the article (" + context.date() + ")");
            return new ScoredCandidate(item.id, item.label, item.description, 0, false, evidence);
        }
        double score = TYPE_FIT;
        evidence.add("type fits " + type);
        String wanted = normalize(name);
        if (wanted.equals(normalize(item.label))) {
            score += LABEL_MATCH;
            evidence.add("label match");
        } else if (item.aliases.stream().anyMatch(a -> wanted.equals(normalize(a)))) {
            score += ALIAS_MATCH;
            evidence.add("alias match");
        } else {
            score += SEARCH_HIT;
            evidence.add("search hit only");
        }
        String countryProperty = types.countryProperty(type);
        if (countryProperty != null && !context.stateQids().isEmpty()) {
            Set<String> countries = item.claimIds(countryProperty);
            if (countries.stream().anyMatch(context.stateQids()::contains)) {
                score += COUNTRY_FIT;
                evidence.add("country fits (" + countryProperty + ")");
            } else if (!countries.isEmpty()) {
                score += COUNTRY_MISFIT;
                evidence.add("country " + countries + " not among the article's states");
            }
        }
        String description = " " + normalize(item.description) + " ";
        if (context.stateWords().stream().anyMatch(w -> description.contains(" " + w + " "))) {
            score += DESCRIPTION_STATE;
            evidence.add("description names an article state");
        }
        if (types.keywords(type).stream().anyMatch(w -> description.contains(" " + w + " "))) {
            score += DESCRIPTION_KEYWORD;
            evidence.add("description keyword");
        }
        score = Math.max(0, Math.min(1, score));
        return new ScoredCandidate(item.id, item.label, item.description, round(score), true, evidence);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Lower-case ASCII words separated by single spaces, so "Zieliński" meets "Zielinski". */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    private static String string(JsonValue v, String key) {
        if (v == null || !v.isObject()) {
            return null;
        }
        JsonValue x = v.getAsObject().get(key);
        return x != null && x.isString() ? x.getAsString().value() : null;
    }

    /** The parts of a wbgetentities item the scoring reads. */
    private record Item(String id, String label, String description, List<String> aliases, JsonObject claims) {
        private static final Pattern WIKIBASE_TIME = Pattern.compile("([+-])(\\d{1,16})-(\\d\\d)-(\\d\\d)T");

        static Item of(String id, JsonObject o) {
            String label = languageValue(o.get("labels"));
            String description = languageValue(o.get("descriptions"));
            List<String> aliases = new ArrayList<>();
            JsonValue all = o.get("aliases");
            if (all != null && all.isObject()) {
                for (String lang : List.of("en", "mul")) {
                    JsonValue list = all.getAsObject().get(lang);
                    if (list != null && list.isArray()) {
                        list.getAsArray().forEach(a -> {
                            String v = string(a, "value");
                            if (v != null) {
                                aliases.add(v);
                            }
                        });
                    }
                }
            }
            JsonValue claims = o.get("claims");
            return new Item(id, label, description, aliases, claims != null && claims.isObject()
                    ? claims.getAsObject() : new JsonObject());
        }

        /** The English value, or the language-neutral one Wikidata now uses for many names. */
        private static String languageValue(JsonValue byLanguage) {
            if (byLanguage == null || !byLanguage.isObject()) {
                return null;
            }
            for (String lang : List.of("en", "mul")) {
                String v = string(byLanguage.getAsObject().get(lang), "value");
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        /** Statements of a property that have a value and are not deprecated. */
        private List<JsonObject> values(String property) {
            List<JsonObject> out = new ArrayList<>();
            JsonValue statements = claims.get(property);
            if (statements == null || !statements.isArray()) {
                return out;
            }
            for (JsonValue st : statements.getAsArray()) {
                if (!st.isObject() || "deprecated".equals(string(st, "rank"))) {
                    continue;
                }
                JsonValue snak = st.getAsObject().get("mainsnak");
                if (snak == null || !"value".equals(string(snak, "snaktype"))) {
                    continue;
                }
                JsonValue dv = snak.getAsObject().get("datavalue");
                if (dv != null && dv.isObject()) {
                    out.add(dv.getAsObject());
                }
            }
            return out;
        }

        boolean has(String property) {
            return !values(property).isEmpty();
        }

        Set<String> claimIds(String property) {
            Set<String> ids = new LinkedHashSet<>();
            for (JsonObject dv : values(property)) {
                JsonValue v = dv.get("value");
                String id = string(v, "id");
                if (id == null && v != null && v.isObject() && v.getAsObject().get("numeric-id") != null
                        && v.getAsObject().get("numeric-id").isNumber()) {
                    id = "Q" + v.getAsObject().get("numeric-id").getAsNumber().value().longValue();
                }
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        }

        /** The earliest date a time property gives ("+1968-04-02T00:00:00Z"; "00" month or day for years). */
        LocalDate earliestDate(String property) {
            LocalDate earliest = null;
            for (JsonObject dv : values(property)) {
                String time = string(dv.get("value"), "time");
                if (time == null) {
                    continue;
                }
                Matcher m = WIKIBASE_TIME.matcher(time);
                if (!m.lookingAt()) {
                    continue;
                }
                long year = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
                if (year < -999_999 || year > 999_999) {
                    continue;
                }
                int month = Math.max(1, Integer.parseInt(m.group(3)));
                int day = Math.max(1, Integer.parseInt(m.group(4)));
                LocalDate d;
                try {
                    d = LocalDate.of((int) year, month, day);
                } catch (DateTimeException e) {
                    continue;
                }
                if (earliest == null || d.isBefore(earliest)) {
                    earliest = d;
                }
            }
            return earliest;
        }
    }
}
