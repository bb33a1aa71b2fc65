package org.oujiang.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the figures of one sentence: numbers followed by a unit of the lexicon (longest match, after an
 * optional 多/余), ranges sharing one unit (10—20亿元), and the change word governing each (下降1.9%).
 * Needs the figure lexicon; leaves out years, dates, ordinals (第3), small Chinese numerals (一家) and
 * scopes (在15个城市中), shares of a target (完成目标的85%), and threshold or money figures inside a name (超10亿元项目40个: only 40个 is a
 * figure). A bare 万/亿 takes the unit of an earlier figure of the sentence or one its clause implies.
 */
final class FigureFinder {
    /** One figure: number span, value, unit, end of the unit and the sign of the governing change word. */
    record Figure(int begin, int end, BigDecimal value, FigureLexicon.Unit unit, int unitEnd, int sign,
                  boolean change) {
    }

    static final String BOUNDARY = "，,；;：:。！？!?（）()\n";
    private static final String RANGE = "—–-~～至到";
    private static final Pattern LIST_GAP = Pattern.compile("[、和及与,，\\s]{1,2}");
    private final FigureLexicon lexicon;
    /** Word lists asked about for every number, looked up once. */
    private final String[] scope;
    private final String[] target;
    private final String[] threshold;
    private final String[] origin;

    FigureFinder(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.scope = lexicon.wordArray("scope");
        this.target = lexicon.wordArray("target");
        this.threshold = lexicon.wordArray("threshold");
        this.origin = lexicon.wordArray("origin");
    }

    List<Figure> find(String s) {
        List<NumberParser.Num> nums = NumberParser.find(s);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < nums.size(); i++) {
            NumberParser.Num n = nums.get(i);
            if (n.begin() > 0 && s.charAt(n.begin() - 1) == '第') {
                continue;
            }
            int p = n.end();
            if (p < s.length() && (s.charAt(p) == '多' || s.charAt(p) == '余')) {
                p++;
            }
            FigureLexicon.Unit unit = lexicon.unitAt(s, p).orElse(null);
            int unitEnd = unit == null ? p : p + unit.written().length();
            if (unit == null && i + 1 < nums.size()) {
                unit = borrowed(s, p, nums.get(i + 1));
                unitEnd = p;
            }
            if (unit == null && p < s.length() && (s.charAt(p) == '万' || s.charAt(p) == '亿')) {
                unit = implied(s, n, s.charAt(p), out);
                unitEnd = p + 1;
            }
            if (unit == null || n.chinese() && small(n, unit) || duration(s, unit, unitEnd)
                    || endsWithAny(s, n.begin(), scope)
                    || endsWithAny(s, n.begin(), target)) {
                continue;
            }
            int[] sign = sign(s, n, out);
            out.add(new Figure(n.begin(), n.end(), n.value(), unit, unitEnd, sign[0], sign[1] == 1));
        }
        out.removeIf(f -> attributive(s, f, out));
        return out;
    }

    /** The unit of a bare 万/亿: that of an earlier figure of the sentence, else one implied by the clause. */
    private FigureLexicon.Unit implied(String s, NumberParser.Num n, char mult, List<Figure> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).unit().written().charAt(0) == mult) {
                return before.get(k).unit();
            }
        }
        int c = n.begin();
        while (c > 0 && BOUNDARY.indexOf(s.charAt(c - 1)) < 0) {
            c--;
        }
        return lexicon.implied(mult, s.substring(c, n.begin())).orElse(null);
    }

    /** 前10个月, 3个季度: a count of time units is a period, not a figure. */
    private boolean duration(String s, FigureLexicon.Unit unit, int unitEnd) {
        return "个".equals(unit.written()) && lexicon.words("duration").stream().anyMatch(w -> s.startsWith(w, unitEnd));
    }

    static boolean endsWithAny(String s, int end, String[] words) {
        for (String w : words) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean small(NumberParser.Num n, FigureLexicon.Unit unit) {
        boolean rate = "%".equals(unit.base()) || "个百分点".equals(unit.base()) || "倍".equals(unit.base());
        return n.value().compareTo(BigDecimal.TEN) < 0 && unit.multiplier().compareTo(BigDecimal.ONE) <= 0 && !rate;
    }

    /** The unit of the next number when only a range dash (and a 万/亿) separates them: 10—20亿元. */
    private FigureLexicon.Unit borrowed(String s, int p, NumberParser.Num next) {
        int q = p;
        if (q < s.length() && (s.charAt(q) == '万' || s.charAt(q) == '亿')) {
            q++;
        }
        if (q >= s.length() || RANGE.indexOf(s.charAt(q)) < 0 || next.begin() != q + 1) {
            return null;
        }
        int r = next.end();
        if (r < s.length() && (s.charAt(r) == '多' || s.charAt(r) == '余')) {
            r++;
        }
        return lexicon.unitAt(s, r).orElse(null);
    }

    /** {sign, 1 when a change word governs}: the change word just before, or the previous figure's in a list. */
    private int[] sign(String s, NumberParser.Num n, List<Figure> before) {
        int e = n.begin();
        while (e > 0 && "了约为达 ".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        String w = lexicon.changeEndingAt(s, e);
        if (w != null) {
            return new int[] {lexicon.sign(w), 1};
        }
        if (!before.isEmpty()) {
            Figure prev = before.get(before.size() - 1);
            String gap = s.substring(prev.unitEnd(), n.begin());
            if (LIST_GAP.matcher(gap).matches()) {
                return new int[] {prev.sign(), prev.change() ? 1 : 0};
            }
        }
        return new int[] {1, 0};
    }

    /** True for a threshold inside a name: a noun follows the unit and another figure ends the clause. */
    private boolean attributive(String s, Figure f, List<Figure> all) {
        int p = f.unitEnd();
        boolean marked = endsWithAny(s, f.begin(), threshold);
        for (String w : lexicon.words("attributive")) {
            if (s.startsWith(w, p)) {
                p += w.length();
                marked = true;
            }
        }
        boolean money = f.unit().base().endsWith("元");
        if (!marked && !money || endsWithAny(s, f.begin(), origin)) {
            return false;
        }
        if (p >= s.length() || "和及与或、".indexOf(s.charAt(p)) >= 0 || BOUNDARY.indexOf(s.charAt(p)) >= 0 || !Character.isIdeographic(s.charAt(p))
                || lexicon.changeAt(s, p) != null || "的同比较占".indexOf(s.charAt(p)) >= 0) {
            return false;
        }
        for (Figure g : all) {
            if (g.begin() >= p) {
                String gap = s.substring(p, g.begin());
                return gap.length() <= 12 && gap.chars().noneMatch(c -> BOUNDARY.indexOf(c) >= 0)
                        && java.util.stream.IntStream.range(0, gap.length()).allMatch(i -> lexicon.changeAt(gap, i) == null);
            }
        }
        return false;
    }
}
