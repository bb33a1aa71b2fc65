package org.oujiang.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A gold article's entities of the scored types with their normalised names (label and aliases), for
 * finding the gold entity a predicted label means and the canonical label of any name.
 */
final class GoldIndex {
    private final List<GoldSet.Entity> entities;
    private final List<Set<String>> names;

    GoldIndex(GoldSet.Article gold) {
        this.entities = gold.entities().stream().filter(e -> Scorer.TYPES.contains(e.type())).toList();
        this.names = entities.stream().map(GoldIndex::names).toList();
    }

    private static Set<String> names(GoldSet.Entity e) {
        Set<String> n = new HashSet<>();
        n.add(Labels.norm(e.label()));
        e.aliases().forEach(a -> n.add(Labels.norm(a)));
        return n;
    }

    int size() {
        return entities.size();
    }

    GoldSet.Entity entity(int i) {
        return entities.get(i);
    }

    /** The first gold entity named {@code label} with that type (any type when null), else -1. */
    int find(String label, String type) {
        String n = Labels.norm(label);
        for (int i = 0; i < entities.size(); i++) {
            if (names.get(i).contains(n) && (type == null || type.equals(entities.get(i).type()))) {
                return i;
            }
        }
        return -1;
    }

    /** The gold label of the entity {@code label} names, else the normalised label itself. */
    String canon(String label) {
        int i = find(label, null);
        return i < 0 ? Labels.norm(label) : entities.get(i).label();
    }
}
