package org.oujiang.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oujiang.article.Article;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.GazetteerEntry;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Mention;

/** Test helper: builds documents and region entities by hand (sentence split on 。！？ and line breaks). */
final class TestDocs {
    private static final Map<String, Integer> RANK = Map.of("Province", 0, "Prefecture", 1, "County", 2, "Zone", 3);

    private TestDocs() {
    }

    static CleanDocument doc(String date, String text) {
        return doc(new Article("", date, null, null, text, "test"), text, text);
    }

    static CleanDocument doc(Article a, String text, String matchText) {
        List<Sentence> sentences = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = "。！？".indexOf(c) >= 0;
            if (stop || c == '\n' || i == text.length() - 1) {
                int end = c == '\n' ? i : i + 1;
                if (!text.substring(begin, end).isBlank()) {
                    sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end)));
                }
                begin = i + 1;
            }
        }
        return new CleanDocument(a, text, matchText, sentences, List.of());
    }

    /**
     * Region entities found by plain {@code indexOf} of region names (label and, for provinces and prefectures,
     * altLabels; at least two characters), longest match first; an ambiguous name goes to the entry of the highest level.
     */
    static List<LinkedEntity> regions(Gazetteer g, CleanDocument doc) {
        Map<String, GazetteerEntry> byName = new HashMap<>();
        for (GazetteerEntry e : g.entries()) {
            if (e.type() != EntityType.REGION) {
                continue;
            }
            boolean shortForms = "Province".equals(e.rdfClass()) || "Prefecture".equals(e.rdfClass());
            for (String n : shortForms ? e.names() : List.of(e.label())) {
                GazetteerEntry old = byName.get(n);
                if (n.length() >= 2 && (old == null || rank(e) < rank(old))) {
                    byName.put(n, e);
                }
            }
        }
        int max = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
        String t = doc.matchText();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        for (int i = 0; i < t.length(); i++) {
            for (int len = Math.min(max, t.length() - i); len >= 2; len--) {
                GazetteerEntry e = byName.get(t.substring(i, i + len));
                if (e != null) {
                    String n = t.substring(i, i + len);
                    mentions.computeIfAbsent(e.iri(), k -> new ArrayList<>())
                            .add(new Mention(n, EntityType.REGION, i, i + len, sentenceOf(doc, i), "test"));
                    names.computeIfAbsent(e.iri(), k -> new LinkedHashSet<>()).add(n);
                    i += len - 1;
                    break;
                }
            }
        }
        List<LinkedEntity> out = new ArrayList<>();
        mentions.forEach((iri, ms) -> out.add(new LinkedEntity(iri, EntityType.REGION,
                g.byIri(iri).orElseThrow().label(), names.get(iri), ms, true)));
        out.sort(Comparator.comparing(LinkedEntity::iri));
        return out;
    }

    private static int rank(GazetteerEntry e) {
        return RANK.getOrDefault(e.rdfClass(), 9);
    }

    private static int sentenceOf(CleanDocument doc, int pos) {
        for (Sentence s : doc.sentences()) {
            if (pos >= s.begin() && pos < s.end()) {
                return s.index();
            }
        }
        return -1;
    }
}
