package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word list as a trie and indexed by last character, so "the first word of the list that starts (ends) here"
 * looks only at words that can match. Gives exactly the answer of a scan of the list in its order.
 * {@link #of} keeps one index per list object (lists are compared by identity; at most 256 are kept).
 */
final class WordIndex {
    private static final int MAX_CACHED = 256;
    private static final Map<Identity, WordIndex> CACHE = new ConcurrentHashMap<>();
    private static final String[] NONE = new String[0];

    private final CharTrie byFirst;
    private final CharTable byLast;
    /** True when the list holds an empty word: it matches everywhere, so scans must be kept. */
    final boolean hasEmpty;
    private final List<String> words;

    private WordIndex(List<String> words) {
        this.words = words;
        Map<Character, List<String>> last = new HashMap<>();
        boolean empty = false;
        for (String w : words) {
            if (w.isEmpty()) {
                empty = true;
                continue;
            }
            last.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
        this.byFirst = new CharTrie(words);
        this.byLast = new CharTable(last);
        this.hasEmpty = empty;
    }

    /** The index of {@code words}, or null when the cache is full (callers then scan the list). */
    static WordIndex of(List<String> words) {
        Identity key = new Identity(words);
        WordIndex index = CACHE.get(key);
        if (index == null && CACHE.size() < MAX_CACHED) {
            index = CACHE.computeIfAbsent(key, k -> new WordIndex(words));
        }
        return index;
    }

    /**
     * An index of {@code words} of its own, for a finder that asks at every position of a text: the shared
     * cache of {@link #of} costs a map lookup per question.
     */
    static WordIndex over(List<String> words) {
        return new WordIndex(List.copyOf(words));
    }

    /** The first word (in list order) that starts at {@code begin} in {@code text}, or null. */
    String startingAt(String text, int begin) {
        if (hasEmpty) {
            return Lexicon.scanStartingAt(words, text, begin);
        }
        if (begin < 0 || begin >= text.length()) {
            return null;
        }
        int first = byFirst.firstAt(text, begin);
        return first < 0 ? null : words.get(first);
    }

    /** The first word (in list order) that ends at {@code end} in {@code text}, or null. */
    String endingAt(String text, int end) {
        if (hasEmpty) {
            return Lexicon.scanEndingAt(words, text, end);
        }
        if (end <= 0 || end > text.length()) {
            return null;
        }
        for (String w : byLast.get(text.charAt(end - 1))) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    /**
     * Words by character in pages of 256 characters, made only for the characters words use: asked at nearly
     * every position of every text, two array reads cost less than a HashMap lookup (which boxes every Chinese
     * character into a new Character) or a binary search over the hundreds of first characters of a long list.
     */
    private static final class CharTable {
        private final String[][][] pages = new String[256][][];

        CharTable(Map<Character, List<String>> map) {
            map.forEach((c, list) -> {
                if (pages[c >>> 8] == null) {
                    pages[c >>> 8] = new String[256][];
                }
                pages[c >>> 8][c & 0xFF] = list.toArray(NONE);
            });
        }

        String[] get(char c) {
            String[][] page = pages[c >>> 8];
            String[] words = page == null ? null : page[c & 0xFF];
            return words == null ? NONE : words;
        }
    }

    /** A list compared by identity, not by its contents. */
    private record Identity(List<String> list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }
}
