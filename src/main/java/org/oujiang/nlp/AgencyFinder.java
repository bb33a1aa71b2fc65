package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.List;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;

/**
 * Finds government agencies: a region name or a national head word (国家, 国务院), then organ words,
 * then an agency ending (局, 委员会, 领导小组办公室 …): 温州市经信局, 国家统计局苏州调查队. Also the
 * national agencies of {@code agencies.tsv} by name and alias, and bare abbreviations (经信局) that
 * the linker resolves against the agencies named in full elsewhere in the story.
 */
final class AgencyFinder {
    private static final int MAX_MIDDLE = 14;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    /** National agency names, aliases and abbreviations, longest first (the order of the lexicon otherwise). */
    private final WordIndex names;
    private final WordIndex suffixes;
    private final WordIndex heads;

    AgencyFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        List<String> all = new ArrayList<>();
        lexicon.agencies().forEach((label, aliases) -> {
            all.add(label);
            all.addAll(aliases);
        });
        all.addAll(lexicon.agencyAbbreviations().keySet());
        all.sort((a, b) -> b.length() - a.length());
        this.names = WordIndex.over(all);
        this.suffixes = WordIndex.over(lexicon.agencySuffixes());
        this.heads = WordIndex.over(lexicon.agencyHeads());
    }

    List<Mention> find(CleanDocument doc, TextSpan span, List<Mention> regionMentions) {
        // by start offset, so each position looks up its region in constant time (the first one when several start there)
        Mention[] regions = new Mention[span.text.length() + 1];
        regionMentions.stream().filter(r -> r.type() == EntityType.REGION).forEach(r -> {
            if (regions[r.begin()] == null) {
                regions[r.begin()] = r;
            }
        });
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Mention> here = new ArrayList<>();
            for (int pos = s.begin(); pos < s.end(); pos++) {
                Mention m = agencyAt(span, s, pos, regions);
                if (m != null) {
                    here.add(m);
                    pos = m.end() - 1;
                }
            }
            if (!here.isEmpty()) { // most sentences name no agency; addAll copies even an empty list
                found.addAll(mergeAdjacent(span, here));
            }
            named(span, s, found);
        }
        return found;
    }

    /** An agency that starts at {@code pos} with a region or head word, or null. */
    private Mention agencyAt(TextSpan span, Sentence s, int pos, Mention[] regions) {
        int headEnd = headEnd(span, pos, regions);
        if (headEnd < 0) {
            return null;
        }
        String text = span.text;
        for (int p = headEnd; p < s.end() && p - headEnd <= MAX_MIDDLE; p++) {
            char c = text.charAt(p);
            if (!TextSpan.han(c)) {
                return null;
            }
            String suffix = suffixes.startingAt(text, p);
            boolean bareLevel = headEnd - pos == 1 && p - headEnd < 2; // 市委, 省委 are no agencies here
            if (suffix != null && !bareLevel && !insideCommonWord(span, p, suffix) && organWords(span, headEnd, p)) {
                int end = p + suffix.length();
                return new Mention(text.substring(pos, end), EntityType.GOVERNMENT_AGENCY, pos, end, s.index(), "agency-pattern");
            }
            if (p > headEnd && !organToken(span, p)) {
                return null;
            }
        }
        return null;
    }

    /** 局 in 格局 or 布局 is no agency ending: a one-character ending must not close an ordinary word. */
    private static boolean insideCommonWord(TextSpan span, int p, String suffix) {
        if (suffix.length() > 1) {
            return false;
        }
        int i = span.tokenAt(p);
        Token t = i < 0 ? null : span.tokens.get(i);
        return t != null && t.text().length() == 2 && t.begin() == p - 1 && !t.nature().startsWith("nt");
    }

    /** End of a region mention or head word starting at {@code pos} (市/省/县 included), or -1. */
    private int headEnd(TextSpan span, int pos, Mention[] regions) {
        Mention r = regions[pos];
        if (r != null) {
            int end = r.end();
            // 温州 + 市 when the short name was used with the suffix split off
            if ("市省县区".indexOf(span.at(end)) >= 0 && !r.text().endsWith(String.valueOf(span.at(end)))) {
                end++;
            }
            return end;
        }
        // Head words and level words both need a word boundary before them; most positions are inside a
        // word, so that cheap test comes before the head-word lookup.
        if (!(pos == 0 || !TextSpan.han(span.at(pos - 1)) || span.tokenStart(pos))) {
            return -1;
        }
        String head = heads.startingAt(span.text, pos);
        if (head != null) {
            return pos + head.length();
        }
        // 省发展改革委: a level word standing alone before organ words; the linker finds the region
        int i = span.tokenAt(pos);
        boolean levelWord = "省市县区".indexOf(span.at(pos)) >= 0 && i >= 0 && span.tokens.get(i).begin() == pos
                && (span.tokens.get(i).text().length() == 1 || span.tokens.get(i).nature().startsWith("nt"));
        return levelWord ? pos + 1 : -1;
    }

    /** The words between the head and the ending are organ words: nouns, not verbs or particles. */
    private static boolean organWords(TextSpan span, int from, int to) {
        for (int p = from; p < to; p++) {
            if (!organToken(span, p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean organToken(TextSpan span, int p) {
        char c = span.at(p);
        if (c == '和' || c == '与') {
            return true;
        }
        String nature = span.natureAt(p);
        return TextSpan.nameLike(nature) || nature.startsWith("v") && !nature.equals("vshi") && !nature.equals("vyou")
                && span.tokens.get(span.tokenAt(p)).text().length() >= 2;
    }

    private static boolean startsWord(TextSpan span, int pos) {
        return span.tokenStart(pos) || !TextSpan.han(span.at(pos - 1));
    }

    /** 国家统计局 directly followed by 苏州调查队 is one agency. */
    private static List<Mention> mergeAdjacent(TextSpan span, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.end() == m.begin()) {
                out.set(out.size() - 1, new Mention(span.text.substring(prev.begin(), m.end()), m.type(),
                        prev.begin(), m.end(), m.sentence(), "agency-pattern"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** National agencies by name or alias, and abbreviations (经信局) standing alone. */
    private void named(TextSpan span, Sentence s, List<Mention> out) {
        String text = span.text;
        for (int pos = s.begin(); pos < s.end(); pos++) {
            String n = names.startingAt(text, pos);
            if (n == null || n.length() < 3) {
                continue;
            }
            // 市经信局: a level word before a bare abbreviation belongs to it
            int b = "市省县区".indexOf(span.at(pos - 1)) >= 0 && startsWord(span, pos - 1) ? pos - 1 : pos;
            if (b < pos || startsWord(span, pos)) {
                out.add(new Mention(text.substring(b, pos + n.length()), EntityType.GOVERNMENT_AGENCY, b,
                        pos + n.length(), s.index(), "agency-name"));
                pos += n.length() - 1;
            }
        }
    }
}
