package org.oujiang.nlp;

import java.util.List;

/**
 * Scheme words are common words too: 物流 or 机器人 in passing is no industry the story is about, and
 * 营商环境 unquoted is no named programme. A scheme industry needs evidence: an industry cue after it
 * (泵阀产业), a list of industries it belongs to, 某地的 before it, or a company named with it. A scheme
 * policy needs quotes or book-title marks, a programme cue after it, or a name that ends like a policy.
 */
final class SchemeEvidence {
    private static final String JOINERS = "、和与及";
    private static final String QUOTES = "“\"《「『";
    private static final String CLOSERS = "”\"》」』";
    private final Lexicon lexicon;

    SchemeEvidence(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Where the industry candidates of one document begin and end, for the list test. */
    record IndustrySpans(java.util.Set<Integer> begins, java.util.Set<Integer> ends) {
        static IndustrySpans of(List<Mention> all) {
            java.util.Set<Integer> begins = new java.util.HashSet<>();
            java.util.Set<Integer> ends = new java.util.HashSet<>();
            all.stream().filter(o -> o.type() == EntityType.INDUSTRY).forEach(o -> {
                begins.add(o.begin());
                ends.add(o.end());
            });
            return new IndustrySpans(begins, ends);
        }
    }

    boolean keep(Mention m, IndustrySpans all, TextSpan span) {
        if (!"gazetteer".equals(m.how())) {
            return true;
        }
        return switch (m.type()) {
            case INDUSTRY -> industry(m, all, span);
            case POLICY -> policy(m, span);
            default -> true;
        };
    }

    private boolean industry(Mention m, IndustrySpans all, TextSpan span) {
        String text = span.text;
        if (Lexicon.startingAt(lexicon.industryCues(), text, m.end()) != null
                || Lexicon.endingAt(lexicon.industryCues(), m.text(), m.text().length()) != null) {
            return true;
        }
        // 甲等六大细分行业: 等 and an industry cue close a list the word belongs to
        if (span.at(m.end()) == '等') {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 10));
            if (lexicon.industryCues().stream().anyMatch(c -> c.length() >= 2 && after.contains(c))) {
                return true;
            }
        }
        if (span.at(m.begin() - 1) == '的') {
            return true;
        }
        // another industry right before or after, joined by 、和与及
        return JOINERS.indexOf(span.at(m.begin() - 1)) >= 0 && all.ends().contains(m.begin() - 1)
                || JOINERS.indexOf(span.at(m.end())) >= 0 && all.begins().contains(m.end() + 1);
    }


    private boolean policy(Mention m, TextSpan span) {
        boolean quoted = QUOTES.indexOf(span.at(m.begin() - 1)) >= 0 && CLOSERS.indexOf(span.at(m.end())) >= 0;
        return quoted
                || Lexicon.startingAt(lexicon.policyCues(), span.text, m.end()) != null
                || Lexicon.startingAt(lexicon.policyCues(), span.text, m.end() + 1) != null
                && "”\"》」』".indexOf(span.at(m.end())) >= 0
                || Lexicon.endingAt(lexicon.policySuffixes(), m.text(), m.text().length()) != null;
    }
}
