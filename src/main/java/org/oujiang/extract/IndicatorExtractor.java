package org.oujiang.extract;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.Sentence;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.LinkedEntity;

/**
 * Reads the figures of an article. Needs the gazetteer (indicator scheme, region levels) and the lexicon
 * directory ({@code figures-units.tsv}, {@code figures-changes.tsv}, {@code figures-periods.tsv},
 * {@code figures-words.tsv}); gives one {@link Observation} per number with a unit in {@code matchText}:
 * its indicator (scheme concept or minted label), subject (region or company named before it in the
 * sentence, else the one carried from the paragraph, else the article's main region), period (resolved
 * against the article date, carried within a paragraph) and the sentence as evidence.
 */
public final class IndicatorExtractor {
    /** Characters that end a clause for indicator naming. */
    private static final String CLAUSE_BREAK = FigureFinder.BOUNDARY + "、";
    private final FigureLexicon lexicon;
    private final FigureFinder finder;
    private final IndicatorNamer namer;
    private final Gazetteer gazetteer;

    public IndicatorExtractor(Gazetteer gazetteer, Path lexiconDir) {
        this.gazetteer = gazetteer;
        this.lexicon = new FigureLexicon(lexiconDir);
        this.finder = new FigureFinder(lexicon);
        this.namer = new IndicatorNamer(gazetteer, lexicon);
    }

    /** The article's figures, in text order, without repeats within a sentence. */
    public List<Observation> extract(CleanDocument doc, List<LinkedEntity> entities) {
        String text = doc.matchText();
        SubjectResolver subjects = new SubjectResolver(gazetteer, entities, text, lexicon.wordArray("nonsubject"),
                MainRegion.of(doc, entities, gazetteer));
        PeriodResolver periods = new PeriodResolver(lexicon, doc.article().date());
        List<Observation> out = new ArrayList<>();
        String carriedPeriod = null;
        String carriedSubject = null;
        int prevEnd = 0;
        for (Sentence s : doc.sentences()) {
            if (s.begin() == 0 || text.substring(Math.min(prevEnd, s.begin()), s.begin()).contains("\n")) {
                carriedPeriod = null;
                carriedSubject = null;
            }
            prevEnd = s.end();
            String st = text.substring(s.begin(), s.end());
            List<PeriodResolver.Token> tokens = periods.tokens(st);
            List<FigureFinder.Figure> figures = finder.find(st);
            // names blanked out of the sentence for indicator naming; only worth doing where figures are
            String blanked = figures.isEmpty() ? st : blank(st, s.begin(), tokens, subjects);
            Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
            Set<List<Object>> seen = new HashSet<>();
            IndicatorNamer.Named prevName = null;
            int prevFigureEnd = 0;
            String sentenceSubject = null;
            List<Integer> starts = figures.stream().map(FigureFinder.Figure::begin).toList();
            for (FigureFinder.Figure f : figures) {
                int clauseBegin = clauseBegin(st, f.begin());
                String named = subjects.at(s.begin(), s.begin() + clauseBegin, s.begin() + f.begin());
                // a later clause of the sentence keeps the subject an earlier one named (甲…，同比增长8%)
                String subject = named != null ? named : sentenceSubject != null ? sentenceSubject
                        : carriedSubject != null ? carriedSubject : subjects.mainRegion();
                sentenceSubject = named != null ? named : sentenceSubject;
                IndicatorNamer.Named ind = indicator(blanked, prevFigureEnd, f, prevName);
                prevName = ind;
                prevFigureEnd = f.unitEnd();
                String period = periods.resolve(tokens, f.begin(), carriedPeriod, starts);
                if (subject == null || !seen.add(List.of(subject, ind.iri(), f.value(), f.unit().written(), String.valueOf(period)))) {
                    continue;
                }
                BigDecimal norm = f.value().multiply(f.unit().multiplier()).stripTrailingZeros();
                if (f.sign() < 0) {
                    norm = norm.negate();
                }
                out.add(new Observation(subject, ind.iri(), ind.label(), f.value(), f.unit().written(),
                        norm, f.unit().base(), period, ev));
            }
            if (!tokens.isEmpty()) {
                carriedPeriod = periods.resolve(tokens, st.length(), carriedPeriod, starts);
            }
            carriedSubject = sentenceSubject != null ? sentenceSubject : carriedSubject;
        }
        return out;
    }

    /** Names the figure from the clauses since the previous figure, nearest first; else inherits. */
    private IndicatorNamer.Named indicator(String blanked, int from, FigureFinder.Figure f, IndicatorNamer.Named prev) {
        boolean rate = f.change() && ("%".equals(f.unit().base()) || "个百分点".equals(f.unit().base()));
        String context = blanked.substring(Math.min(from, f.begin()), f.begin());
        String[] clauses = clauses(context);
        for (int i = clauses.length - 1; i >= 0; i--) {
            IndicatorNamer.Named n = namer.name(clauses[i], rate);
            if (n != null) {
                return n;
            }
            if (prev != null) {
                break;
            }
        }
        if (prev != null) {
            return rate ? namer.rateOf(prev) : prev;
        }
        String after = blanked.substring(f.unitEnd());
        int stop = 0;
        while (stop < after.length() && (FigureFinder.BOUNDARY + "、").indexOf(after.charAt(stop)) < 0) {
            stop++;
        }
        IndicatorNamer.Named n = namer.name(after.substring(0, stop), rate);
        return n != null ? n : IndicatorNamer.minted("未命名指标");
    }

    /**
     * {@code s} split at clause breaks, as {@code Pattern.split} with the character class would (no match: s
     * itself; trailing empty clauses dropped), by one scan: this runs before every figure.
     */
    static String[] clauses(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_BREAK.indexOf(s.charAt(i)) >= 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (out.isEmpty()) {
            return new String[] {s};
        }
        out.add(s.substring(start));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--;
        }
        return out.subList(0, n).toArray(new String[0]);
    }

    private static int clauseBegin(String st, int pos) {
        int i = pos;
        while (i > 0 && FigureFinder.BOUNDARY.indexOf(st.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** The sentence with period expressions and names of regions, companies, agencies and people as spaces. */
    private static String blank(String st, int offset, List<PeriodResolver.Token> tokens, SubjectResolver names) {
        char[] c = st.toCharArray();
        for (PeriodResolver.Token t : tokens) {
            for (int i = t.begin(); i < t.end(); i++) {
                c[i] = ' ';
            }
        }
        for (int i = 0; i < c.length; i++) {
            if (names.inName(offset + i)) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }
}
