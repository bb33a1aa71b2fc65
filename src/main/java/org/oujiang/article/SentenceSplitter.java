package org.oujiang.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences on 。！？!?；; (a run of them counts once) and on line breaks. Never on
 * ASCII {@code .} (decimals, names) or commas; an ellipsis ends a sentence only at a line break.
 * Closing quotes and brackets right after a terminator stay with the sentence; an ASCII quote does
 * so when the sentence holds an unclosed one. Offsets are UTF-16 indexes, trimmed of whitespace.
 *
 * <p>A sentence longer than {@link #MAX_CHARS} characters (a run-on line without punctuation) is cut
 * into pieces of at most that length, after the last comma, enumeration comma or space of the piece's
 * last 100 characters when there is one, never inside a surrogate pair; so later stages never see an
 * unbounded sentence.
 */
public final class SentenceSplitter {

    /** The longest sentence handed on, in UTF-16 code units. */
    public static final int MAX_CHARS = 500;
    private static final int BREAK_WINDOW = 100;
    private static final String SOFT_BREAKS = "，,、：: \t\u3000";

    static final String TERMINATORS = "。！？!?；;｡";
    private static final String CLOSERS = "”’」』）)》〉】〕］]";

    /** The sentences of {@code text}, indexed from 0, empty ones skipped. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                emit(text, start, i, out);
                start = ++i;
            } else if (terminator(c)) {
                int j = i + 1;
                while (j < n && terminator(text.charAt(j))) {
                    j++;
                }
                j = absorbClosers(text, start, j);
                emit(text, start, j, out);
                start = i = j;
            } else {
                i++;
            }
        }
        emit(text, start, n, out);
        return out;
    }

    /** One of {@link #TERMINATORS}; asked for every character, where a search of the string cost more. */
    static boolean terminator(char c) {
        if (c < 0x80) {
            return c == '!' || c == '?' || c == ';';
        }
        return c == '。' || c >= '！' && (c == '！' || c == '？' || c == '；' || c == '｡'); // Han text: two tests
    }

    private static int absorbClosers(String text, int start, int j) {
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if (CLOSERS.indexOf(c) >= 0 || ((c == '"' || c == '\'') && unbalanced(text, start, j, c))) {
                j++;
            } else {
                return j;
            }
        }
        return j;
    }

    private static boolean unbalanced(String text, int from, int to, char quote) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == quote) {
                count++;
            }
        }
        return count % 2 == 1;
    }

    private static void emit(String text, int begin, int end, List<Sentence> out) {
        while (begin < end && isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(text.charAt(end - 1))) {
            end--;
        }
        while (end - begin > MAX_CHARS) {
            int cut = cutPoint(text, begin);
            emit(text, begin, cut, out);
            begin = cut;
            while (begin < end && isSpace(text.charAt(begin))) {
                begin++;
            }
        }
        if (end > begin) {
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end)));
        }
    }

    /** Where a piece of an over-long sentence starting at {@code begin} ends. */
    private static int cutPoint(String text, int begin) {
        int limit = begin + MAX_CHARS;
        for (int k = limit; k > limit - BREAK_WINDOW; k--) {
            if (SOFT_BREAKS.indexOf(text.charAt(k - 1)) >= 0) {
                return k;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
