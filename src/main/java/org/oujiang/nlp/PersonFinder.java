package org.oujiang.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;

/**
 * Finds people. HanLP's person tags over-fire on ordinary words, so a name is taken only with evidence:
 * a post title right before or after it (局长陈某, 陈某局长) or a verb of saying right after it (陈某表示).
 * The name must start with a known surname. Once confirmed, every other occurrence of the name in the
 * story is a mention too.
 */
final class PersonFinder {
    private static final String AFTER_NAME = "再也还在就对曾已又则指表说介强认称透坦告谈提直解补回，,、。；;：:（(";
    private final Lexicon lexicon;
    private final WordIndex postTitles;

    PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.postTitles = WordIndex.over(lexicon.postTitles());
    }

    List<Mention> find(CleanDocument doc, TextSpan span) {
        Set<String> names = new HashSet<>();
        for (Token t : span.tokens) {
            if (t.nature().equals("nr") && plausible(t.text()) && confirmed(span, t.begin(), t.end())) {
                names.add(t.text());
            }
        }
        for (int p = 0; p < span.text.length(); p++) {
            String title = postTitles.startingAt(span.text, p);
            if (title != null) {
                String name = nameAfterTitle(span, p + title.length());
                if (name != null) {
                    names.add(name);
                }
                p += title.length() - 1;
            }
        }
        return occurrences(doc, span, names);
    }

    private boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 4) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) { // a loop: asked for every name-tagged token
            if (!TextSpan.han(name.charAt(i))) {
                return false;
            }
        }
        if (lexicon.personStopwords().contains(name.substring(0, 1))) {
            return false;
        }
        return lexicon.surnames().contains(name.substring(0, 1)) || lexicon.surnames().contains(name.substring(0, 2));
    }

    private boolean confirmed(TextSpan span, int begin, int end) {
        String before = span.text.substring(Math.max(0, begin - 8), begin);
        if (Lexicon.endingAt(lexicon.postTitles(), before, before.length()) != null) {
            return true;
        }
        for (String v : lexicon.speechVerbs()) {
            if (span.text.startsWith(v, end)) {
                return true;
            }
        }
        // 李某总理, 王某同志: a post title or 同志 right after the name
        return Lexicon.startingAt(lexicon.postTitles(), span.text, end) != null || span.text.startsWith("同志", end);
    }

    /** A surname and one or two more characters right after a post title, ended by a plausible boundary. */
    private String nameAfterTitle(TextSpan span, int p) {
        int i = span.tokenAt(p);
        if (i >= 0 && span.tokens.get(i).begin() == p && span.tokens.get(i).nature().equals("nr")
                && plausible(span.tokens.get(i).text())) {
            return span.tokens.get(i).text();
        }
        for (int len = 3; len >= 2; len--) {
            if (p + len > span.text.length()) {
                continue;
            }
            String name = span.text.substring(p, p + len);
            char next = span.at(p + len);
            if (plausible(name) && (next == '\0' || AFTER_NAME.indexOf(next) >= 0)) {
                return name;
            }
        }
        return null;
    }

    private static List<Mention> occurrences(CleanDocument doc, TextSpan span, Set<String> names) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (String n : names) {
                for (int at = span.text.indexOf(n, s.begin()); at >= 0 && at + n.length() <= s.end();
                     at = span.text.indexOf(n, at + n.length())) {
                    out.add(new Mention(n, EntityType.PERSON, at, at + n.length(), s.index(), "person"));
                }
            }
        }
        return out;
    }
}
