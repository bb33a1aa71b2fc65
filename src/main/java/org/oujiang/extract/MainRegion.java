package org.oujiang.extract;

import java.util.Comparator;
import java.util.List;
import org.oujiang.article.CleanDocument;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.GazetteerEntry;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Segmenter;

/**
 * The region a story is about, the subject of figures and facts no sentence ties to a place (全市…).
 * The region named in the headline and most often in the text wins; among equals, the one that contains
 * the others (a city over its counties), then the more specific. Countries never are.
 */
final class MainRegion {
    private MainRegion() {
    }

    static String of(CleanDocument doc, List<LinkedEntity> entities, Gazetteer gazetteer) {
        String title = doc.article().title() == null ? "" : Segmenter.toSimplified(doc.article().title());
        List<LinkedEntity> regions = entities.stream().filter(e -> e.type() == EntityType.REGION)
                .filter(e -> level(gazetteer, e.iri()) > 0).toList();
        return regions.stream().max(Comparator
                        .comparingInt((LinkedEntity e) -> e.mentions().size() + (inTitle(e, title, gazetteer) ? 3 : 0))
                        .thenComparingInt(e -> contained(gazetteer, e, regions))
                        .thenComparingInt(e -> level(gazetteer, e.iri())))
                .map(LinkedEntity::iri).orElse(null);
    }

    private static boolean inTitle(LinkedEntity e, String title, Gazetteer gazetteer) {
        List<String> names = gazetteer.byIri(e.iri()).map(GazetteerEntry::names).orElse(List.of(e.label()));
        return names.stream().anyMatch(n -> n.length() >= 2 && title.contains(n));
    }

    /** How many other regions of the story lie inside this one. */
    private static int contained(Gazetteer gazetteer, LinkedEntity e, List<LinkedEntity> regions) {
        return (int) regions.stream().filter(o -> o != e && gazetteer.within(o.iri(), e.iri())).count();
    }

    /** 1 province … 3 county or zone; 0 for the country or unknown. */
    static int level(Gazetteer gazetteer, String iri) {
        return gazetteer.byIri(iri).map(GazetteerEntry::rdfClass).map(c -> switch (c) {
            case "Province" -> 1;
            case "Prefecture" -> 2;
            case "County", "Zone" -> 3;
            default -> 0;
        }).orElse(0);
    }
}
