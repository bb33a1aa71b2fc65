package org.oujiang.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.oujiang.article.CleanDocument;
import org.oujiang.linking.Gazetteer;

/**
 * Finds every entity mention of a document: scheme names from the gazetteer, then agencies, companies,
 * policies and people by evidence. Overlaps are settled longest first; a region named inside an agency
 * or policy name (温州市经信局) stays a mention of that region, a region inside a company name does not.
 * Needs the gazetteer and the lexicon; works on {@link CleanDocument#matchText()}.
 */
public final class MentionFinder {
    private final GazetteerMatcher schemes;
    private final AgencyFinder agencies;
    private final CompanyFinder companies;
    private final PolicyFinder policies;
    private final PersonFinder persons;
    private final Segmenter segmenter;
    private final SchemeEvidence evidence;
    private final IndustryLists industryLists;

    public MentionFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.schemes = new GazetteerMatcher(gazetteer);
        this.agencies = new AgencyFinder(lexicon, gazetteer);
        this.companies = new CompanyFinder(lexicon, gazetteer);
        this.policies = new PolicyFinder(lexicon);
        this.persons = new PersonFinder(lexicon);
        this.evidence = new SchemeEvidence(lexicon);
        this.industryLists = new IndustryLists(gazetteer);
        Map<String, String> words = GazetteerMatcher.customWords(gazetteer);
        lexicon.agencies().keySet().forEach(a -> words.putIfAbsent(a, "nt"));
        this.segmenter = new Segmenter(words);
    }

    /** Loads the gazetteer and lexicon from the ontology directory. */
    public static MentionFinder load(Path ontologyDir) {
        return new MentionFinder(Gazetteer.load(ontologyDir), Lexicon.load(ontologyDir.resolve("lexicon")));
    }

    /** Segments the document's sentences: tokens with offsets into the match text. */
    public List<Token> segment(CleanDocument doc) {
        List<Token> tokens = new ArrayList<>();
        doc.sentences().forEach(s -> tokens.addAll(segmenter.segment(doc.matchText().substring(s.begin(), s.end()), s.begin())));
        return tokens;
    }

    public List<Mention> find(CleanDocument doc, List<Token> tokens) {
        TextSpan span = new TextSpan(doc.matchText(), tokens);
        List<Mention> schemeHits = schemes.find(doc, span);
        List<Mention> regions = schemeHits.stream().filter(m -> m.type() == EntityType.REGION).toList();
        List<Mention> all = new ArrayList<>(schemeHits);
        all.addAll(industryLists.find(doc, span, schemeHits));
        all.addAll(agencies.find(doc, span, regions));
        all.addAll(companies.find(doc, span));
        all.addAll(policies.find(doc, span));
        all.addAll(persons.find(doc, span));
        SchemeEvidence.IndustrySpans industries = SchemeEvidence.IndustrySpans.of(all);
        return resolve(all.stream().filter(m -> evidence.keep(m, industries, span)).toList());
    }

    /** Longest first; regions may sit inside agency and policy names. */
    static List<Mention> resolve(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.end() - m.begin()).reversed()
                .thenComparingInt(m -> priority(m.type())).thenComparingInt(Mention::begin));
        List<Mention> kept = new ArrayList<>();
        // kept spans by start, in an array over the text (a TreeMap's boxing and views cost more); longer ones
        // come first, so a clash starts at most `longest` before m
        int size = candidates.stream().mapToInt(Mention::end).max().orElse(0) + 1;
        List<List<Mention>> byBegin = new ArrayList<>(java.util.Collections.nCopies(size, null));
        int longest = sorted.isEmpty() ? 0 : sorted.get(0).end() - sorted.get(0).begin();
        for (Mention m : sorted) {
            boolean clash = false;
            boolean dup = false;
            for (int b = Math.max(0, m.begin() - longest); b < m.end(); b++) {
                List<Mention> near = byBegin.get(b);
                for (int i = 0; near != null && i < near.size(); i++) {
                    Mention k = near.get(i);
                    clash |= overlaps(k, m) && !nestedRegion(k, m);
                    dup |= k.begin() == m.begin() && k.end() == m.end();
                }
            }
            if (!clash && !dup) {
                kept.add(m);
                if (byBegin.get(m.begin()) == null) {
                    byBegin.set(m.begin(), new ArrayList<>(2));
                }
                byBegin.get(m.begin()).add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
        return kept;
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    private static boolean nestedRegion(Mention outer, Mention inner) {
        return inner.type() == EntityType.REGION && outer.begin() <= inner.begin() && inner.end() <= outer.end()
                && (outer.type() == EntityType.GOVERNMENT_AGENCY || outer.type() == EntityType.POLICY);
    }

    private static int priority(EntityType t) {
        return switch (t) {
            case GOVERNMENT_AGENCY -> 0;
            case COMPANY -> 1;
            case POLICY -> 2;
            case REGION -> 3;
            case INDUSTRY -> 4;
            case PERSON -> 5;
            case INDICATOR -> 6;
        };
    }
}
