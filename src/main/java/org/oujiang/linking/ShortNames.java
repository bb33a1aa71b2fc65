package org.oujiang.linking;

import java.util.ArrayList;
import java.util.List;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Lexicon;
import org.oujiang.nlp.Mention;

/**
 * Later mentions of a company by its short name (康奈 after 康奈集团有限公司): every occurrence of a
 * company's identity key that no other mention covers becomes a mention of that company.
 */
final class ShortNames {
    private final CleanDocument doc;
    /** Company name → identity key ({@link CompanyNames#key}). */
    private final java.util.function.UnaryOperator<String> companyKey;

    ShortNames(CleanDocument doc, Lexicon lexicon, java.util.function.UnaryOperator<String> companyKey) {
        this.doc = doc;
        this.companyKey = companyKey;
    }

    List<Mention> extraMentions(List<Mention> mentions) {
        List<Mention> extra = new ArrayList<>();
        String text = doc.matchText();
        boolean[] covered = new boolean[text.length() + 1];
        mentions.forEach(m -> java.util.Arrays.fill(covered, m.begin(), m.end(), true));
        for (String key : mentions.stream().filter(m -> m.type() == EntityType.COMPANY)
                .map(m -> companyKey.apply(m.text())).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            // longest keys first, so 华为终端 is not taken for 华为
            if (key.length() < 2) {
                continue;
            }
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                int b = at;
                int e = at + key.length();
                Sentence s = sentenceOf(b);
                if (!anyCovered(covered, b, e) && s != null && e <= s.end()) {
                    extra.add(new Mention(key, EntityType.COMPANY, b, e, s.index(), "short-name"));
                    java.util.Arrays.fill(covered, b, e, true);
                }
            }
        }
        return extra;
    }

    private static boolean anyCovered(boolean[] covered, int b, int e) {
        for (int i = b; i < e; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** The sentence holding {@code pos} (binary search: sentences are in text order), or null. */
    private Sentence sentenceOf(int pos) {
        List<Sentence> ss = doc.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = ss.get(mid);
            if (pos < s.begin()) {
                hi = mid - 1;
            } else if (pos >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
