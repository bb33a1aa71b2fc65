package org.oujiang.nlp;

import java.util.List;

/**
 * Character classes and token lookups over one document's match text, shared by the finders.
 * Offsets are UTF-16 indexes into the text.
 */
final class TextSpan {
    final String text;
    final List<Token> tokens;
    private final int[] tokenAt;

    TextSpan(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.tokenAt = new int[text.length() + 1];
        java.util.Arrays.fill(tokenAt, -1);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int end = Math.min(t.end(), text.length());
            if (t.begin() < end) {
                java.util.Arrays.fill(tokenAt, t.begin(), end, i); // one intrinsic fill, not a loop per char
            }
        }
    }

    private final java.util.Map<String, Boolean> containsCache = new java.util.HashMap<>();

    /** Whether the text holds {@code name} anywhere; remembered, since many hits ask about the same names. */
    boolean contains(String name) {
        return containsCache.computeIfAbsent(name, text::contains);
    }

    /** Index of the token covering offset {@code pos}, or -1. */
    int tokenAt(int pos) {
        return pos >= 0 && pos < text.length() ? tokenAt[pos] : -1;
    }

    /** True when a token starts at {@code pos}. */
    boolean tokenStart(int pos) {
        int i = tokenAt(pos);
        return i >= 0 && tokens.get(i).begin() == pos;
    }

    /** True when a token ends at {@code pos}. */
    boolean tokenEnd(int pos) {
        int i = tokenAt(pos - 1);
        return i >= 0 && tokens.get(i).end() == pos;
    }

    /** A Chinese character, Latin letter or digit: something a name may contain. */
    static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    static boolean han(char c) {
        return HAN[c];
    }

    /** Script of every UTF-16 unit, looked up once: {@code UnicodeScript.of} is a search, and han() is asked a lot. */
    private static final boolean[] HAN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            HAN[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    char at(int pos) {
        return pos >= 0 && pos < text.length() ? text.charAt(pos) : '\0';
    }

    /** Nature of the token covering {@code pos}, or "". */
    String natureAt(int pos) {
        int i = tokenAt(pos);
        return i < 0 ? "" : tokens.get(i).nature();
    }

    /** True for HanLP natures of words that can be part of a name: nouns, abbreviations, unknown strings. */
    static boolean nameLike(String nature) {
        return nature.startsWith("n") || nature.startsWith("j") || nature.startsWith("x") || nature.startsWith("g")
                || nature.equals("b") || nature.equals("vn") || nature.startsWith("l") || nature.equals("i");
    }
}
