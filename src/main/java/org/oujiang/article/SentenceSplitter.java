package org.oujiang.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences on 。！？!?；; (a run of them counts once) and on line breaks. Never on
 * ASCII {@code .} (decimals, names) or commas; an ellipsis ends a sentence only at a line break.
 * Closing quotes and brackets right after a terminator stay with the sentence; an ASCII quote does
 * so when the sentence holds an unclosed one. Offsets are UTF-16 indexes, trimmed of whitespace.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = "。！？!?；;｡";
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
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && TERMINATORS.indexOf(text.charAt(j)) >= 0) {
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
        if (end > begin) {
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end)));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
