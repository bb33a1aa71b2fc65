package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.List;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.GazetteerEntry;

/**
 * Finds names of the reference schemes (regions, industries, policies) in a document, longest match
 * first. Short region names (温州, 乐清) are ordinary words often enough (和平, 新兴, 长治久安) that they
 * are taken only when the segmenter agrees they are a word of their own and either name a province or
 * prefecture, are tagged as a place by HanLP, or the full name occurs in the same document.
 */
final class GazetteerMatcher {
    private final Gazetteer gazetteer;
    private final int maxLength;
    /** The gazetteer's names, and a trie of them (placesAt gives indexes into this list). */
    private final List<String> names;
    private final CharTrie trie;
    /**
     * The non-generic entries of every name, by the name's index: filtered once instead of at every trie hit,
     * and read by index, as a map lookup per hit cost more than the walk of the trie.
     */
    private final List<List<GazetteerEntry>> specific;

    GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.maxLength = gazetteer.names().stream().mapToInt(String::length).max().orElse(1);
        this.names = List.copyOf(gazetteer.names());
        this.specific = names.stream()
                .map(n -> gazetteer.lookup(n).stream().filter(e -> !e.generic()).toList())
                .toList();
        this.trie = new CharTrie(names);
    }

    List<Mention> find(CleanDocument doc, TextSpan span) {
        List<Mention> found = new ArrayList<>();
        String text = span.text;
        int[] places = new int[maxLength]; // one buffer for the document: asked at every position
        for (Sentence s : doc.sentences()) {
            int pos = s.begin();
            while (pos < s.end()) {
                Mention m = longestAt(text, pos, s, span, places);
                if (m == null) {
                    pos++;
                } else {
                    found.add(m);
                    pos = m.end();
                }
            }
        }
        return found;
    }

    private Mention longestAt(String text, int pos, Sentence s, TextSpan span, int[] places) {
        for (int k = trie.placesAt(text, pos, s.end(), maxLength, places) - 1; k >= 0; k--) { // longest first
            String name = names.get(places[k]);
            int len = name.length();
            List<GazetteerEntry> entries = specific.get(places[k]);
            if (entries.isEmpty()) {
                continue;
            }
            EntityType type = entries.get(0).type();
            if (type == EntityType.INDICATOR) {
                continue;
            }
            if (type == EntityType.REGION && !acceptRegion(name, entries, pos, pos + len, span)) {
                continue;
            }
            if (type != EntityType.REGION && !boundaryOk(span, pos, pos + len)) {
                continue;
            }
            return new Mention(name, type, pos, pos + len, s.index(), "gazetteer");
        }
        return null;
    }

    private boolean acceptRegion(String name, List<GazetteerEntry> entries, int b, int e, TextSpan span) {
        boolean high = entries.stream().anyMatch(x -> x.rdfClass().equals("Province") || x.rdfClass().equals("Prefecture"));
        boolean full = entries.stream().anyMatch(x -> x.label().equals(name));
        if (full && (high || name.length() > 2)) {
            return true;
        }
        boolean wordOfItsOwn = span.tokenStart(b) && span.tokenEnd(e);
        // HanLP glues a place to the organisation it starts (温州经信局/nt) or to a date before it
        // (2023年浙江/ns): the place still counts
        boolean leftOk = span.tokenStart(b) || !TextSpan.han(span.at(b - 1)) || "年月日".indexOf(span.at(b - 1)) >= 0;
        boolean rightOk = span.tokenEnd(e) || span.tokenStart(b) && span.natureAt(b).startsWith("nt");
        if (!full && !wordOfItsOwn && !(high && leftOk && rightOk)) {
            return false;
        }
        if (high) {
            return true;
        }
        // A county's short name or a two-character district name (城区) is often an ordinary word (凤凰, 和平):
        // it needs its full name or its parent region named in the same story, or to be a word HanLP knows
        // only as a place (义乌, 乐清).
        boolean fullInDoc = entries.stream().anyMatch(x -> x.label().length() > 2 && span.contains(x.label()));
        boolean placeWord = !full && wordOfItsOwn && Segmenter.placeWord(name, span.natureAt(b).startsWith("ns"));
        return fullInDoc || placeWord || entries.stream().anyMatch(x -> ancestorNamed(x, span));
    }

    private boolean ancestorNamed(GazetteerEntry entry, TextSpan text) {
        String parent = entry.parent();
        for (int depth = 0; parent != null && depth < 1; depth++) {
            GazetteerEntry p = gazetteer.byIri(parent).orElse(null);
            if (p == null || p.rdfClass().equals("Country")) {
                return false;
            }
            if (p.names().stream().anyMatch(n -> n.length() >= 2 && text.contains(n))) {
                return true;
            }
            parent = p.parent();
        }
        return false;
    }

    /** Scheme words must not cut through a word (电气 inside 电气化 is no industry). */
    private static boolean boundaryOk(TextSpan span, int b, int e) {
        return span.tokenStart(b) || !TextSpan.han(span.at(b - 1)) || span.tokenEnd(e) || !TextSpan.han(span.at(e));
    }

    /** Names the segmenter should keep whole: full labels, and short names of provinces and prefectures. */
    static java.util.Map<String, String> customWords(Gazetteer gazetteer) {
        java.util.Map<String, String> words = new java.util.HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            String nature = switch (e.type()) {
                case REGION -> "ns";
                case INDUSTRY, POLICY, INDICATOR -> "nz";
                default -> "nt";
            };
            if (e.label() != null && e.label().length() >= 2) {
                words.put(e.label(), nature);
            }
            boolean shortOk = e.type() != EntityType.REGION
                    || e.rdfClass().equals("Province") || e.rdfClass().equals("Prefecture");
            if (shortOk) {
                e.altLabels().stream().filter(a -> a.length() >= 2).forEach(a -> words.putIfAbsent(a, nature));
            }
        }
        return words;
    }
}
