package org.oujiang.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oujiang.nlp.CharTrie;

/**
 * The word lists the figure extractor runs on, read from {@code ontology/lexicon/figures-*.tsv}
 * (formats in {@code ontology/lexicon/README.md}, section "figures"). Needs the lexicon directory;
 * gives longest-match lookups of units, change words and period words, and word sets by role. Immutable.
 */
final class FigureLexicon {
    /** A unit as written, its base unit and the multiplier from one to the other. */
    record Unit(String written, String base, BigDecimal multiplier, List<String> impliedBy) {
    }

    /** A period word: kind (year, span, quarter, half, quarters, months, whole) and its argument. */
    record PeriodWord(String word, String kind, String arg) {
    }

    private final List<Unit> units = new ArrayList<>();
    /** The units by first character, longest first as in {@link #units}: asked after every number. */
    private final Map<Character, Unit[]> unitsByFirst = new HashMap<>();
    private final Map<String, Integer> changes = new HashMap<>();
    private final Map<String, PeriodWord> periods = new HashMap<>();
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Map<String, String[]> arrays = new java.util.concurrent.ConcurrentHashMap<>();
    private int maxChange;
    /** Change and period words, and tries of them: the longest one starting at a place is asked everywhere. */
    private final List<String> changeWords;
    private final CharTrie changeTrie;
    private final List<String> periodWords;
    private final CharTrie periodTrie;
    /** Last characters of change words (a BitSet: a Set of Character boxes every character asked about). */
    private final java.util.BitSet changeLasts = new java.util.BitSet();

    FigureLexicon(Path lexiconDir) {
        for (String[] r : rows(lexiconDir.resolve("figures-units.tsv"), 3)) {
            List<String> implied = r.length > 3 && !r[3].isEmpty() ? List.of(r[3].split(",")) : List.of();
            units.add(new Unit(r[0], r[1], new BigDecimal(r[2]), implied));
        }
        units.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
        Map<Character, List<Unit>> byFirst = new HashMap<>();
        units.forEach(u -> byFirst.computeIfAbsent(u.written().charAt(0), c -> new ArrayList<>()).add(u));
        byFirst.forEach((c, list) -> unitsByFirst.put(c, list.toArray(new Unit[0])));
        for (String[] r : rows(lexiconDir.resolve("figures-changes.tsv"), 2)) {
            changes.put(r[0], "-".equals(r[1]) ? -1 : "+".equals(r[1]) ? 1 : 0);
            maxChange = Math.max(maxChange, r[0].length());
            changeLasts.set(r[0].charAt(r[0].length() - 1));
        }
        for (String[] r : rows(lexiconDir.resolve("figures-periods.tsv"), 2)) {
            periods.put(r[0], new PeriodWord(r[0], r[1], r.length > 2 ? r[2] : ""));
        }
        this.changeWords = List.copyOf(changes.keySet());
        this.changeTrie = new CharTrie(changeWords);
        this.periodWords = List.copyOf(periods.keySet());
        this.periodTrie = new CharTrie(periodWords);
        for (String[] r : rows(lexiconDir.resolve("figures-words.tsv"), 2)) {
            roles.computeIfAbsent(r[1], k -> new HashSet<>()).add(r[0]);
        }
    }

    private static List<String[]> rows(Path file, int minFields) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read figure lexicon " + file, e);
        }
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < minFields || f[0].isEmpty()) {
                throw new IllegalArgumentException(file + ": expected " + minFields + " tab-separated fields: " + line);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            out.add(f);
        }
        return out;
    }

    /** The longest unit written at {@code pos} of {@code s}. */
    Optional<Unit> unitAt(String s, int pos) {
        Unit[] here = pos < s.length() ? unitsByFirst.get(s.charAt(pos)) : null;
        for (int i = 0; here != null && i < here.length; i++) {
            if (s.startsWith(here[i].written(), pos)) {
                return Optional.of(here[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * The unit implied by a bare multiplier ({@code 1723亿}, {@code 12.4万}): the first unit starting with
     * {@code multiplier} whose implied-by words occur in {@code context}.
     */
    Optional<Unit> implied(char multiplier, String context) {
        for (Unit u : units) {
            if (u.written().charAt(0) == multiplier && u.impliedBy().stream().anyMatch(context::contains)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The longest change word starting at {@code pos}, or null. */
    String changeAt(String s, int pos) {
        int k = changeTrie.longestAt(s, pos, s.length(), Integer.MAX_VALUE);
        return k < 0 ? null : changeWords.get(k);
    }

    /** The longest change word ending at {@code end}, or null. */
    String changeEndingAt(String s, int end) {
        if (end <= 0 || end > s.length() || !changeLasts.get(s.charAt(end - 1))) {
            return null; // no change word ends with this character: spares a substring per length
        }
        for (int len = Math.min(maxChange, end); len >= 1; len--) {
            if (changes.containsKey(s.substring(end - len, end))) {
                return s.substring(end - len, end);
            }
        }
        return null;
    }

    int sign(String changeWord) {
        return changes.getOrDefault(changeWord, 1);
    }

    /** The longest period word starting at {@code pos}, or null. */
    PeriodWord periodAt(String s, int pos) {
        int k = periodTrie.longestAt(s, pos, s.length(), Integer.MAX_VALUE);
        return k < 0 ? null : periods.get(periodWords.get(k));
    }

    /** Words of one role of {@code figures-words.tsv} (lead, comparison, approx, attributive). */
    Set<String> words(String role) {
        return roles.getOrDefault(role, Set.of());
    }

    /** The same words as an array, for the tests asked about every number (iterating a set costs more). */
    String[] wordArray(String role) {
        return arrays.computeIfAbsent(role, r -> words(r).toArray(String[]::new));
    }
}
