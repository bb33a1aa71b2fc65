package org.oujiang.nlp;

import java.util.Arrays;
import java.util.List;

/**
 * A character trie over a word list; each word's end holds its place in the list (its first place when listed
 * twice), so one walk along a text finds every word that starts at a position. The first level is an array by
 * character in pages of 256, as it is asked at every position of every text; deeper levels are sorted arrays
 * (a binary search over a few characters costs less than hashing a boxed Character). Immutable once built.
 */
public final class CharTrie {
    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_KIDS = new Node[0];

    private static final class Node {
        char[] keys = NO_KEYS; // sorted
        Node[] kids = NO_KIDS;
        int place = -1; // list index of the word ending here, or -1

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : kids[i];
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            i = -i - 1;
            char[] k = Arrays.copyOf(keys, keys.length + 1);
            System.arraycopy(keys, i, k, i + 1, keys.length - i);
            k[i] = c;
            Node[] n = Arrays.copyOf(kids, kids.length + 1);
            System.arraycopy(kids, i, n, i + 1, kids.length - i);
            n[i] = new Node();
            keys = k;
            kids = n;
            return n[i];
        }
    }

    private final Node[][] roots = new Node[256][];

    /** Empty words are left out: they would match everywhere. */
    public CharTrie(List<String> words) {
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
            if (n.place < 0) {
                n.place = place;
            }
        }
    }

    private Node root(char c) {
        Node[] page = roots[c >>> 8];
        return page == null ? null : page[c & 0xFF];
    }

    /** The smallest list index of the words that start at {@code begin} in {@code text}, or -1. */
    int firstAt(String text, int begin) {
        int best = -1;
        Node n = root(text.charAt(begin));
        for (int i = begin + 1; n != null; i++) {
            if (n.place >= 0 && (best < 0 || n.place < best)) {
                best = n.place;
            }
            n = i < text.length() ? n.child(text.charAt(i)) : null;
        }
        return best;
    }

    /**
     * The list index of the longest word of at most {@code maxLen} characters that starts at {@code pos} in
     * {@code text}, reading nothing past {@code limit}; -1 when none does.
     */
    public int longestAt(String text, int pos, int limit, int maxLen) {
        int best = -1;
        Node n = pos < limit ? root(text.charAt(pos)) : null;
        for (int i = pos + 1; n != null; i++) {
            if (n.place >= 0) {
                best = n.place;
            }
            n = i < limit && i - pos < maxLen ? n.child(text.charAt(i)) : null;
        }
        return best;
    }

    /**
     * The list indexes of the words of 2 to {@code maxLen} characters that start at {@code pos} in {@code text},
     * shortest first, into {@code out} (at least {@code maxLen} long: the caller's, so asking at every position
     * allocates nothing); returns how many. None reads past {@code limit}.
     */
    int placesAt(String text, int pos, int limit, int maxLen, int[] out) {
        if (pos >= limit || maxLen < 1) {
            return 0;
        }
        int count = 0;
        Node n = root(text.charAt(pos));
        for (int i = pos + 1; n != null; i++) {
            if (n.place >= 0 && i - pos >= 2) {
                out[count++] = n.place;
            }
            n = i < limit && i - pos < maxLen ? n.child(text.charAt(i)) : null;
        }
        return count;
    }
}
