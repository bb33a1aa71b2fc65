package org.oujiang.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Quality floors an evaluation must reach: a minimum micro F1 per kind and a maximum number of leaks.
 * Parsed from {@code entities=0.9,relations=0.8,observations=0.85} (E, R, O accepted too) and a leak count.
 */
public record Thresholds(Map<Kind, BigDecimal> minF1, Integer maxLeaks) {

    public Thresholds {
        minF1 = Map.copyOf(minF1);
    }

    /** Floors from option text; null or blank text means none. Throws with the valid forms on bad input. */
    public static Thresholds parse(String minF1, Integer maxLeaks) {
        Map<Kind, BigDecimal> floors = new EnumMap<>(Kind.class);
        if (minF1 != null && !minF1.isBlank()) {
            for (String part : minF1.split(",")) {
                String[] kv = part.split("=", 2);
                Kind kind = kv.length == 2 ? kind(kv[0].strip()) : null;
                BigDecimal value = kv.length == 2 ? number(kv[1].strip()) : null;
                if (kind == null || value == null) {
                    throw new EvaluationException("--min-f1 " + part.strip()
                            + ": write KIND=F1 with KIND entities, relations or observations and F1 between 0 and 1");
                }
                floors.put(kind, value);
            }
        }
        if (maxLeaks != null && maxLeaks < 0) {
            throw new EvaluationException("--max-leaks " + maxLeaks + ": give a count, 0 or more");
        }
        return new Thresholds(floors, maxLeaks);
    }

    private static Kind kind(String name) {
        for (Kind k : Kind.values()) {
            if (k.key().equalsIgnoreCase(name) || k.letter().equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private static BigDecimal number(String text) {
        try {
            BigDecimal d = new BigDecimal(text);
            return d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One line per floor the evaluation misses; empty when it passes. */
    public List<String> misses(Evaluation evaluation) {
        List<String> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            BigDecimal floor = minF1.get(k);
            BigDecimal f1 = Figures.exact(evaluation.micro(k).f1());
            if (floor != null && f1.compareTo(floor) < 0) {
                out.add(k.key() + " F1 " + f1.toPlainString() + " is below the minimum " + floor.toPlainString());
            }
        }
        if (maxLeaks != null && evaluation.leaks() > maxLeaks) {
            out.add(evaluation.leaks() + " leaks exceed the maximum " + maxLeaks);
        }
        if (evaluation.failed() > 0 && (!minF1.isEmpty() || maxLeaks != null)) {
            out.add(evaluation.failed() + " article(s) failed");
        }
        return out;
    }
}
