package org.oujiang.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Mention;

/**
 * Chooses the region a name means in one story. 鼓楼区 names several districts: the one inside (or
 * containing) another region the story names unambiguously wins; otherwise the higher level, then the
 * lower code. The country is background, not a mention: it is never returned.
 */
final class RegionResolver {
    private final Gazetteer gazetteer;
    private final Set<GazetteerEntry> context = new LinkedHashSet<>();
    // a story names the same places again and again: each name is looked up and resolved once
    private final Map<String, List<GazetteerEntry>> candidates = new HashMap<>();
    private final Map<String, Optional<GazetteerEntry>> resolved = new HashMap<>();

    RegionResolver(Gazetteer gazetteer, List<Mention> mentions) {
        this.gazetteer = gazetteer;
        for (Mention m : mentions) {
            if (m.type() == EntityType.REGION) {
                List<GazetteerEntry> c = candidates(m.text());
                if (c.size() == 1) {
                    context.add(c.get(0));
                }
            }
        }
    }

    private List<GazetteerEntry> candidates(String name) {
        return candidates.computeIfAbsent(name, n -> gazetteer.lookup(n, EntityType.REGION).stream()
                .filter(e -> !e.rdfClass().equals("Country")).toList());
    }

    /** Resolved against the context gathered at construction, which no longer changes. */
    Optional<GazetteerEntry> resolve(String name) {
        return resolved.computeIfAbsent(name, this::choose);
    }

    private Optional<GazetteerEntry> choose(String name) {
        List<GazetteerEntry> c = candidates(name);
        if (c.size() <= 1) {
            return c.stream().findFirst();
        }
        return c.stream().max(Comparator.comparingInt(this::support)
                .thenComparing(Comparator.comparingInt((GazetteerEntry e) -> level(e.rdfClass())).reversed())
                .thenComparing(Comparator.comparing(GazetteerEntry::iri).reversed()));
    }

    private int support(GazetteerEntry e) {
        int n = 0;
        for (GazetteerEntry x : context) {
            if (!x.iri().equals(e.iri()) && (gazetteer.within(e.iri(), x.iri()) || gazetteer.within(x.iri(), e.iri()))) {
                n++;
            }
        }
        return n;
    }

    static int level(String rdfClass) {
        return switch (rdfClass) {
            case "Country" -> 0;
            case "Province" -> 1;
            case "Prefecture" -> 2;
            case "County" -> 3;
            default -> 4;
        };
    }
}
