package org.oujiang.nlp;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A character trie of names: which names of at least two characters start at a position, longest first. A hit
 * is the name's own String, so callers look it up in their maps without cutting a substring and hashing it.
 */
final class NameTrie {
    /** One node; {@code word} is the name ending here, if any. */
    private static final class Node {
        Map<Character, Node> next = new HashMap<>(4);
        /** After construction: the children's characters, sorted, and the children in the same order. */
        char[] keys;
        Node[] kids;
        String word;

        /** Replaces the map by sorted arrays: a binary search over a few chars beats hashing a boxed Character. */
        void freeze() {
            keys = new char[next.size()];
            kids = new Node[next.size()];
            int i = 0;
            for (char c : new java.util.TreeSet<>(next.keySet())) {
                keys[i] = c;
                kids[i++] = next.get(c);
            }
            next = null;
            for (Node k : kids) {
                k.freeze();
            }
        }

        Node child(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            return i < 0 ? null : kids[i];
        }
    }

    /** The first level by character, as an array: it is asked at every position of every text. */
    private final Node[] roots = new Node[Character.MAX_VALUE + 1];

    NameTrie(Collection<String> names) {
        for (String name : names) {
            if (name.isEmpty()) {
                continue; // an empty name is never reported (lengths start at 2)
            }
            Node n = roots[name.charAt(0)];
            if (n == null) {
                n = roots[name.charAt(0)] = new Node();
            }
            for (int i = 1; i < name.length(); i++) {
                n = n.next.computeIfAbsent(name.charAt(i), c -> new Node());
            }
            n.word = name;
        }
        for (Node r : roots) {
            if (r != null) {
                r.freeze();
            }
        }
    }

    /**
     * The names (≥ 2 characters, ≤ {@code maxLen}) that start at {@code pos} in {@code text}, shortest first,
     * into {@code found} (at least {@code maxLen} long, the caller's, so that asking at every place of a text
     * allocates nothing); returns how many. None reads past {@code limit}.
     */
    int namesAt(String text, int pos, int limit, int maxLen, String[] found) {
        if (pos >= limit || maxLen < 1 || roots[text.charAt(pos)] == null) {
            return 0;
        }
        Node n = null;
        int count = 0;
        for (int i = pos; i < limit && i - pos < maxLen; i++) {
            n = i == pos ? roots[text.charAt(i)] : n.child(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.word != null && i > pos) {
                found[count++] = n.word;
            }
        }
        return count;
    }
}
