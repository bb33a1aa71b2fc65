package org.oujiang.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.GazetteerEntry;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Mention;

/**
 * Chooses what a figure is about. Needs the gazetteer (to rank regions by level) and the article's linked
 * entities; gives the most specific region or company named before a figure in its sentence (a company only
 * when it is named in the figure's own clause), and the article's main region. Countries are never subjects;
 * nor is a region right after a non-subject word (在上海设立, 比山东, 是广东的) or the base of a ratio
 * (仅为上海的75.7%).
 */
final class SubjectResolver {
    /** One mention of a region or company, with the entity's specificity rank. */
    record Hit(int begin, int end, LinkedEntity entity, int rank) {
    }

    private static final Map<String, Integer> RANKS = Map.of("Country", 0, "Province", 1, "Prefecture", 2,
            "County", 3, "Zone", 3);
    private static final int COMPANY = 4;
    private final List<Hit> hits = new ArrayList<>();
    /** Offsets of the text inside a name of a region, company, agency or person. */
    private final java.util.BitSet blanks = new java.util.BitSet();
    private final String mainRegion;
    private final String text;
    private static final java.util.List<String> ANAPHORS = java.util.List.of("该公司", "该企业", "该集团", "公司", "企业", "集团");
    private static final int ANAPHOR_REACH = 200;
    /** Clauses are short; a run-on text without punctuation must not make every look-back scan it all. */
    private static final int MAX_CLAUSE = 200;

    SubjectResolver(Gazetteer gazetteer, List<LinkedEntity> entities, String text, String[] nonsubject,
                    String mainRegion) {
        for (LinkedEntity e : entities) {
            int rank = rank(gazetteer, e);
            for (Mention m : e.mentions()) {
                if (e.type() != EntityType.INDUSTRY && e.type() != EntityType.POLICY && e.type() != EntityType.INDICATOR) {
                    blanks.set(m.begin(), m.end());
                }
                boolean base = FigureFinder.endsWithAny(text, m.begin(), nonsubject)
                        || ratioBase(text, m.begin(), m.end());
                if (rank > 0 && !base) {
                    hits.add(new Hit(m.begin(), m.end(), e, rank));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::begin));
        this.mainRegion = mainRegion;
        this.text = text;
    }

    /** "为上海的75.7%": a region between 为/是 and 的 + number, in one clause, is the base of a ratio. */
    private static boolean ratioBase(String text, int begin, int end) {
        if (!text.startsWith("的", end) || end + 1 >= text.length() || !Character.isDigit(text.charAt(end + 1))) {
            return false;
        }
        int c = begin;
        while (c > 0 && begin - c < MAX_CLAUSE && "，,；;：:。！？!?\n".indexOf(text.charAt(c - 1)) < 0) {
            c--;
        }
        String clause = text.substring(c, begin);
        return clause.contains("为") || clause.contains("是");
    }

    private static int rank(Gazetteer gazetteer, LinkedEntity e) {
        if (e.type() == EntityType.COMPANY) {
            return COMPANY;
        }
        if (e.type() != EntityType.REGION) {
            return -1;
        }
        return gazetteer.byIri(e.iri()).map(GazetteerEntry::rdfClass).map(c -> RANKS.getOrDefault(c, 2)).orElse(2);
    }

    /** The IRI of the story's main region ({@link MainRegion}), or null. */
    String mainRegion() {
        return mainRegion;
    }

    /**
     * The subject named in {@code [sentenceBegin, pos)}: the most specific region, the later one among
     * equals; a company counts only from {@code clauseBegin} on and only when no region follows it.
     * Null when none is named.
     */
    String at(int sentenceBegin, int clauseBegin, int pos) {
        Hit best = null;
        // hits are sorted by begin: only those from sentenceBegin up to pos can lie in the range
        for (int i = firstFrom(sentenceBegin); i < hits.size() && hits.get(i).begin() <= pos; i++) {
            Hit h = hits.get(i);
            if (h.end() > pos) {
                continue;
            }
            if (h.rank() == COMPANY && h.begin() < clauseBegin) {
                continue;
            }
            boolean company = h.rank() == COMPANY;
            if (best == null || company || best.rank() == COMPANY || h.rank() >= best.rank()) {
                best = h;
            }
        }
        if (best == null || best.rank() != COMPANY) {
            Hit antecedent = anaphor(clauseBegin, pos);
            if (antecedent != null) {
                return antecedent.entity().iri();
            }
        }
        return best == null ? null : best.entity().iri();
    }

    /** Index of the first hit beginning at or after {@code offset}. */
    private int firstFrom(int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** 公司2023年营业收入…: a clause opening with 公司 or 该企业 is about the company named just before. */
    private Hit anaphor(int clauseBegin, int pos) {
        String clause = text.substring(clauseBegin, pos);
        if (ANAPHORS.stream().noneMatch(clause::startsWith)) {
            return null;
        }
        Hit last = null;
        for (Hit h : hits) {
            if (h.rank() == COMPANY && h.end() <= clauseBegin && clauseBegin - h.end() <= ANAPHOR_REACH) {
                last = h;
            }
        }
        return last;
    }

    /** Whether document offset {@code pos} lies in a name of a region, company, agency or person (kept out of labels). */
    boolean inName(int pos) {
        return blanks.get(pos);
    }
}
