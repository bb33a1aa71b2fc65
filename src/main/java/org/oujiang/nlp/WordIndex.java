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

    private final Trie byFirst;
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
        this.byFirst = new Trie(words);
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

    /**
     * The words as a character trie, each word's end marked with its place in the list (the first place when
     * listed twice): one walk along the text finds every word starting there, where a scan compared each word
     * that shares the first character (dozens for 市 or 局 in long lists).
     */
    private static final class Trie {
        private static final char[] NO_KEYS = new char[0];
        private static final Node[] NO_KIDS = new Node[0];

        private static final class Node {
            char[] keys = NO_KEYS; // sorted
            Node[] kids = NO_KIDS;
            int place = Integer.MAX_VALUE; // list index of the word ending here, if any

            Node child(char c) {
                int i = java.util.Arrays.binarySearch(keys, c);
                return i < 0 ? null : kids[i];
            }

            Node add(char c) {
                int i = java.util.Arrays.binarySearch(keys, c);
                if (i >= 0) {
                    return kids[i];
                }
                i = -i - 1;
                Node n = new Node();
                keys = insert(keys, i, c);
                Node[] k = java.util.Arrays.copyOf(kids, kids.length + 1);
                System.arraycopy(kids, i, k, i + 1, kids.length - i);
                k[i] = n;
                kids = k;
                return n;
            }

            private static char[] insert(char[] a, int i, char c) {
                char[] out = java.util.Arrays.copyOf(a, a.length + 1);
                System.arraycopy(a, i, out, i + 1, a.length - i);
                out[i] = c;
                return out;
            }
        }

        private final Node[][] roots = new Node[256][]; // first level in pages, as CharTable

        Trie(List<String> words) {
            for (int place = 0; place < words.size(); place++) {
                String w = words.get(place);
                if (w.isEmpty()) {
                    continue;
                }
                char c = w.charAt(0);
                if (roots[c >>> 8] == null) {
                    roots[c >>> 8] = new Node[256];
                }
                Node n = roots[c >>> 8][c & 0xFF];
                if (n == null) {
                    n = roots[c >>> 8][c & 0xFF] = new Node();
                }
                for (int i = 1; i < w.length(); i++) {
                    n = n.add(w.charAt(i));
                }
                n.place = Math.min(n.place, place);
            }
        }

        /** The smallest list index of the words starting at {@code begin} in {@code text}, or -1. */
        int firstAt(String text, int begin) {
            char c = text.charAt(begin);
            Node[] page = roots[c >>> 8];
            Node n = page == null ? null : page[c & 0xFF];
            int best = Integer.MAX_VALUE;
            for (int i = begin + 1; n != null; i++) {
                best = Math.min(best, n.place);
                n = i < text.length() ? n.child(text.charAt(i)) : null;
            }
            return best == Integer.MAX_VALUE ? -1 : best;
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
