package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;

/**
 * Completes lists of industries: in 甲、乙和丙等新赛道 or 甲、乙等五大产业, where at least one item is a
 * scheme industry, the other items are industries too, even when no scheme names them (a new cluster
 * name a story introduces). Needs the gazetteer; gives INDUSTRY mentions the linker mints IRIs for.
 */
final class IndustryLists {
    /** A list closed by 等 + an industry word, or by N大 … 产业/集群. */
    private static final Pattern CLOSER = Pattern.compile(
            "(等[^，,。；;、：:]{0,6}?(产业|行业|赛道|领域|集群|板块))|([一二两三四五六七八九十\\d]{1,2}大[^，,。；;、]{0,8}?(产业|集群|行业|板块))");
    private static final String JOINERS = "和与及";
    private static final int MAX_ITEM = 8;
    private final Gazetteer gazetteer;

    IndustryLists(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(CleanDocument doc, TextSpan span, List<Mention> schemeHits) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!hasCloserChar(span.text, s.begin(), s.end())) {
                continue; // every CLOSER match holds 等 or 大; no regex scan of sentences without them
            }
            Matcher m = CLOSER.matcher(span.text).region(s.begin(), s.end());
            while (m.find()) {
                List<int[]> items = items(span, s.begin(), m.start());
                boolean industryList = items.stream().anyMatch(it -> known(schemeHits, it));
                if (!industryList) {
                    continue;
                }
                for (int[] it : items) {
                    String name = span.text.substring(it[0], it[1]);
                    boolean overlaps = schemeHits.stream().anyMatch(h -> h.begin() < it[1] && it[0] < h.end());
                    if (!overlaps && gazetteer.lookup(name).isEmpty() && name.indexOf('的') < 0
                            && name.chars().allMatch(c -> TextSpan.han((char) c))) {
                        out.add(new Mention(name, EntityType.INDUSTRY, it[0], it[1], s.index(), "industry-list"));
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasCloserChar(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (text.charAt(i) == '等' || text.charAt(i) == '大') {
                return true;
            }
        }
        return false;
    }

    /** The items before {@code end}, separated by 、 (the last one also by 和/与/及), first one trimmed. */
    private static List<int[]> items(TextSpan span, int limit, int end) {
        List<int[]> items = new ArrayList<>();
        int itemEnd = end;
        int p = end - 1;
        while (p >= limit && TextSpan.nameChar(span.text.charAt(p)) || p >= limit && span.text.charAt(p) == '、') {
            if (span.text.charAt(p) == '、') {
                items.add(0, new int[] {p + 1, itemEnd});
                itemEnd = p;
            }
            p--;
        }
        int first = CompanyLists.itemStart(span, p + 1, itemEnd);
        items.add(0, new int[] {first, itemEnd});
        // 眼镜与宠物用品: the last item may hold one more joined by 和/与/及
        int[] last = items.get(items.size() - 1);
        for (int q = last[0] + 2; q < last[1] - 1; q++) {
            if (JOINERS.indexOf(span.text.charAt(q)) >= 0 && span.tokenStart(q) && span.tokenEnd(q + 1)) {
                items.set(items.size() - 1, new int[] {last[0], q});
                items.add(new int[] {q + 1, last[1]});
                break;
            }
        }
        items.removeIf(it -> it[1] - it[0] < 2 || it[1] - it[0] > MAX_ITEM);
        return items;
    }

    private static boolean known(List<Mention> schemeHits, int[] item) {
        return schemeHits.stream().anyMatch(h -> h.type() == EntityType.INDUSTRY && h.begin() == item[0] && h.end() == item[1]);
    }
}
