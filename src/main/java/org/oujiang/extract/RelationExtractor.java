package org.oujiang.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Lexicon;
import org.oujiang.nlp.Mention;

/**
 * Reads relations from sentence patterns and the gazetteer: partOf between regions the story names,
 * locatedIn from an organisation's place prefix or its sentence, hasIndustryCluster (某地的某产业; a list
 * closed by N大…产业/集群), inIndustry (a company named with its industry), adoptsPolicy (the issuing agency,
 * the region the policy names or that runs it), holdsPostIn (organisation + post title + person).
 * Needs the gazetteer and lexicon; gives statements with their sentence as evidence.
 */
public final class RelationExtractor {
    /** A company cited as an example of the story's place, or placed there by a word pointing back to it. */
    private static final java.util.regex.Pattern EXAMPLE =
            java.util.regex.Pattern.compile("为例|例如|比如|在这里|在此|在当地|入驻|落户|扎根");
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public RelationExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    public List<Relation> extract(CleanDocument doc, List<LinkedEntity> entities) {
        Map<String, Relation> out = new LinkedHashMap<>();
        Map<Integer, List<Hit>> bySentence = new java.util.HashMap<>();
        hits(entities).forEach(h -> bySentence.computeIfAbsent(h.m.sentence(), k -> new ArrayList<>()).add(h));
        String main = MainRegion.of(doc, entities, gazetteer);
        partOf(doc, entities, out);
        java.util.Set<String> regionIris = new java.util.HashSet<>();
        entities.stream().filter(e -> e.type() == EntityType.REGION).forEach(e -> regionIris.add(e.iri()));
        doc.sentences().forEach(s -> locatedIn(doc, regionIris, bySentence, s, main, out));
        for (Sentence s : doc.sentences()) {
            List<Hit> here = bySentence.getOrDefault(s.index(), List.of());
            Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
            new SentencePatterns(doc.matchText(), here, main, ev, lexicon, out).run();
        }
        return List.copyOf(out.values());
    }

    /** One mention with its entity. */
    record Hit(Mention m, LinkedEntity e) {
        EntityType type() {
            return e.type();
        }
    }

    private static List<Hit> hits(List<LinkedEntity> entities) {
        List<Hit> hits = new ArrayList<>();
        entities.forEach(e -> e.mentions().forEach(m -> hits.add(new Hit(m, e))));
        hits.sort(Comparator.comparingInt(h -> h.m.begin()));
        return hits;
    }

    static void put(Map<String, Relation> out, String s, String p, String o, Evidence ev, String detail) {
        if (s != null && o != null && !s.equals(o)) {
            out.putIfAbsent(s + " " + p + " " + o, new Relation(s, p, o, ev, detail));
        }
    }

    /** Direct partOf between regions of the story, with the first sentence naming both as evidence. */
    private void partOf(CleanDocument doc, List<LinkedEntity> entities, Map<String, Relation> out) {
        Map<String, LinkedEntity> regions = new java.util.HashMap<>();
        entities.stream().filter(e -> e.type() == EntityType.REGION).forEach(e -> regions.put(e.iri(), e));
        for (LinkedEntity a : regions.values()) {
            LinkedEntity b = gazetteer.byIri(a.iri()).map(e -> regions.get(e.parent())).orElse(null);
            if (b == null) {
                continue;
            }
            java.util.Set<Integer> inB = new java.util.HashSet<>();
            b.mentions().forEach(m -> inB.add(m.sentence()));
            Evidence ev = a.mentions().stream().map(Mention::sentence).filter(inB::contains).min(Integer::compare)
                    .map(i -> doc.sentences().get(i)).map(s -> new Evidence(s.index(), s.begin(), s.end(), s.text()))
                    .orElse(null);
            put(out, a.iri(), "partOf", b.iri(), ev, null);
        }
    }

    /**
     * An agency lies in the region its name starts with. A company lies in the region its name starts
     * with, else the most specific region of its sentence or of the sentence before in the paragraph; a
     * company cited as an example (以某公司为例, 例如某品牌) or placed by a word pointing back to the story's
     * place (在这里, 在当地, 入驻, 落户) lies in the story's main region.
     */
    private void locatedIn(CleanDocument doc, java.util.Set<String> regionIris, Map<Integer, List<Hit>> hits, Sentence s,
                           String main, Map<String, Relation> out) {
        Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
        for (Hit h : hits.getOrDefault(s.index(), List.of())) {
            if (h.type() != EntityType.GOVERNMENT_AGENCY && h.type() != EntityType.COMPANY) {
                continue;
            }
            String region = prefixRegion(h.e.label(), regionIris);
            if (region == null && h.type() == EntityType.COMPANY) {
                region = sentenceRegion(hits, s.index());
                boolean sameParagraph = s.index() > 0
                        && doc.text().substring(doc.sentences().get(s.index() - 1).end(), s.begin()).indexOf('\n') < 0;
                if (region == null && sameParagraph) {
                    region = sentenceRegion(hits, s.index() - 1);
                }
                if (region == null && EXAMPLE.matcher(doc.matchText().substring(s.begin(), s.end())).find()) {
                    region = main; // 以某公司为例, 某公司在当地设厂: the story's place
                }
            }
            put(out, h.e.iri(), "locatedIn", region, ev, null);
        }
    }

    private String sentenceRegion(Map<Integer, List<Hit>> hits, int sentence) {
        return hits.getOrDefault(sentence, List.of()).stream().filter(r -> r.type() == EntityType.REGION)
                .max(Comparator.comparingInt(r -> MainRegion.level(gazetteer, r.e.iri()))).map(r -> r.e.iri()).orElse(null);
    }

    /** The story's region whose name starts {@code label} (温州市经济和信息化局, 宁波舟山港), or null. */
    private String prefixRegion(String label, java.util.Set<String> storyRegions) {
        for (int len = Math.min(label.length() - 1, 12); len >= 2; len--) {
            String head = label.substring(0, len);
            for (var g : gazetteer.lookup(head, EntityType.REGION)) {
                if (storyRegions.contains(g.iri())) {
                    return g.iri();
                }
            }
        }
        return null;
    }

}
