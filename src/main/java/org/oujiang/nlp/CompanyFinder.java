package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;

/**
 * Finds company names by evidence: a legal or group suffix after a run of name-like words
 * (康奈集团有限公司), and the items of an enumeration that a company cue announces or closes
 * (品牌，如甲、乙、丙 / 甲、乙、丙等企业). Needs the lexicon, the gazetteer (a scheme name is no company)
 * and the segmenter's tokens.
 */
final class CompanyFinder {
    private static final Set<String> DETERMINERS = Set.of("该", "某", "这", "那", "各", "本", "子", "此", "其", "每", "分", "总");
    private static final List<String> LIST_INTROS = List.of("比如", "例如", "包括", "如", "像");
    private static final int MAX_NAME = 16;
    private static final java.util.regex.Pattern LATIN_ABBREVIATION =
            java.util.regex.Pattern.compile("[（(][A-Z][A-Za-z0-9&.\\-]{1,9}[)）]");
    /** Words that announce a company, never part of its name (龙头企业某某有限公司). */
    private static final Set<String> CUE_WORDS = Set.of("企业", "公司", "龙头", "龙头企业", "品牌", "集团", "上市公司");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    CompanyFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    List<Mention> find(CleanDocument doc, TextSpan span) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            bySuffix(s, span, found);
            ports(s, span, found);
            withLatinAbbreviation(s, span, found);
            byEnumeration(s, span, found);
        }
        return found;
    }

    private void bySuffix(Sentence s, TextSpan span, List<Mention> out) {
        String text = span.text;
        for (int pos = s.begin(); pos < s.end(); pos++) {
            String suffix = Lexicon.startingAt(lexicon.companySuffixes(), text, pos);
            if (suffix == null) {
                continue;
            }
            int end = pos + suffix.length();
            int begin = nameStart(span, s.begin(), pos);
            if (pos - begin >= 2 && !DETERMINERS.contains(text.substring(begin, begin + 1))
                    && gazetteer.lookup(text.substring(begin, pos)).stream()
                    .noneMatch(e -> e.type() != EntityType.REGION)) {
                out.add(new Mention(text.substring(begin, end), EntityType.COMPANY, begin, end, s.index(), "suffix"));
            }
            pos = end - 1;
        }
    }

    /** 宁德时代（CATL）: a name followed by a bracketed Latin abbreviation or ticker names an organisation. */
    private void withLatinAbbreviation(Sentence s, TextSpan span, List<Mention> out) {
        java.util.regex.Matcher m = LATIN_ABBREVIATION.matcher(span.text).region(s.begin(), s.end());
        while (m.find()) {
            int end = m.start();
            int begin = nameStart(span, s.begin(), end);
            String name = span.text.substring(begin, end);
            if (end - begin >= 2 && gazetteer.lookup(name).isEmpty()
                    && Lexicon.endingAt(lexicon.agencySuffixes(), name, name.length()) == null) {
                out.add(new Mention(name, EntityType.COMPANY, begin, end, s.index(), "abbreviation"));
            }
        }
    }

    /** 宁波舟山港: place names followed by 港 name the port and its operating company (not 港区, 港口, 港澳). */
    private void ports(Sentence s, TextSpan span, List<Mention> out) {
        String text = span.text;
        for (int p = text.indexOf('港', s.begin()); p >= 0 && p < s.end(); p = text.indexOf('港', p + 1)) {
            if ("区口澳湾城务".indexOf(span.at(p + 1)) >= 0) {
                continue;
            }
            int begin = p;
            boolean more = true;
            while (more) {
                more = false;
                for (int len = Math.min(4, begin - s.begin()); len >= 2; len--) {
                    if (!gazetteer.lookup(text.substring(begin - len, begin), EntityType.REGION).isEmpty()) {
                        begin -= len;
                        more = true;
                        break;
                    }
                }
            }
            if (begin < p) {
                out.add(new Mention(text.substring(begin, p + 1), EntityType.COMPANY, begin, p + 1, s.index(), "port"));
            }
        }
    }

    /** Start of the run of name-like tokens that ends at {@code end}. */
    static int nameStart(TextSpan span, int limit, int end) {
        int begin = end;
        int i = span.tokenAt(end - 1);
        while (i >= 0) {
            Token t = span.tokens.get(i);
            if (t.begin() < limit || end - t.begin() > MAX_NAME || !TextSpan.nameLike(t.nature()) && !innerChar(span, i)) {
                break;
            }
            if (CUE_WORDS.contains(t.text())) {
                break;
            }
            if (!t.text().chars().allMatch(c -> TextSpan.nameChar((char) c))) {
                break;
            }
            begin = t.begin();
            i--;
        }
        return begin;
    }

    /**
     * A one-character word HanLP tags as a verb or adjective inside a name (永康市飞剑工贸 → 飞) belongs to
     * it when a name-like word stands right before it.
     */
    private static boolean innerChar(TextSpan span, int i) {
        Token t = span.tokens.get(i);
        if (t.text().length() != 1 || !TextSpan.han(t.text().charAt(0)) || i == 0) {
            return false;
        }
        String n = t.nature();
        Token before = span.tokens.get(i - 1);
        return (n.startsWith("v") || n.startsWith("a") || n.equals("b") || n.equals("q")) && before.end() == t.begin()
                && TextSpan.nameLike(before.nature()) && !CUE_WORDS.contains(before.text());
    }

    private void byEnumeration(Sentence s, TextSpan span, List<Mention> out) {
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
        brandAfterIntro(s, span, text, out);
        nameAfterCue(s, span, text, out);
        example(s, span, text, out);
        int deng = text.indexOf("等项目");
        if (deng > 0) {
            listBefore(s, span, s.begin() + deng, out);
        }
    }

    /** 例如，某某品牌 / 以某某集团为例: a short name right after an example word, closed by a cue. */
    private void brandAfterIntro(Sentence s, TextSpan span, String text, List<Mention> out) {
        for (String intro : LIST_INTROS) {
            for (int at = text.indexOf(intro); at >= 0; at = text.indexOf(intro, at + 1)) {
                int p = at + intro.length();
                while (p < text.length() && ",，:：".indexOf(text.charAt(p)) >= 0) {
                    p++;
                }
                for (int k = p + 2; k < text.length() && k - p <= 8 && TextSpan.nameChar(text.charAt(k - 1)); k++) {
                    if (text.startsWith("品牌", k) && gazetteer.lookup(text.substring(p, k)).isEmpty()) {
                        out.add(new Mention(text.substring(p, k), EntityType.COMPANY, s.begin() + p, s.begin() + k,
                                s.index(), "brand"));
                        break;
                    }
                }
            }
        }
    }

    /** 龙头企业宁德时代: a run of name-like words right after a company cue word. */
    private void nameAfterCue(Sentence s, TextSpan span, String text, List<Mention> out) {
        for (String cue : lexicon.companyCues()) {
            if (cue.length() < 3) {
                continue; // 企业某某 is too loose; 龙头企业某某, 上市公司某某 are not
            }
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int b = s.begin() + at + cue.length();
                int e = b;
                for (int i = span.tokenAt(b); i >= 0 && i < span.tokens.size(); i++) {
                    Token t = span.tokens.get(i);
                    // HanLP may glue the cue to the name (企业宁德时代/nt): the name is the token's rest
                    boolean glued = t.begin() < b && t.end() > b && e == b;
                    if (!glued && t.begin() != e || !properNoun(t.nature()) || t.end() - b > 8) {
                        break;
                    }
                    e = t.end();
                }
                int next = span.tokenAt(e);
                boolean wordEnds = !TextSpan.han(span.at(e)) || next >= 0 && span.tokens.get(next).begin() == e
                        && "vudpcft".indexOf(span.tokens.get(next).nature().charAt(0)) >= 0;
                if (wordEnds) {
                    candidate(s, span, b, e, "cue", out);
                }
            }
        }
    }

    /** 以某某为例: the example named between 以 and 为例. */
    private void example(Sentence s, TextSpan span, String text, List<Mention> out) {
        for (int at = text.indexOf("为例"); at > 0; at = text.indexOf("为例", at + 1)) {
            int open = text.lastIndexOf('以', at);
            if (open >= 0 && at - open - 1 >= 2 && at - open - 1 <= 10) {
                candidate(s, span, s.begin() + open + 1, s.begin() + at, "example", out);
            }
        }
    }

    /** A name of 2–10 name characters that is no scheme or region name. */
    private void candidate(Sentence s, TextSpan span, int b, int e, String how, List<Mention> out) {
        if (e - b < 2 || e - b > 10) {
            return;
        }
        String name = span.text.substring(b, e);
        boolean generic = lexicon.companyCues().stream().anyMatch(name::startsWith);
        if (!generic && name.chars().allMatch(c -> TextSpan.nameChar((char) c)) && gazetteer.lookup(name).isEmpty()) {
            out.add(new Mention(name, EntityType.COMPANY, b, e, s.index(), how));
        }
    }

    /** Natures HanLP gives proper names and unknown words: a company's short name is one of these. */
    private static boolean properNoun(String nature) {
        return nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt") || nature.startsWith("nz")
                || nature.startsWith("nx") || nature.equals("x") || nature.equals("j");
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
