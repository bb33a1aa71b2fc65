package org.oujiang.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HanLP portable behind one small class: Viterbi segmentation with HanLP's person, place and
 * organisation recognition, plus custom words (gazetteer names) given at construction. The only class
 * that imports {@code com.hankcs}. Thread-safe after construction.
 */
public final class Segmenter {
    private final Segment segment;

    /**
     * @param customWords word → HanLP nature ("ns", "nt", "nz" …); they only merge tokens, their type comes
     *                    from the gazetteer later
     */
    public Segmenter(Map<String, String> customWords) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        customWords.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> dictionary.insert(e.getKey(), e.getValue() + " 1000"));
        this.segment = HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
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
        String s = HanLP.convertToSimplifiedChinese(text);
        return s.length() == text.length() ? s : charByChar(text);
    }

    /** Simplified → Traditional with HanLP's own tables (the length may change); used to test robustness. */
    public static String toTraditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
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
