package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;

/**
 * Finds company names by evidence: a legal or group suffix after a run of name-like words
 * (康奈集团有限公司), ports named by places, a bracketed Latin abbreviation, a name after a specific cue
 * (龙头企业某某, 以某某为例, 例如某某品牌), and the items of company lists ({@link CompanyLists}). Needs the
 * lexicon, the gazetteer (a scheme name is no company) and the segmenter's tokens.
 */
final class CompanyFinder {
    private static final Set<String> DETERMINERS = Set.of("该", "某", "这", "那", "各", "本", "子", "此", "其", "每", "分", "总");
    private static final int MAX_NAME = 16;
    private static final java.util.regex.Pattern LATIN_ABBREVIATION =
            java.util.regex.Pattern.compile("[（(][A-Z][A-Za-z0-9&.\\-]{1,9}[)）]");
    /** Words that announce a company, never part of its name (龙头企业某某有限公司). */
    private static final Set<String> CUE_WORDS = Set.of("企业", "公司", "龙头", "龙头企业", "品牌", "集团", "上市公司");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final CompanyLists lists;
    private final WordIndex suffixes;

    CompanyFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.suffixes = WordIndex.over(lexicon.companySuffixes());
        this.gazetteer = gazetteer;
        this.lists = new CompanyLists(lexicon, gazetteer);
    }

    List<Mention> find(CleanDocument doc, TextSpan span) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            bySuffix(s, span, found);
            ports(s, span, found);
            withLatinAbbreviation(s, span, found);
            lists.find(s, span, found);
            String text = span.text.substring(s.begin(), s.end());
            brandAfterIntro(s, span, text, found);
            nameAfterCue(s, span, text, found);
            example(s, span, text, found);
        }
        return found;
    }

    private void bySuffix(Sentence s, TextSpan span, List<Mention> out) {
        String text = span.text;
        for (int pos = s.begin(); pos < s.end(); pos++) {
            String suffix = suffixes.startingAt(text, pos);
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
        String sentence = span.text.substring(s.begin(), s.end());
        if (sentence.indexOf('(') < 0 && sentence.indexOf('（') < 0) {
            return; // the pattern opens with a bracket: no regex scan of sentences without one
        }
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

    /** 例如，某某品牌 / 以某某集团为例: a short name right after an example word, closed by a cue. */
    private void brandAfterIntro(Sentence s, TextSpan span, String text, List<Mention> out) {
        for (String intro : CompanyLists.LIST_INTROS) {
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

}
