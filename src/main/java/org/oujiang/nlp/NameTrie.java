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

    private final Node root = new Node();

    NameTrie(Collection<String> names) {
        for (String name : names) {
            Node n = root;
            for (int i = 0; i < name.length(); i++) {
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
        Node n = root;
        int[] found = NONE;
        int count = 0;
        for (int i = pos; i < limit && i - pos < maxLen; i++) {
            n = n.next.get(text.charAt(i));
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
