package org.oujiang.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test helper: the observation rules of ../shared/tools/score.py (subject through gold aliases, value times
 * the scorer's unit multiplier with the sign ignored, year when both give one, optional gold neutral).
 */
final class GoldScorer {
    /** One predicted figure in the scorer's terms. */
    record Pred(String subject, double value, String unit, Integer year) {
    }

    /** Counts and the unmatched items, for printing. */
    record Score(int tp, int npred, int ngold, List<String> fp, List<String> missed) {
        double precision() {
            return npred == 0 ? (ngold == 0 ? 1 : 0) : (double) tp / npred;
        }

        double recall() {
            return ngold == 0 ? 1 : (double) tp / ngold;
        }
    }

    private static final Map<String, Object[]> SCALE = new HashMap<>();

    static {
        Object[][] rows = {{"亿元", "元", 1e8}, {"万元", "元", 1e4}, {"元", "元", 1.0}, {"万亿元", "元", 1e12},
            {"千亿元", "元", 1e11}, {"万次", "次", 1e4}, {"次", "次", 1.0}, {"万人", "人", 1e4}, {"人", "人", 1.0},
            {"万家", "家", 1e4}, {"家", "家", 1.0}, {"个", "个", 1.0}, {"项", "项", 1.0}, {"亩", "亩", 1.0},
            {"%", "%", 1.0}, {"percent", "%", 1.0}, {"万亩", "亩", 1e4}, {"亿美元", "美元", 1e8},
            {"万吨", "吨", 1e4}, {"吨", "吨", 1.0}, {"万辆", "辆", 1e4}, {"辆", "辆", 1.0},
            {"平方公里", "平方公里", 1.0}, {"万平方米", "平方米", 1e4}, {"平方米", "平方米", 1.0},
            {"万户", "户", 1e4}, {"户", "户", 1.0}, {"万个", "个", 1e4}, {"亿件", "件", 1e8}, {"万件", "件", 1e4},
            {"件", "件", 1.0}};
        for (Object[] r : rows) {
            SCALE.put((String) r[0], new Object[] {r[1], r[2]});
        }
    }

    private GoldScorer() {
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).strip().toLowerCase();
        return n.replaceAll("[ \"'“”‘’《》「」]", "");
    }

    private static String canon(JsonNode gold, String label) {
        String n = norm(label);
        for (JsonNode e : gold.get("entities")) {
            Set<String> names = new HashSet<>();
            names.add(norm(e.get("label").asText()));
            e.path("aliases").forEach(a -> names.add(norm(a.asText())));
            if (names.contains(n)) {
                return e.get("label").asText();
            }
        }
        return n;
    }

    private static String key(JsonNode gold, String subject, double value, String unit) {
        Object[] s = SCALE.getOrDefault(unit.strip(), new Object[] {unit.strip(), 1.0});
        double v = Math.abs(Math.round(value * (Double) s[1] * 1e6) / 1e6);
        return canon(gold, subject) + "|" + s[0] + "|" + v;
    }

    static Score score(List<Pred> preds, JsonNode gold) {
        List<JsonNode> gobs = new ArrayList<>();
        gold.path("observations").forEach(gobs::add);
        Set<JsonNode> hit = new HashSet<>();
        Set<String> matchedKeys = new HashSet<>();
        int tp = 0;
        List<String> fp = new ArrayList<>();
        for (Pred p : preds) {
            String k = key(gold, p.subject(), p.value(), p.unit());
            List<JsonNode> cands = gobs.stream()
                    .filter(g -> key(gold, g.get("subject").asText(), g.get("value").asDouble(), g.path("unit").asText()).equals(k))
                    .filter(g -> p.year() == null || !g.hasNonNull("year") || year(g) == null || year(g).equals(p.year()))
                    .toList();
            JsonNode core = cands.stream().filter(g -> !g.path("optional").asBoolean() && !hit.contains(g)).findFirst().orElse(null);
            if (core != null) {
                hit.add(core);
                tp++;
                matchedKeys.add(k);
            } else if (cands.isEmpty() && !matchedKeys.contains(k)) {
                fp.add(p.subject() + ":" + p.value() + p.unit() + (p.year() == null ? "" : "@" + p.year()));
            }
        }
        List<String> missed = new ArrayList<>();
        int ngold = 0;
        for (JsonNode g : gobs) {
            if (!g.path("optional").asBoolean()) {
                ngold++;
                if (!hit.contains(g)) {
                    missed.add(g.get("subject").asText() + ":" + g.get("value").asText() + g.path("unit").asText()
                            + (g.hasNonNull("year") ? "@" + g.get("year").asText() : ""));
                }
            }
        }
        return new Score(tp, tp + fp.size(), ngold, fp, missed);
    }

    private static Integer year(JsonNode g) {
        String y = g.get("year").asText();
        return y.length() >= 4 && y.substring(0, 4).chars().allMatch(Character::isDigit) ? Integer.parseInt(y.substring(0, 4)) : null;
    }
}
