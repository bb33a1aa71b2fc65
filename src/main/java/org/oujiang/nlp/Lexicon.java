package org.oujiang.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recognition word lists of {@code ontology/lexicon/} (format in its README): one word per line,
 * {@code #} comments. Lists are sorted longest first so the first match is the longest.
 */
public record Lexicon(List<String> companySuffixes, List<String> companyDescriptors, List<String> companyCues,
                      List<String> agencySuffixes, List<String> agencyHeads, Map<String, List<String>> agencies,
                      Map<String, String> agencyAbbreviations, List<String> postTitles, Set<String> speechVerbs,
                      Set<String> surnames, Set<String> personStopwords, List<String> policySuffixes,
                      List<String> industryCues, List<String> policyCues, List<String> clusterCues) {

    /** Loads every list from {@code dir}. */
    public static Lexicon load(Path dir) {
        Map<String, List<String>> agencies = new LinkedHashMap<>();
        for (String line : lines(dir.resolve("agencies.tsv"))) {
            String[] cols = line.split("\t");
            agencies.put(cols[0].strip(), cols.length > 1 ? List.of(cols[1].strip().split("\\|")) : List.of());
        }
        Map<String, String> abbreviations = new LinkedHashMap<>();
        for (String line : lines(dir.resolve("agency-abbreviations.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                abbreviations.put(cols[0].strip(), cols[1].strip());
            }
        }
        return new Lexicon(longestFirst(dir, "company-suffixes.txt"), longestFirst(dir, "company-descriptors.txt"),
                longestFirst(dir, "company-cues.txt"), longestFirst(dir, "agency-suffixes.txt"),
                longestFirst(dir, "agency-heads.txt"), agencies, abbreviations, longestFirst(dir, "post-titles.txt"),
                Set.copyOf(lines(dir.resolve("speech-verbs.txt"))), Set.copyOf(lines(dir.resolve("surnames.txt"))),
                Set.copyOf(lines(dir.resolve("person-stopwords.txt"))), longestFirst(dir, "policy-suffixes.txt"),
                longestFirst(dir, "industry-cues.txt"), longestFirst(dir, "policy-cues.txt"),
                longestFirst(dir, "cluster-cues.txt"));
    }

    private static List<String> longestFirst(Path dir, String file) {
        List<String> words = new ArrayList<>(lines(dir.resolve(file)));
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(words);
    }

    /** Non-empty, non-comment lines of a UTF-8 file, stripped. */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + file, e);
        }
    }

    /** The longest word of {@code words} that {@code text} ends with at {@code end}, or null. */
    public static String endingAt(List<String> words, String text, int end) {
        WordIndex index = WordIndex.of(words);
        return index != null ? index.endingAt(text, end) : scanEndingAt(words, text, end);
    }

    static String scanEndingAt(List<String> words, String text, int end) {
        for (String w : words) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    /** The longest word of {@code words} that starts at {@code begin} in {@code text}, or null. */
    public static String startingAt(List<String> words, String text, int begin) {
        WordIndex index = WordIndex.of(words);
        return index != null ? index.startingAt(text, begin) : scanStartingAt(words, text, begin);
    }

    static String scanStartingAt(List<String> words, String text, int begin) {
        for (String w : words) {
            if (text.startsWith(w, begin)) {
                return w;
            }
        }
        return null;
    }
}
