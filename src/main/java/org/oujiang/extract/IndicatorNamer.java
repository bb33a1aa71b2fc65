package org.oujiang.extract;

import java.util.ArrayList;
import java.util.List;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.GazetteerEntry;
import org.oujiang.nlp.CharTrie;
import org.oujiang.nlp.EntityType;
import org.oujiang.rdf.Iris;

/**
 * Names the indicator of a figure from the clause before it. Needs the gazetteer (indicator scheme) and the
 * figure lexicon; gives a scheme concept when the clause ends in one of its names (longest match), else a
 * label minted from the clause's head words with time words, region names and fillers stripped.
 */
final class IndicatorNamer {
    /** An indicator: IRI and label. */
    record Named(String iri, String label) {
    }

    private static final int MAX_NAME = 16;
    private static final int MAX_LABEL = 24;
    private static final String QUOTES = "“”‘’\"'「」『』《》";
    /** Indicator names of the scheme, the entry a lookup by each name gives first, and a trie of the names. */
    private final List<String> indicatorNames = new ArrayList<>();
    private final List<GazetteerEntry> indicators = new ArrayList<>();
    private final CharTrie indicatorTrie;
    /** Length of the longest indicator name, at most {@link #MAX_NAME}: longer substrings need no lookup. */
    private final int maxName;
    private final FigureLexicon lexicon;
    /** First and last characters of the lead and approx words. */
    private final java.util.BitSet leadEdges = new java.util.BitSet();
    /**
     * The lead then the approx words, in the order stripLead tries them (each set's own order): looked up once,
     * and an array, as stripLead runs for every figure and iterating the sets cost more than the comparisons.
     */
    private final String[] leadAndApprox;
    /** The first and the last character of each of {@link #leadAndApprox}. */
    private final char[] leadFirsts;
    private final char[] leadLasts;

    IndicatorNamer(Gazetteer gazetteer, FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.leadAndApprox = java.util.stream.Stream.of("lead", "approx").flatMap(r -> lexicon.words(r).stream())
                .toArray(String[]::new);
        this.leadFirsts = new char[leadAndApprox.length];
        this.leadLasts = new char[leadAndApprox.length];
        for (int k = 0; k < leadAndApprox.length; k++) {
            leadFirsts[k] = leadAndApprox[k].charAt(0);
            leadLasts[k] = leadAndApprox[k].charAt(leadAndApprox[k].length() - 1);
        }
        for (String role : List.of("lead", "approx")) {
            for (String w : lexicon.words(role)) {
                leadEdges.set(w.charAt(0));
                leadEdges.set(w.charAt(w.length() - 1));
            }
        }
        // Indexed once: name() looks for a name at every place of every clause; a trie walks each place once,
        // where trying every length cut a substring and hashed it each time.
        int longest = 0;
        for (String n : gazetteer.names()) {
            List<GazetteerEntry> hits = gazetteer.lookup(n, EntityType.INDICATOR);
            if (!hits.isEmpty() && n.length() >= 2) { // names are looked for from two characters on
                indicatorNames.add(n);
                indicators.add(hits.get(0));
                longest = Math.max(longest, n.length());
            }
        }
        this.indicatorTrie = new CharTrie(indicatorNames);
        this.maxName = Math.min(MAX_NAME, longest);
    }

    /**
     * The indicator named by {@code clause} (text before the number, with period words and entity names
     * already blanked out as spaces), or null when the clause names none.
     */
    Named name(String clause, boolean rate) {
        String head = clean(clause);
        if (head.isEmpty() || isChange(head)) {
            return null;
        }
        GazetteerEntry best = null;
        int bestEnd = -1;
        for (int i = 0; i < head.length(); i++) {
            int k = indicatorTrie.longestAt(head, i, head.length(), maxName);
            if (k >= 0 && i + indicatorNames.get(k).length() > bestEnd) {
                best = indicators.get(k);
                bestEnd = i + indicatorNames.get(k).length();
            }
        }
        if (best != null && !rate && stripLead(head.substring(bestEnd)).isEmpty()) {
            return new Named(best.iri(), best.label());
        }
        if (best != null && rate && isChange(head.substring(bestEnd))) {
            return minted(best.label() + "增速");
        }
        String core = withoutChange(head);
        if (rate && !core.equals(head) && !core.isEmpty()) {
            return minted(shorten(core) + "增速");
        }
        return minted(shorten(head));
    }

    /** The label without its trailing change word and the fillers around it (产值同比增长 → 产值). */
    private String withoutChange(String head) {
        String w = lexicon.changeEndingAt(head, head.length());
        return w == null ? head : stripLead(head.substring(0, head.length() - w.length()));
    }

    /** The growth-rate indicator of a level indicator ("地区生产总值" → "地区生产总值增速"). */
    Named rateOf(Named level) {
        String l = level.label();
        return l.endsWith("增速") || lexicon.changeEndingAt(l, l.length()) != null ? level : minted(l + "增速");
    }

    static Named minted(String label) {
        return new Named(Iris.indicator(label), label);
    }

    private boolean isChange(String rest) {
        String r = stripLead(rest);
        return r.isEmpty() || lexicon.changeAt(r, 0) != null && lexicon.changeAt(r, 0).length() == r.length()
                || r.startsWith("年均") || r.startsWith("增速");
    }

    /**
     * Drops blanks, digits, punctuation and the lead/approx words at both ends: quotes out, then a trailing run
     * of [\\s\\p{P}\\p{S}0-9] off, everything up to the last blank off, a leading run off. Done by hand: as
     * regexes this ran for every clause before every figure.
     */
    private String clean(String clause) {
        String s = stripTrailing(withoutQuotes(clause));
        int cut = Math.max(s.lastIndexOf(' '), s.lastIndexOf('　'));
        s = s.substring(cut + 1);
        int b = 0;
        while (b < s.length() && stripped(s.codePointAt(b))) {
            b += Character.charCount(s.codePointAt(b));
        }
        return stripLead(s.substring(b));
    }

    private static String withoutQuotes(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            boolean quote = QUOTES.indexOf(s.charAt(i)) >= 0;
            if (quote && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!quote && sb != null) {
                sb.append(s.charAt(i));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Without its trailing run of stripped characters, as the regex {@code [\\s\\p{P}\\p{S}0-9]+$} would. */
    private static String stripTrailing(String s) {
        if (s.indexOf('\u0085') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0) {
            // '$' also matches before a final line terminator; these are not stripped, so keep the regex's own answer
            return s.replaceAll("[\\s\\p{P}\\p{S}0-9]+$", "");
        }
        int e = s.length();
        while (e > 0 && stripped(s.codePointBefore(e))) {
            e -= Character.charCount(s.codePointBefore(e));
        }
        return s.substring(0, e);
    }

    /** Matches [\\s\\p{P}\\p{S}0-9] (Java's \\s is ASCII whitespace only). */
    private static boolean stripped(int cp) {
        if (cp >= '0' && cp <= '9' || cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private String stripLead(String s) {
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            if (!leadEdges.get(s.charAt(0)) && !leadEdges.get(s.charAt(s.length() - 1))) {
                break; // no word can start or end s, so this pass would change nothing
            }
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            for (int k = 0; k < leadAndApprox.length; k++) {
                if (leadFirsts[k] != first && leadLasts[k] != last) {
                    continue; // neither starts nor ends s: two comparisons of chars read once
                }
                String w = leadAndApprox[k];
                if (s.startsWith(w)) {
                    s = s.substring(w.length());
                    changed = true;
                }
                if (s.endsWith(w)) {
                    s = s.substring(0, s.length() - w.length());
                    changed = true;
                }
                if (s.isEmpty()) {
                    break;
                }
                first = s.charAt(0);
                last = s.charAt(s.length() - 1);
            }
        }
        return s;
    }

    private static String shorten(String s) {
        int de = s.lastIndexOf('的');
        if (s.length() > MAX_LABEL && de > 0 && de < s.length() - 2) {
            s = s.substring(de + 1);
        }
        return s.length() > MAX_LABEL ? s.substring(s.length() - MAX_LABEL) : s;
    }
}
