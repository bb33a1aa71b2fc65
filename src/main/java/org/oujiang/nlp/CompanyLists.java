package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.List;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;

/**
 * Company names in lists: the items of an enumeration that a company cue closes (甲、乙、丙等企业,
 * 甲、乙等项目) or announces (品牌，如甲、乙、丙). An item named with its industry (某某高效光伏) is split
 * into the company and an industry mention. Needs the lexicon, the gazetteer and the tokens.
 */
final class CompanyLists {
    /** Words that introduce examples: 如, 例如, 包括 … */
    static final List<String> LIST_INTROS = List.of("比如", "例如", "包括", "如", "像");
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    CompanyLists(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** Companies listed in sentence {@code s}, appended to {@code out}. */
    void find(Sentence s, TextSpan span, List<Mention> out) {
        String text = span.text.substring(s.begin(), s.end());
        for (String cue : lexicon.companyCues()) {
            int at = text.indexOf(cue);
            while (at >= 0) {
                int after = at + cue.length();
                // 等企业 closes a list: 甲、乙、丙等企业 / 甲、乙等整车企业
                int deng = text.lastIndexOf('等', at);
                if (deng >= 0 && at - deng <= 5 && text.substring(deng + 1, at).chars().allMatch(c -> TextSpan.han((char) c))) {
                    listBefore(s, span, s.begin() + deng, out);
                }
                // 品牌，如甲、乙、丙 opens one
                int intro = skipTo(text, after);
                if (intro >= 0) {
                    listAfter(s, span, s.begin() + intro, out);
                }
                at = text.indexOf(cue, after);
            }
        }
        int deng = text.indexOf("等项目");
        if (deng > 0) {
            listBefore(s, span, s.begin() + deng, out);
        }
    }

    private static int skipTo(String text, int from) {
        int p = from;
        while (p < text.length() && p - from <= 2 && ",，:：".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        for (String w : LIST_INTROS) {
            if (text.startsWith(w, p)) {
                return p + w.length();
            }
        }
        return -1;
    }

    private void listBefore(Sentence s, TextSpan span, int end, List<Mention> out) {
        List<int[]> items = new ArrayList<>();
        int itemEnd = end;
        int p = end - 1;
        while (p >= s.begin()) {
            char c = span.text.charAt(p);
            if (c == '、') {
                items.add(new int[] {p + 1, itemEnd});
                itemEnd = p;
            } else if (!TextSpan.nameChar(c)) {
                break;
            }
            p--;
        }
        if (items.isEmpty()) {
            return;
        }
        items.add(new int[] {itemStart(span, p + 1, itemEnd), itemEnd});
        items.forEach(it -> item(s, span, it[0], it[1], out));
    }

    private void listAfter(Sentence s, TextSpan span, int begin, List<Mention> out) {
        int itemBegin = begin;
        List<int[]> items = new ArrayList<>();
        for (int p = begin; p <= s.end(); p++) {
            char c = p < s.end() ? span.text.charAt(p) : '。';
            if (c == '、' || c == '和' || c == '及' || c == '等' || !TextSpan.nameChar(c)) {
                items.add(new int[] {itemBegin, p});
                itemBegin = p + 1;
                if (c != '、' && c != '和' && c != '及') {
                    break;
                }
            }
        }
        if (items.size() >= 2) {
            items.forEach(it -> item(s, span, it[0], it[1], out));
        }
    }

    /**
     * The first item of a list closed by 等 starts after the last verb, particle, preposition or pronoun
     * before it (先后引进甲、乙等企业 → 甲); one-character adverbs are no boundary (正阳 starts with 正).
     */
    static int itemStart(TextSpan span, int from, int end) {
        int start = from;
        for (int i = Math.max(0, span.tokenAt(from)); i < span.tokens.size(); i++) {
            Token t = span.tokens.get(i);
            if (t.end() > end) {
                break;
            }
            String n = t.nature();
            boolean boundary = n.startsWith("v") && !n.equals("vn") || n.startsWith("p") || n.startsWith("u")
                    || n.startsWith("c") || n.startsWith("r") || n.startsWith("d") && t.text().length() > 1;
            if (t.begin() >= from && boundary) {
                start = t.end();
            }
        }
        return start;
    }

    private void item(Sentence s, TextSpan span, int begin, int end, List<Mention> out) {
        if (end - begin < 2 || end - begin > 10) {
            return;
        }
        String name = span.text.substring(begin, end);
        if (!gazetteer.lookup(name).isEmpty() || !name.chars().allMatch(c -> TextSpan.nameChar((char) c))) {
            return;
        }
        int[] split = splitIndustryTail(span, begin, end);
        int nameEnd = split[0];
        if (split[1] < end) {
            out.add(new Mention(span.text.substring(split[1], end), EntityType.INDUSTRY, split[1], end, s.index(),
                    "enumeration-tail"));
        }
        if (nameEnd - begin >= 2) {
            out.add(new Mention(span.text.substring(begin, nameEnd), EntityType.COMPANY, begin, nameEnd, s.index(),
                    "enumeration"));
        }
    }

    /**
     * 某某高效光伏 names a company by its industry: the company is 某某, the tail an industry. A tail that is
     * a company descriptor (天曜半导体) stays part of the name. Adjectives before the industry go with it.
     */
    private int[] splitIndustryTail(TextSpan span, int begin, int end) {
        for (int cut = begin + 2; cut < end; cut++) {
            String tail = span.text.substring(cut, end);
            boolean industry = !gazetteer.lookup(tail, EntityType.INDUSTRY).isEmpty();
            if (industry && !lexicon.companyDescriptors().contains(tail)) {
                int nameEnd = cut;
                int t = span.tokenAt(nameEnd - 1);
                while (t >= 0 && (span.tokens.get(t).nature().startsWith("a") || span.tokens.get(t).nature().equals("b")) && span.tokens.get(t).begin() - begin >= 2) {
                    nameEnd = span.tokens.get(t).begin();
                    t--;
                }
                return new int[] {nameEnd, cut};
            }
        }
        return new int[] {end, end};
    }
}
