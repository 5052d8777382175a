package org.newskg.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which Wikidata items fit which of our entity classes, read from {@code entity/wikidata-types.tsv}:
 * accepted P31 values, the property that gives an item's country, the one that says when it began,
 * and description words that support the class.
 */
public final class WikidataTypes {
    public static final String RESOURCE = "/entity/wikidata-types.tsv";

    private final Map<EntityType, Set<String>> p31 = new EnumMap<>(EntityType.class);
    private final Map<EntityType, String> countryProperty = new EnumMap<>(EntityType.class);
    private final Map<EntityType, String> startProperty = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Set<String>> keywords = new EnumMap<>(EntityType.class);

    private WikidataTypes(List<String> lines, String source) {
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = raw.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException(source + ":" + n + ": expected CLASS<TAB>KIND<TAB>VALUE");
            }
            EntityType type = EntityType.parse(f[0]);
            String value = f[2].strip();
            switch (f[1].strip().toLowerCase(Locale.ROOT)) {
                case "p31" -> p31.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(requireId(value, 'Q', source, n));
                case "country" -> countryProperty.put(type, requireId(value, 'P', source, n));
                case "start" -> startProperty.put(type, requireId(value, 'P', source, n));
                case "keyword" -> {
                    for (String w : value.toLowerCase(Locale.ROOT).split("\\s+")) {
                        keywords.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(w);
                    }
                }
                default -> throw new IllegalStateException(source + ":" + n + ": unknown kind " + f[1]);
            }
        }
    }

    private static String requireId(String value, char prefix, String source, int line) {
        if (!value.matches(prefix + "[1-9][0-9]*")) {
            throw new IllegalStateException(source + ":" + line + ": not a " + prefix + "-id: " + value);
        }
        return value;
    }

    private static final class DefaultHolder {
        static final WikidataTypes INSTANCE = fromResource(RESOURCE);
    }

    public static WikidataTypes loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    public static WikidataTypes fromResource(String resource) {
        try (InputStream in = WikidataTypes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            return new WikidataTypes(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Does an item with these P31 values, coordinates or country fit {@code type}? */
    public boolean fits(EntityType type, Collection<String> instanceOf, boolean hasCoordinates, boolean hasCountry) {
        if (type == EntityType.Place) {
            // a location that is neither a person nor a state nor an organization, and is somewhere
            return !anyIn(instanceOf, EntityType.Person) && !anyIn(instanceOf, EntityType.State)
                    && !anyIn(instanceOf, EntityType.Organization) && (hasCoordinates || hasCountry);
        }
        return anyIn(instanceOf, type);
    }

    private boolean anyIn(Collection<String> instanceOf, EntityType type) {
        Set<String> accepted = p31.getOrDefault(type, Set.of());
        return instanceOf.stream().anyMatch(accepted::contains);
    }

    public Set<String> acceptedP31(EntityType type) {
        return Set.copyOf(p31.getOrDefault(type, Set.of()));
    }

    /** The property that gives the item's country for {@code type}, or null. */
    public String countryProperty(EntityType type) {
        return countryProperty.get(type);
    }

    /** The property that says when an item of {@code type} began to exist, or null. */
    public String startProperty(EntityType type) {
        return startProperty.get(type);
    }

    public Set<String> keywords(EntityType type) {
        return keywords.getOrDefault(type, Set.of());
    }
}
