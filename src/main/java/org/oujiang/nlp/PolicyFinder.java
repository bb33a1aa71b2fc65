package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;

/**
 * Finds named policies that are not in the policy scheme by their form: a book title 《…》 or a quoted
 * name “…” ending in a policy word (计划, 方案, 机制 …), or a quoted name followed by one (“某某”机制).
 * Quote marks inside the name are dropped from the mention text.
 */
final class PolicyFinder {
    // compiled once: String.replaceAll compiles its pattern on every call
    private static final Pattern TRAILING_PARENTHETICAL = Pattern.compile("[（(][^（()）]*[)）]$");
    private static final Pattern QUOTES = Pattern.compile("[“”\"「」『』‘’]");
    private static final String OPEN = "“\"「『《";
    private static final int MAX = 40;
    private final Lexicon lexicon;

    PolicyFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> find(CleanDocument doc, TextSpan span) {
        List<Mention> found = new ArrayList<>();
        String text = span.text;
        for (Sentence s : doc.sentences()) {
            for (int p = s.begin(); p < s.end(); p++) {
                char open = text.charAt(p);
                if (OPEN.indexOf(open) < 0) {
                    continue;
                }
                int close = closing(text, p, s.end());
                if (close < 0) {
                    continue;
                }
                String inner = clean(text.substring(p + 1, close));
                int end = close + 1;
                boolean book = open == '《';
                String after = book ? null : Lexicon.startingAt(lexicon.policySuffixes(), text, end);
                if (after != null) {
                    inner = inner + after;
                    end += after.length();
                } else if (!book && !endsWithSuffix(inner)) {
                    continue;
                } else if (book && !endsWithSuffix(stripParenthetical(inner))) {
                    continue;
                }
                if (inner.length() >= 2) {
                    found.add(new Mention(inner, EntityType.POLICY, p, end, s.index(), book ? "book-title" : "quoted"));
                    p = end - 1;
                }
            }
        }
        return found;
    }

    private static int closing(String text, int open, int limit) {
        char o = text.charAt(open);
        String closers = o == '《' ? "》" : o == '“' ? "”\"" : o == '「' ? "」" : o == '『' ? "』" : "\"”";
        int depth = 0;
        for (int i = open + 1; i < limit && i - open <= MAX; i++) {
            char c = text.charAt(i);
            if (c == '《' && o == '《') {
                depth++;
            } else if (closers.indexOf(c) >= 0) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if ("。！？!?；;".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private boolean endsWithSuffix(String name) {
        return Lexicon.endingAt(lexicon.policySuffixes(), name, name.length()) != null
                && name.length() > Lexicon.endingAt(lexicon.policySuffixes(), name, name.length()).length();
    }

    /** 某方案（2021—2023年） → 某方案 for the suffix test. */
    private static String stripParenthetical(String name) {
        return TRAILING_PARENTHETICAL.matcher(name).replaceAll("");
    }

    /** Drops inner quotation marks: 《2022年“某计划”资助目录》 → 2022年某计划资助目录. */
    static String clean(String inner) {
        return QUOTES.matcher(inner).replaceAll("").strip();
    }
}
