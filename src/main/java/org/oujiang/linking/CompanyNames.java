package org.oujiang.linking;

import java.util.List;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Lexicon;
import org.oujiang.nlp.Segmenter;

/**
 * The identity key of a company name: the name without its place prefix, legal suffix and business
 * descriptors (浙江天曜半导体有限公司 → 天曜; 康奈集团有限公司 → 康奈). Full and short names of one company
 * share the key, so they share one IRI in every story. Needs the lexicon and the gazetteer.
 */
final class CompanyNames {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    CompanyNames(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    String key(String name) {
        // A place starts a registered name (浙江天曜半导体有限公司) but is part of other names (宁波舟山港).
        boolean registered = Lexicon.endingAt(lexicon.companySuffixes(), name, name.length()) != null
                || Lexicon.endingAt(lexicon.companyDescriptors(), name, name.length()) != null;
        String k = stripEndings(name);
        if (registered) {
            // 浙江天曜半导体有限公司 → 天曜, but 宁德时代… stays 宁德时代: 时代 alone is an ordinary word
            String rest = stripEndings(stripRegionPrefix(name));
            if (!rest.equals(k) && !Segmenter.isCommonWord(rest)) {
                k = rest;
            }
        }
        return k;
    }

    /** Legal suffixes and business descriptors off the end, as long as two characters remain. */
    private String stripEndings(String name) {
        String k = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            String s = Lexicon.endingAt(lexicon.companySuffixes(), k, k.length());
            if (s == null) {
                s = Lexicon.endingAt(lexicon.companyDescriptors(), k, k.length());
            }
            if (s != null && k.length() - s.length() >= 2) {
                k = k.substring(0, k.length() - s.length());
                changed = true;
            }
        }
        return k;
    }

    /** 浙江天曜… → 天曜…, when a region name starts the company name and at least two characters remain. */
    private String stripRegionPrefix(String name) {
        for (int len = Math.min(name.length() - 2, 12); len >= 2; len--) {
            String head = name.substring(0, len);
            if (!gazetteer.lookup(head, EntityType.REGION).isEmpty()) {
                return name.substring(len);
            }
        }
        return name;
    }

    /** The better of two names for the canonical label: a legal name over a short one, then the longer. */
    String better(String a, String b) {
        boolean la = legal(a);
        boolean lb = legal(b);
        if (la != lb) {
            return la ? a : b;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length() ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean legal(String name) {
        List<String> suffixes = lexicon.companySuffixes();
        return Lexicon.endingAt(suffixes, name, name.length()) != null;
    }
}
