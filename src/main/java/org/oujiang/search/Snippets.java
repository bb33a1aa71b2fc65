package org.oujiang.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A short window of text around the first hit of any word, every hit in it marked 【like this】. */
final class Snippets {
    static final int BEFORE = 30;
    static final int WIDTH = 90;

    private Snippets() {
    }

    /** The snippet of {@code text} for {@code words} (query terms), or its start when none occurs. */
    static String of(String text, List<String> words) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int first = -1;
        for (String w : words) {
            int i = flat.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - BEFORE);
        int to = Math.min(flat.length(), from + WIDTH);
        String window = flat.substring(from, to);
        return (from > 0 ? "…" : "") + mark(window, words) + (to < flat.length() ? "…" : "");
    }

    /** Marks each occurrence of the words, longest first, without overlapping marks. */
    static String mark(String s, List<String> words) {
        boolean[] hit = new boolean[s.length()];
        List<String> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String w : longestFirst) {
            if (w.isEmpty()) {
                continue;
            }
            for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
                for (int k = i; k < i + w.length(); k++) {
                    hit[k] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (hit[i] && (i == 0 || !hit[i - 1])) {
                sb.append('【');
            }
            sb.append(s.charAt(i));
            if (hit[i] && (i == s.length() - 1 || !hit[i + 1])) {
                sb.append('】');
            }
        }
        return sb.toString();
    }
}
