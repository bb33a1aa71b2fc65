package org.oujiang.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How evaluations are printed. Text: one line per article ({@code name.json: E f1=… R f1=… O f1=… leaks=N}
 * or {@code name.json: FAILED reason}), optionally its false positives and misses, and a last line
 * {@code TOTAL E:P=… R=… F1=… R:P=… … O:P=… … leaks=N failed=N}. JSON: per-article and micro figures.
 */
public final class EvaluationFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 15;

    private EvaluationFormat() {
    }

    /** The article's line, plus its false positives and misses per kind when {@code verbose}. */
    public static List<String> lines(Evaluation.Result r, boolean verbose) {
        if (r.score() == null) {
            return List.of(r.name() + ": FAILED " + r.failure());
        }
        ArticleScore s = r.score();
        String line = r.name() + ": " + List.of(Kind.values()).stream()
                .map(k -> k.letter() + " f1=" + Figures.show(s.of(k).figures().f1())).collect(Collectors.joining(" "))
                + " leaks=" + s.leaks().size();
        if (!verbose) {
            return List.of(line);
        }
        List<String> out = new java.util.ArrayList<>(List.of(line));
        for (Kind k : Kind.values()) {
            out.add("   " + k.key() + " fp=" + list(s.of(k).fp()));
            out.add("   " + k.key() + " missed=" + list(s.of(k).missed()));
        }
        if (!s.leaks().isEmpty()) {
            out.add("   leaks=" + list(s.leaks()));
        }
        return out;
    }

    private static String list(List<String> items) {
        return items.stream().limit(SHOWN).map(i -> "'" + i + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    /** The TOTAL line. */
    public static String total(Evaluation e) {
        return "TOTAL " + List.of(Kind.values()).stream().map(k -> {
            Figures f = e.micro(k);
            return k.letter() + ":P=" + Figures.show(f.p()) + " R=" + Figures.show(f.r()) + " F1=" + Figures.show(f.f1());
        }).collect(Collectors.joining(" ")) + " leaks=" + e.leaks() + " failed=" + e.failed();
    }

    /** The whole evaluation as one JSON object: {@code articles}, {@code micro}, {@code leaks}, {@code failed}. */
    public static String json(Evaluation e) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (Evaluation.Result r : e.articles()) {
            ObjectNode a = articles.addObject().put("name", r.name()).put("article", r.gold().file());
            if (r.score() == null) {
                a.put("failed", r.failure());
                continue;
            }
            for (Kind k : Kind.values()) {
                Counts c = r.score().of(k);
                ObjectNode n = figures(a.putObject(k.key()), c);
                c.fp().forEach(n.putArray("fp")::add);
                c.missed().forEach(n.putArray("missed")::add);
            }
            r.score().leaks().forEach(a.putArray("leaks")::add);
        }
        ObjectNode micro = root.putObject("micro");
        for (Kind k : Kind.values()) {
            figures(micro.putObject(k.key()), e.total(k));
        }
        root.put("leaks", e.leaks()).put("failed", e.failed());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ObjectNode figures(ObjectNode n, Counts c) {
        Figures f = c.figures();
        n.put("p", Figures.exact(f.p())).put("r", Figures.exact(f.r())).put("f1", Figures.exact(f.f1()));
        return n.put("tp", c.tp()).put("npred", c.npred()).put("ngold", c.ngold());
    }
}
