package org.oujiang.nlp;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** A character trie of names: which names of at least two characters start at a position, longest first. */
final class NameTrie {
    private static final int[] NONE = new int[0];

    /** One node; {@code word} marks the end of a name. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean word;
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
            n.word = true;
        }
    }

    /**
     * Lengths (≥ 2, ≤ {@code maxLen}) of the names that start at {@code pos} in {@code text}, longest first;
     * none read past {@code limit}.
     */
    int[] lengthsAt(String text, int pos, int limit, int maxLen) {
        if (pos >= limit || maxLen < 1 || roots[text.charAt(pos)] == null) {
            return NONE;
        }
        Node n = null;
        int[] found = NONE;
        int count = 0;
        for (int i = pos; i < limit && i - pos < maxLen; i++) {
            n = i == pos ? roots[text.charAt(i)] : n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            int len = i - pos + 1;
            if (n.word && len >= 2) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, Math.max(4, count * 2));
                }
                found[count++] = len;
            }
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = found[count - 1 - i];
        }
        return out;
    }
}
