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
    private final CompanyNames companies;

    ShortNames(CleanDocument doc, Lexicon lexicon, CompanyNames companies) {
        this.doc = doc;
        this.companies = companies;
    }

    List<Mention> extraMentions(List<Mention> mentions) {
        List<Mention> extra = new ArrayList<>();
        String text = doc.matchText();
        for (String key : mentions.stream().filter(m -> m.type() == EntityType.COMPANY)
                .map(m -> companies.key(m.text())).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            // longest keys first, so 华为终端 is not taken for 华为
            if (key.length() < 2) {
                continue;
            }
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                int b = at;
                int e = at + key.length();
                boolean covered = mentions.stream().anyMatch(m -> m.begin() < e && b < m.end())
                        || extra.stream().anyMatch(m -> m.begin() < e && b < m.end());
                Sentence s = sentenceOf(b);
                if (!covered && s != null && e <= s.end()) {
                    extra.add(new Mention(key, EntityType.COMPANY, b, e, s.index(), "short-name"));
                }
            }
        }
        return extra;
    }

    private Sentence sentenceOf(int pos) {
        for (Sentence s : doc.sentences()) {
            if (s.begin() <= pos && pos < s.end()) {
                return s;
            }
        }
        return null;
    }
}
