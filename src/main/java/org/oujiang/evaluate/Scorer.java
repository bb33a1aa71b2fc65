package org.oujiang.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores one article's {@link Prediction} against its gold annotation, by the rules of
 * {@code ../shared/gold/README.md}: labels compared by {@link Labels#norm}; an entity matches a gold entity
 * of the same type by label or alias; items matching optional gold count neither way; further aliases of
 * an entity already matched are ignored; relations are compared with labels made canonical through the gold
 * aliases, on the predicates the gold uses only; figures match one to one on canonical subject, base unit,
 * |value × multiplier| and the year when both give one; leaks are predicted labels listed as not in the article.
 * Needs the {@link UnitTable}; stateless otherwise.
 */
public final class Scorer {
    /** The scored entity types. */
    public static final Set<String> TYPES = Set.of("Region", "Company", "Industry", "Policy", "Person",
            "GovernmentAgency");

    private final UnitTable units;

    public Scorer(UnitTable units) {
        this.units = units;
    }

    public ArticleScore score(Prediction pred, GoldSet.Article gold) {
        GoldIndex index = new GoldIndex(gold);
        return new ArticleScore(entities(pred, index), relations(pred, gold, index),
                observations(pred, gold, index), leaks(pred, gold));
    }

    private static Counts entities(Prediction pred, GoldIndex index) {
        Set<String> seen = new HashSet<>();
        Set<Integer> matched = new HashSet<>();
        List<String> fp = new ArrayList<>();
        for (Prediction.Entity e : pred.entities()) {
            if (!TYPES.contains(e.type()) || !seen.add(e.type() + "\u0000" + Labels.norm(e.label()))) {
                continue;
            }
            int i = index.find(e.label(), e.type());
            if (i < 0) {
                fp.add(e.type() + ":" + e.label());
            } else if (!index.entity(i).optional()) {
                matched.add(i);
            }
        }
        List<String> missed = new ArrayList<>();
        int core = 0;
        for (int i = 0; i < index.size(); i++) {
            if (!index.entity(i).optional()) {
                core++;
                if (!matched.contains(i)) {
                    missed.add(index.entity(i).type() + ":" + index.entity(i).label());
                }
            }
        }
        return new Counts(matched.size(), matched.size() + fp.size(), core, fp, missed);
    }

    private static Counts relations(Prediction pred, GoldSet.Article gold, GoldIndex index) {
        Map<List<String>, Boolean> grels = new LinkedHashMap<>();
        gold.relations().forEach(r -> grels.put(List.of(r.s(), r.p(), r.o()), r.optional()));
        Set<String> predicates = new HashSet<>();
        grels.keySet().forEach(t -> predicates.add(t.get(1)));
        Set<List<String>> ptriples = new LinkedHashSet<>();
        for (Prediction.Relation r : pred.relations()) {
            if (predicates.contains(r.p())) {
                ptriples.add(List.of(index.canon(r.s()), r.p(), index.canon(r.o())));
            }
        }
        int tp = 0;
        List<String> fp = new ArrayList<>();
        for (List<String> t : ptriples) {
            Boolean optional = grels.get(t);
            if (optional == null) {
                fp.add(String.join("|", t));
            } else if (!optional) {
                tp++;
            }
        }
        List<String> missed = new ArrayList<>();
        int core = 0;
        for (Map.Entry<List<String>, Boolean> g : grels.entrySet()) {
            if (!g.getValue()) {
                core++;
                if (!ptriples.contains(g.getKey())) {
                    missed.add(String.join("|", g.getKey()));
                }
            }
        }
        return new Counts(tp, tp + fp.size(), core, fp, missed);
    }

    private record ObsKey(String subject, String base, Double amount) {
    }

    private ObsKey key(GoldIndex index, String subject, Double value, String unit) {
        UnitTable.Quantity q = units.quantity(value, unit);
        return new ObsKey(index.canon(subject), q.base(), q.amount());
    }

    private Counts observations(Prediction pred, GoldSet.Article gold, GoldIndex index) {
        List<GoldSet.Observation> gobs = gold.observations();
        Map<ObsKey, List<Integer>> pending = new HashMap<>();
        for (int i = 0; i < gobs.size(); i++) {
            GoldSet.Observation g = gobs.get(i);
            pending.computeIfAbsent(key(index, g.subject(), g.value(), g.unit()), k -> new ArrayList<>()).add(i);
        }
        boolean[] hit = new boolean[gobs.size()];
        Set<ObsKey> matchedKeys = new HashSet<>();
        int tp = 0;
        List<String> fp = new ArrayList<>();
        for (Prediction.Observation o : pred.observations()) {
            ObsKey k = key(index, o.subject(), Labels.parseNumber(o.value()), o.unit());
            Integer y = o.year();
            List<Integer> cands = pending.getOrDefault(k, List.of()).stream()
                    .filter(i -> y == null || gobs.get(i).year() == null || gobs.get(i).year().equals(y)).toList();
            Integer core = cands.stream().filter(i -> !gobs.get(i).optional() && !hit[i]).findFirst().orElse(null);
            if (core != null) {
                hit[core] = true;
                tp++;
                matchedKeys.add(k);
            } else if (cands.isEmpty() && !matchedKeys.contains(k)) {
                fp.add(o.subject() + ":" + o.value() + o.unit() + (y == null ? "" : "@" + y));
            }
        }
        List<String> missed = new ArrayList<>();
        int core = 0;
        for (int i = 0; i < gobs.size(); i++) {
            GoldSet.Observation g = gobs.get(i);
            if (!g.optional()) {
                core++;
                if (!hit[i]) {
                    missed.add(g.subject() + ":" + g.valueText() + (g.unit() == null ? "" : g.unit()));
                }
            }
        }
        return new Counts(tp, tp + fp.size(), core, fp, missed);
    }

    private static List<String> leaks(Prediction pred, GoldSet.Article gold) {
        Set<String> bad = new HashSet<>();
        gold.notInArticle().forEach(x -> bad.add(Labels.norm(x)));
        Set<String> out = new TreeSet<>();
        pred.entities().stream().map(Prediction.Entity::label).filter(l -> bad.contains(Labels.norm(l)))
                .forEach(out::add);
        return List.copyOf(out);
    }
}
