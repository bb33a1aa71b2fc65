package org.oujiang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the period a figure is tied to. Needs the figure lexicon (period words, comparison words) and
 * the article year (may be null); gives {@code yyyy}, {@code yyyy-Qn}, {@code yyyy-Hn},
 * {@code yyyy-Qa/yyyy-Qb}, {@code yyyy-MM}, {@code yyyy-MM/yyyy-MM} or {@code yyyy/yyyy}, or null.
 * Period words right after a comparison word (比去年, 较上年) are comparison bases, not periods; years
 * followed by a "since" word (2013年以来) are starting points, not periods.
 */
final class PeriodResolver {
    /** A period expression in a sentence: its span, the year it fixes (or null) and the sub-year part. */
    record Token(int begin, int end, Integer year, String sub, String span, boolean origin) {
        Token(int begin, int end, Integer year, String sub, String span) {
            this(begin, end, year, sub, span, false);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年(?!代)");
    private static final Pattern MONTHS = Pattern.compile("(?<![0-9])(\\d{1,2})\\s*[—–\\-~～至到]\\s*(\\d{1,2})\\s*月(?!\\d*日)");
    private static final Pattern MONTH = Pattern.compile("(?<![0-9—–\\-~～])(\\d{1,2})\\s*月份");

    private final FigureLexicon lexicon;
    private final Integer articleYear;
    /** Word lists asked about at every year and period word, looked up once. */
    private final java.util.Set<String> comparisonWords;

    PeriodResolver(FigureLexicon lexicon, String articleDate) {
        this.lexicon = lexicon;
        this.comparisonWords = lexicon.words("comparison");
        Integer y = null;
        if (articleDate != null && articleDate.length() >= 4 && articleDate.substring(0, 4).chars().allMatch(Character::isDigit)) {
            y = Integer.parseInt(articleDate.substring(0, 4));
        }
        this.articleYear = y;
    }

    /** Every period expression of {@code s}, in text order. */
    List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        // Each pattern needs its 年 or 月: sentences without them are not scanned by the regexes at all. Every
        // match starts with a digit, so each search starts at the next one (find(from) still sees the text
        // before it): the lookbehinds are not tried at every character in between.
        boolean hasYear = s.indexOf('年') >= 0;
        boolean hasMonth = s.indexOf('月') >= 0;
        Matcher m = hasYear ? YEAR.matcher(s) : null;
        for (int from = NumberParser.nextDigit(s, 0); hasYear && from >= 0 && m.find(from);
                from = NumberParser.nextDigit(s, m.end())) {
            int yearEnd = m.end();
            boolean since = lexicon.words("since").stream().anyMatch(w -> s.startsWith(w, yearEnd));
            if (!comparison(s, m.start()) && !since) {
                boolean origin = FigureFinder.endsWithAny(s, m.start(), lexicon.wordArray("origin"));
                out.add(new Token(m.start(), m.end(), Integer.parseInt(m.group(1)), null, null, origin));
            }
        }
        if (hasMonth) {
            m = MONTHS.matcher(s);
            for (int from = NumberParser.nextDigit(s, 0); from >= 0 && m.find(from); from = NumberParser.nextDigit(s, m.end())) {
                out.add(new Token(m.start(), m.end(), null, month(m.group(1)) + "/" + month(m.group(2)), null));
            }
            m = MONTH.matcher(s);
            for (int from = NumberParser.nextDigit(s, 0); from >= 0 && m.find(from); from = NumberParser.nextDigit(s, m.end())) {
                out.add(new Token(m.start(), m.end(), null, month(m.group(1)), null));
            }
        }
        for (int i = 0; i < s.length(); i++) {
            FigureLexicon.PeriodWord w = lexicon.periodAt(s, i);
            if (w == null) {
                continue;
            }
            if (!comparison(s, i) && !"base".equals(w.kind())) {
                out.add(word(w, i));
            }
            i += w.word().length() - 1;
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private Token word(FigureLexicon.PeriodWord w, int at) {
        int end = at + w.word().length();
        String a = w.arg();
        return switch (w.kind()) {
            case "year" -> new Token(at, end, articleYear == null ? null : articleYear + Integer.parseInt(a), null, null);
            case "span" -> new Token(at, end, null, null, a);
            case "quarter" -> new Token(at, end, null, "Q" + a, null);
            case "half" -> new Token(at, end, null, "H" + a, null);
            case "quarters" -> new Token(at, end, null, "Q" + a.replace("-", "/Q"), null);
            case "months" -> new Token(at, end, null, a.replace("-", "/"), null);
            default -> new Token(at, end, null, "", null);
        };
    }

    private boolean comparison(String s, int at) {
        for (String c : comparisonWords) {
            if (at >= c.length() && s.startsWith(c, at - c.length())) {
                return true;
            }
        }
        return false;
    }

    private static String month(String m) {
        return m.length() == 1 ? "0" + m : m;
    }

    /**
     * The period of a figure at {@code pos} of a sentence whose tokens are {@code tokens}; when no token
     * precedes it, {@code carried} (the period of earlier sentences of the paragraph, may be null). An origin
     * token (由2020年的) holds only when no figure of {@code figureStarts} lies between it and {@code pos}.
     */
    String resolve(List<Token> tokens, int pos, String carried, List<Integer> figureStarts) {
        Token year = null;
        Token sub = null;
        Token last = null;
        for (Token t : tokens) {
            if (t.end() > pos) {
                break;
            }
            if (t.origin() && figureStarts.stream().anyMatch(f -> f >= t.end() && f < pos)) {
                continue;
            }
            last = t;
            if (t.year() != null) {
                year = t;
                sub = null;
            } else if (t.sub() != null) {
                sub = t;
            }
        }
        if (last == null) {
            return carried;
        }
        if (last.span() != null) {
            return last.span();
        }
        Integer y = year != null ? year.year() : carriedYear(carried);
        if (sub == null || sub.sub().isEmpty()) {
            return y == null ? carried : String.valueOf(y);
        }
        return y == null ? null : compose(y, sub.sub());
    }

    private Integer carriedYear(String carried) {
        if (carried != null && carried.length() >= 4 && carried.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(carried.substring(0, 4));
        }
        return articleYear;
    }

    private static String compose(int y, String sub) {
        StringBuilder sb = new StringBuilder();
        for (String part : sub.split("/")) {
            sb.append(sb.isEmpty() ? "" : "/").append(y).append('-').append(part);
        }
        return sb.toString();
    }
}
