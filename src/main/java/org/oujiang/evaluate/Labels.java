package org.oujiang.evaluate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The scorer's text rules: label normalisation (NFKC, trimmed, lower-case, without quotes, book-title
 * marks and spaces) and the lenient number and year parsing it applies to values as written.
 */
public final class Labels {
    private static final String REMOVED = " \"'“”‘’《》「」";

    private Labels() {
    }

    /** The form labels are compared in; null counts as empty. */
    public static String norm(String s) {
        String n = strip(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(c -> REMOVED.indexOf(c) < 0).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Trims every kind of white space, including no-break and ideographic spaces. */
    public static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && space(s.charAt(b))) {
            b++;
        }
        while (e > b && space(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A number as written ("3000", " 1.9 ", "-2.5e3"), or null when it is not one. */
    public static Double parseNumber(String s) {
        if (s == null) {
            return null;
        }
        String t = strip(s).replace("_", "");
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(?i:inf|infinity|nan)")) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith("nan")) {
            return Double.NaN;
        }
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(t);
    }

    /** A year from up to four characters ("2022", "+202"), null when they are no integer or zero. */
    public static Integer parseYear(String s) {
        if (s == null) {
            return null;
        }
        String t = strip(s);
        if (!t.matches("[+-]?\\d+")) {
            return null;
        }
        int y = Integer.parseInt(t);
        return y == 0 ? null : y;
    }
}
