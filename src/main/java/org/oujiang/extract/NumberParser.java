package org.oujiang.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in a sentence: Arabic digits with decimals and thousands commas (13,511.7), and runs of
 * Chinese numerals (三千, 十二). Needs nothing; gives each number's span and value. Whether the number is a
 * figure (has a unit, is not a year, date or rank) is decided by the caller.
 */
final class NumberParser {
    /** One number: UTF-16 span in the scanned string, value, and whether it was written in Chinese numerals. */
    record Num(int begin, int end, BigDecimal value, boolean chinese) {
    }

    private static final Pattern ARABIC = Pattern.compile(
            "(?<![0-9.])(?<![^A-Za-z][A-Za-z])(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(\\.\\d+)?(?![A-Za-z])");
    /** Characters of a Chinese numeral run; scanned by hand, as a regex over every sentence cost more. */
    static final String CHINESE = "零〇一二两三四五六七八九十百千";
    private static final String DIGITS = "零一二三四五六七八九";

    private NumberParser() {
    }

    static List<Num> find(String s) {
        List<Num> out = new ArrayList<>();
        Matcher m = ARABIC.matcher(s);
        // A match starts with a digit, so the search starts at the next digit: the regex would otherwise test
        // its two lookbehinds at every character between numbers. find(from) still sees the text before from.
        int from = nextDigit(s, 0);
        while (from >= 0 && m.find(from)) {
            String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
            out.add(new Num(m.start(), m.end(), new BigDecimal(digits), false));
            from = nextDigit(s, m.end());
        }
        for (int i = 0; i < s.length(); i++) {
            if (!numeral(s.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < s.length() && numeral(s.charAt(end))) {
                end++;
            }
            BigDecimal v = chinese(s.substring(i, end));
            if (v != null) {
                out.add(new Num(i, end, v, true));
            }
            i = end;
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** One of {@link #CHINESE}; asked for every character of every sentence, where searching the string cost more. */
    static boolean numeral(char c) {
        return switch (c) {
            case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千' -> true;
            default -> false;
        };
    }

    /** The index of the first ASCII digit at or after {@code from}, or -1. */
    static int nextDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** Value of a Chinese numeral without 万/亿 (those belong to the unit), or null. */
    static BigDecimal chinese(String s) {
        String t = s.replace('两', '二').replace('〇', '零');
        if (t.chars().noneMatch(ch -> ch == '十' || ch == '百' || ch == '千')) {
            return t.length() == 1 ? BigDecimal.valueOf(DIGITS.indexOf(t.charAt(0))) : null;
        }
        long total = 0;
        long cur = 0;
        for (char ch : t.toCharArray()) {
            int d = DIGITS.indexOf(ch);
            if (d >= 0) {
                cur = d;
            } else {
                long mult = ch == '十' ? 10 : ch == '百' ? 100 : 1000;
                total += (cur == 0 ? 1 : cur) * mult;
                cur = 0;
            }
        }
        return BigDecimal.valueOf(total + cur);
    }
}
