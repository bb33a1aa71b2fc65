package org.oujiang.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.TextCleaner;

/**
 * Sanity check on general news: the People's Daily NER sample of ../shared/ner-sample (BIO, one
 * character per line). Exact-span precision and recall of people (PER), places (LOC, compared with
 * regions) and organisations (ORG, compared with companies and agencies). Oujiang is tuned for
 * regional-economy stories and demands evidence before it names a person, so recall is expected to be
 * modest and precision high; the floors only catch a collapse.
 */
class NerSampleTest {
    private static final Path SAMPLE = Path.of("../shared/ner-sample/chinesener_peoplesdaily_dev_first500.txt");
    private static final Map<EntityType, String> TAGS = Map.of(EntityType.PERSON, "PER", EntityType.REGION, "LOC",
            EntityType.COMPANY, "ORG", EntityType.GOVERNMENT_AGENCY, "ORG");

    @Test
    void precisionAndRecallOnPeoplesDailySentences() throws IOException {
        assumeTrue(Files.exists(SAMPLE), "../shared/ner-sample absent: skipping the NER sanity check");
        MentionFinder finder = MentionFinder.load(Path.of("ontology"));
        TextCleaner cleaner = new TextCleaner(Path.of("ontology/lexicon"), Segmenter::toSimplified);
        Map<String, int[]> counts = new java.util.TreeMap<>(); // tag → {tp, predicted, gold}
        for (List<String[]> sentence : sentences()) {
            StringBuilder text = new StringBuilder();
            sentence.forEach(c -> text.append(c[0]));
            Set<String> gold = spans(sentence);
            // a title line first, so the cleaner keeps the sentence as body text
            CleanDocument doc = cleaner.clean(new Article("-", null, null, null, "-\n" + text, "ner-sample"));
            int shift = doc.text().indexOf(text.toString());
            Set<String> predicted = new HashSet<>();
            if (shift >= 0) {
                for (Mention m : finder.find(doc, finder.segment(doc))) {
                    String tag = TAGS.get(m.type());
                    if (tag != null) {
                        predicted.add(tag + ":" + (m.begin() - shift) + ":" + (m.end() - shift));
                    }
                }
            }
            for (String tag : List.of("PER", "LOC", "ORG")) {
                int[] c = counts.computeIfAbsent(tag, k -> new int[3]);
                predicted.stream().filter(p -> p.startsWith(tag)).forEach(p -> {
                    c[1]++;
                    if (gold.contains(p)) {
                        c[0]++;
                    }
                });
                c[2] += (int) gold.stream().filter(g -> g.startsWith(tag)).count();
            }
        }
        counts.forEach((tag, c) -> System.out.printf("ner-sample %s: P=%.3f R=%.3f (tp %d, predicted %d, gold %d)%n",
                tag, c[1] == 0 ? 0.0 : (double) c[0] / c[1], (double) c[0] / c[2], c[0], c[1], c[2]));
        assertThat(precision(counts.get("PER"))).isGreaterThan(0.6);
        assertThat(precision(counts.get("LOC"))).isGreaterThan(0.6);
    }

    private static double precision(int[] c) {
        return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    private static List<List<String[]>> sentences() throws IOException {
        List<List<String[]>> out = new ArrayList<>();
        List<String[]> cur = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                }
                cur = new ArrayList<>();
            } else {
                int sp = line.lastIndexOf(' ');
                cur.add(new String[] {line.substring(0, sp), line.substring(sp + 1)});
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Gold spans as "TAG:begin:end" over the sentence's characters (one UTF-16 unit each here). */
    private static Set<String> spans(List<String[]> sentence) {
        Set<String> spans = new HashSet<>();
        int pos = 0;
        int start = -1;
        String tag = null;
        for (String[] c : sentence) {
            String t = c[1];
            if (start >= 0 && !t.equals("I-" + tag)) {
                spans.add(tag + ":" + start + ":" + pos);
                start = -1;
            }
            if (t.startsWith("B-")) {
                start = pos;
                tag = t.substring(2);
            }
            pos += c[0].length();
        }
        if (start >= 0) {
            spans.add(tag + ":" + start + ":" + pos);
        }
        return spans;
    }
}
