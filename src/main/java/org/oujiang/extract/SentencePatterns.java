package org.oujiang.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oujiang.extract.RelationExtractor.Hit;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Lexicon;

/**
 * The relation patterns read inside one sentence, over its mentions in text order.
 * Offsets are into the document's match text.
 */
final class SentencePatterns {
    /** A list of industries closed by “(等)N大 … 产业/集群/行业” is the region's set of clusters. */
    private static final Pattern N_MAJOR = Pattern.compile(
            "[一二两三四五六七八九十\\d]{1,2}大[^，,。；;、]{0,8}?(产业|集群|行业|板块)");
    private static final String CLAUSE_ENDS = "，,。；;：:！!？?";
    /** Words after an industry that make it a kind of firm: 光伏企业, 新能源汽车龙头. */
    private static final Pattern MAKER = Pattern.compile("(产业|行业)?(龙头企业|企业|龙头|公司|厂商|制造商|供应商|巨头)");
    private static final Pattern ISSUE = Pattern.compile("(发布|印发|出台|制定|开展|实施|推出|推行|启动|组织)");
    private static final String LIST_JOINERS = "、和与及,，";

    private final String text;
    private final List<Hit> hits;
    private final String main;
    private final Evidence ev;
    private final Lexicon lexicon;
    private final Map<String, Relation> out;

    SentencePatterns(String text, List<Hit> hits, String main, Evidence ev, Lexicon lexicon, Map<String, Relation> out) {
        this.text = text;
        this.hits = hits;
        this.main = main;
        this.ev = ev;
        this.lexicon = lexicon;
        this.out = out;
    }

    void run() {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            switch (h.type()) {
                case INDUSTRY -> industry(i, h);
                case POLICY -> policy(i, h);
                case PERSON -> post(i, h);
                default -> { }
            }
        }
    }

    private void industry(int i, Hit h) {
        // 乐清的电工电器 / 温州的电气、通信连接器: a region, 的, then this industry or a list it belongs to.
        int j = i - 1;
        int end = h.m().begin();
        while (j >= 0 && hits.get(j).type() == EntityType.INDUSTRY && joinedBy(hits.get(j).m().end(), end)) {
            end = hits.get(j).m().begin();
            j--;
        }
        boolean owned = j >= 0 && hits.get(j).type() == EntityType.REGION
                && text.startsWith("的", hits.get(j).m().end()) && hits.get(j).m().end() + 1 == end;
        if (owned) {
            RelationExtractor.put(out, hits.get(j).e().iri(), "hasIndustryCluster", h.e().iri(), ev, null);
        } else if (clusterClause(h.m().begin()) && !quoted(h.m().begin())) {
            // 甲、乙和丙四大产业集群; 某区以甲、乙等产业见长; 打造“某某产业之都”: the clause's region, else
            // the region the sentence is about (its first), else the story's
            RelationExtractor.put(out, clusterRegion(i), "hasIndustryCluster", h.e().iri(), ev, null);
        }
        // 某某 + 光伏: a company named with its industry
        if (i > 0 && hits.get(i - 1).type() == EntityType.COMPANY && hits.get(i - 1).m().end() == h.m().begin()) {
            RelationExtractor.put(out, hits.get(i - 1).e().iri(), "inIndustry", h.e().iri(), ev, null);
        }
        // 某公司是一家光伏企业 / 光伏龙头企业某公司: one company and an industry that names a kind of firm
        if (MAKER.matcher(text.substring(h.m().end(), Math.min(ev.end(), h.m().end() + 4))).lookingAt()) {
            int b = clauseStart(h.m().begin());
            int e = clauseEnd(h.m().end());
            List<Hit> firms = hits.stream().filter(x -> x.type() == EntityType.COMPANY
                    && x.m().begin() >= b && x.m().end() <= e).toList();
            if (firms.stream().map(x -> x.e().iri()).distinct().count() == 1) {
                RelationExtractor.put(out, firms.get(0).e().iri(), "inIndustry", h.e().iri(), ev, null);
            }
        }
    }

    /**
     * True when the clause holding {@code pos} says its industries are what a region is known for: it
     * closes a list with “(等)N大…产业/集群” or holds a cluster cue (见长, 产业基地, 之都 …).
     */
    private boolean clusterClause(int pos) {
        int b = clauseStart(pos);
        int e = pos;
        while (e < ev.end() && CLAUSE_ENDS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        String clause = text.substring(b, e);
        if (N_MAJOR.matcher(clause).find()) {
            return true;
        }
        return lexicon.clusterCues().stream().anyMatch(clause::contains);
    }

    /** Inside “…” the word is part of a title (打造“某某产业之都”), not a listed industry. */
    private boolean quoted(int pos) {
        for (int p = pos - 1; p >= ev.begin(); p--) {
            if (text.charAt(p) == '”') {
                return false;
            }
            if (text.charAt(p) == '“') {
                return true;
            }
        }
        return false;
    }

    private String clusterRegion(int i) {
        int clauseStart = clauseStart(hits.get(i).m().begin());
        for (int j = i - 1; j >= 0 && hits.get(j).m().begin() >= clauseStart; j--) {
            if (hits.get(j).type() == EntityType.REGION) {
                return hits.get(j).e().iri();
            }
        }
        return hits.stream().filter(x -> x.type() == EntityType.REGION).map(x -> x.e().iri()).findFirst().orElse(main);
    }

    private int clauseEnd(int pos) {
        int e = pos;
        while (e < ev.end() && CLAUSE_ENDS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    private int clauseStart(int pos) {
        int b = pos;
        while (b > ev.begin() && CLAUSE_ENDS.indexOf(text.charAt(b - 1)) < 0) {
            b--;
        }
        return b;
    }

    private boolean joinedBy(int from, int to) {
        if (to < from || to - from > 1) {
            return false;
        }
        return to == from || LIST_JOINERS.indexOf(text.charAt(from)) >= 0;
    }

    /** The most recent region before hit {@code i} in the sentence, else the story's main region. */
    private String regionBefore(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (hits.get(j).type() == EntityType.REGION) {
                return hits.get(j).e().iri();
            }
        }
        return main;
    }

    private void policy(int i, Hit h) {
        boolean found = false;
        // A region named inside the policy's own name runs it: 某省十四五规划.
        for (Hit r : hits) {
            if (r.type() == EntityType.REGION && r.m().begin() == h.m().begin() + offsetInside(h)) {
                RelationExtractor.put(out, r.e().iri(), "adoptsPolicy", h.e().iri(), ev, null);
                found = true;
                break;
            }
        }
        // The agency that issues or runs it: 某局发布《…》.
        for (int j = i - 1; j >= 0; j--) {
            Hit a = hits.get(j);
            if (a.type() == EntityType.GOVERNMENT_AGENCY
                    && ISSUE.matcher(text.substring(a.m().end(), h.m().begin())).find()) {
                RelationExtractor.put(out, a.e().iri(), "adoptsPolicy", h.e().iri(), ev, null);
                found = true;
                break;
            }
        }
        if (!found) {
            RelationExtractor.put(out, regionBefore(i), "adoptsPolicy", h.e().iri(), ev, null);
        }
    }

    /** 0 when the policy text starts right at its mention (book titles start one character later). */
    private int offsetInside(Hit h) {
        char c = text.charAt(h.m().begin());
        return Character.isLetterOrDigit(c) ? 0 : 1;
    }

    /** Organisation or region, post titles, person: 某市经信局党委书记、局长陈某; 时任某省省长郑某. */
    private void post(int i, Hit h) {
        int p = h.m().begin();
        StringBuilder titles = new StringBuilder();
        while (true) {
            String t = Lexicon.endingAt(lexicon.postTitles(), text, p);
            if (t == null) {
                break;
            }
            titles.insert(0, t);
            p -= t.length();
            if (p > 0 && text.charAt(p - 1) == '、') {
                titles.insert(0, '、');
                p--;
            }
        }
        if (titles.length() == 0) {
            return;
        }
        String detail = titles.toString().replaceFirst("^、", "");
        for (int j = i - 1; j >= 0; j--) {
            Hit o = hits.get(j);
            boolean org = o.type() == EntityType.GOVERNMENT_AGENCY || o.type() == EntityType.COMPANY
                    || o.type() == EntityType.REGION;
            if (org && o.m().end() >= p - 1 && o.m().end() <= p + 1) {
                RelationExtractor.put(out, h.e().iri(), "holdsPostIn", o.e().iri(), ev, detail);
                return;
            }
        }
        if ("市省县区".indexOf(detail.charAt(0)) >= 0 && main != null) {
            RelationExtractor.put(out, h.e().iri(), "holdsPostIn", main, ev, detail);
        }
    }
}
