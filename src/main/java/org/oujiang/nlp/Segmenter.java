package org.oujiang.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HanLP portable behind one small class: Viterbi segmentation with HanLP's person and organisation
 * recognition, plus custom words (gazetteer names) given at construction. The only class that imports
 * {@code com.hankcs}. Thread-safe after construction.
 *
 * <p>HanLP's place recognition is left off: Oujiang's regions come from the gazetteer, whose names reach
 * HanLP as custom words tagged {@code ns} anyway, and the recogniser's guesses at other places (villages,
 * stations) are used by no finder. It cost a fifth of the pipeline's time and changed almost nothing: the
 * same graphs for 300 generated stories, one more mention span of a known region in the corpus.
 */
public final class Segmenter {
    private final Segment segment;

    /**
     * @param customWords word → HanLP nature ("ns", "nt", "nz" …); they only merge tokens, their type comes
     *                    from the gazetteer later
     */
    public Segmenter(Map<String, String> customWords) {
        this(customWords, false);
    }

    private Segmenter(Map<String, String> customWords, boolean placeRecognition) {
        DoubleArrayTrie<CoreDictionary.Attribute> ours = customWords.isEmpty() ? null : trie(customWords);
        DynamicCustomDictionary hanlpWords = new DynamicCustomDictionary();
        // HanLP merges custom words in two passes: its own compiled dictionary, then words added at run time,
        // kept in a tree of per-character nodes that copies every token's characters to look it up even when
        // empty. Our thousands of names go into a second compiled trie instead, which merges the same way at
        // half the cost, and the empty tree is dropped.
        if (ours != null) {
            hanlpWords.trie = null;
        }
        this.segment = new ViterbiSegment() {
            @Override
            protected List<Vertex> combineByCustomDictionary(List<Vertex> vertices,
                                                             DoubleArrayTrie<CoreDictionary.Attribute> dat) {
                List<Vertex> merged = super.combineByCustomDictionary(vertices, dat);
                return ours == null ? merged : super.combineByCustomDictionary(merged, ours);
            }
        }.enableCustomDictionary(hanlpWords)
                .enableNameRecognize(true)
                .enablePlaceRecognize(placeRecognition)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    /**
     * HanLP's segmentation as it comes, for comparison: person, place and organisation recognition, no custom
     * words. The benchmark's yardstick for the pipeline's cost.
     */
    public static Segmenter hanlpWithAllRecognisers() {
        return new Segmenter(Map.of(), true);
    }

    private static DoubleArrayTrie<CoreDictionary.Attribute> trie(Map<String, String> words) {
        TreeMap<String, CoreDictionary.Attribute> sorted = new TreeMap<>();
        words.forEach((w, nature) -> sorted.put(w, CoreDictionary.Attribute.create(nature + " 1000")));
        DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
        trie.build(sorted);
        return trie;
    }

    /** Segments {@code text}; token offsets are UTF-16 indexes into {@code text} shifted by {@code base}. */
    public List<Token> segment(String text, int base) {
        List<Token> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        int pos = 0;
        for (Term t : segment.seg(text)) {
            // HanLP's offsets are unreliable after custom-word merges; walk the text instead.
            int begin = text.indexOf(t.word, pos);
            if (begin < 0) {
                begin = pos;
            }
            int end = Math.min(text.length(), begin + t.word.length());
            tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), base + begin, base + end));
            pos = end;
        }
        return tokens;
    }

    /** True for a word of HanLP's core dictionary (时代, 汽车): an ordinary word, not a distinctive name. */
    public static boolean isCommonWord(String word) {
        return com.hankcs.hanlp.dictionary.CoreDictionary.contains(word);
    }

    /**
     * True for a word HanLP's core dictionary knows only as a place (义乌, 乐清: ns and nothing else), or
     * does not know but tagged as a place here ({@code taggedPlace}); false for words that are also
     * ordinary words (凤凰, 和平, 新兴).
     */
    public static boolean placeWord(String word, boolean taggedPlace) {
        var attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (attribute == null) {
            return taggedPlace;
        }
        for (var nature : attribute.nature) {
            if (!nature.toString().startsWith("ns")) {
                return false;
            }
        }
        return true;
    }

    /** Traditional → Simplified, character by character, so the length and offsets are kept. */
    public static String toSimplified(String text) {
        if (!TraditionalChars.any(text)) {
            return text; // nearly every story: the converter would scan it to change nothing
        }
        String s = HanLP.convertToSimplifiedChinese(text);
        return s.length() == text.length() ? s : charByChar(text);
    }

    /** Simplified → Traditional with HanLP's own tables (the length may change); used to test robustness. */
    public static String toTraditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
    }

    /**
     * Where HanLP's Traditional → Simplified table would change a text: every table word that changes
     * something (內, 程式), filed under each character it changes. A text in which none of them occurs comes
     * out of the converter unchanged, so the converter's full scan is skipped. Loaded on first use.
     */
    private static final class TraditionalChars {
        /** By character (an array: asked for every character of every story, a map would box each one). */
        private static final Change[][] CHANGES = load();

        /** A table word and one place in it whose character the table replaces. */
        private record Change(String word, int at) {
        }

        static boolean any(String text) {
            for (int i = 0; i < text.length(); i++) {
                Change[] here = CHANGES[text.charAt(i)];
                for (int k = 0; here != null && k < here.length; k++) {
                    Change c = here[k];
                    if (i >= c.at() && text.startsWith(c.word(), i - c.at())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static Change[][] load() {
            Map<Character, List<Change>> changes = new java.util.HashMap<>();
            String table = HanLP.Config.tcDictionaryRoot + "t2s.txt";
            try (BufferedReader r = new BufferedReader(new InputStreamReader(IOUtil.newInputStream(table),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(line -> {
                    int eq = line.indexOf('=');
                    if (eq <= 0) {
                        return;
                    }
                    String from = line.substring(0, eq);
                    String to = line.substring(eq + 1);
                    for (int i = 0; i < from.length(); i++) {
                        if (from.length() != to.length() || from.charAt(i) != to.charAt(i)) {
                            changes.computeIfAbsent(from.charAt(i), c -> new ArrayList<>()).add(new Change(from, i));
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read HanLP's " + table, e);
            }
            Change[][] byChar = new Change[Character.MAX_VALUE + 1][];
            changes.forEach((c, list) -> byChar[c] = list.toArray(new Change[0]));
            return byChar;
        }
    }

    private static String charByChar(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String s = Character.isSurrogate(text.charAt(i)) ? c : HanLP.convertToSimplifiedChinese(c);
            sb.append(s.length() == 1 ? s : c);
        }
        return sb.toString();
    }
}
