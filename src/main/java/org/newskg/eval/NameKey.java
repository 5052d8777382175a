package org.newskg.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparison key of a name: lower case, accents dropped, the word "the" dropped, and every character
 * that is not a letter or a digit removed, so "Mr.\n\nKim" equals "Mr. Kim" and "the Kremlin" equals
 * "Kremlin".
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern THE = Pattern.compile("(?<![\\p{L}\\p{N}])the(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The key of one name; empty when nothing is left (a bare "the"). */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = THE.matcher(s).replaceAll(" ");
        return NOT_ALNUM.matcher(s).replaceAll("");
    }

    /** The non-empty keys of several names. */
    public static Set<String> of(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            String k = of(n);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }
}
