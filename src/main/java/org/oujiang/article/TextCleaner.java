package org.oujiang.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes boilerplate from an article so none of it produces facts: trailing headline lists (from a
 * {@code cut} marker line, or five or more short list lines ending the body), photo captions, editor,
 * source and original-title lines, app/QR promotion, copyright lines and the reporter dateline.
 * Removed credit lines go to {@link CleanDocument#credits()}. Kept lines are unchanged apart from
 * surrounding whitespace; blank lines are dropped, as is a first line repeating the title.
 *
 * <p>Needs the lexicon directory holding {@code boilerplate.tsv} and a length-preserving
 * Traditional-to-Simplified converter (for {@code matchText}). Gives a {@link CleanDocument} with
 * sentences from {@link SentenceSplitter}. Immutable and thread-safe.
 */
public final class TextCleaner {

    private static final int MAX_MARKER_LINE = 40;
    private static final int MAX_PROMO_LINE = 80;
    private static final int MAX_LIST_LINE = 60;
    private static final int MIN_LIST_LINES = 5;

    private final BoilerplateRules rules;
    private final UnaryOperator<String> toSimplified;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final boolean[] creditAnchored;

    /** Loads {@code lexiconDir/boilerplate.tsv}; throws naming the file when it is missing or malformed. */
    public TextCleaner(Path lexiconDir, UnaryOperator<String> toSimplified) {
        this.rules = BoilerplateRules.load(lexiconDir);
        this.toSimplified = toSimplified;
        this.creditAnchored = new boolean[rules.creditRe().size()];
        for (int i = 0; i < creditAnchored.length; i++) {
            creditAnchored[i] = BoilerplateRules.anchoredAtStart(rules.creditRe().get(i));
        }
    }

    /** The article without boilerplate, its match text and sentences. */
    public CleanDocument clean(Article a) {
        List<String> lines = new ArrayList<>();
        for (String line : a.body().replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String l = strip(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        lines = cutTrailing(lines);
        if (!lines.isEmpty() && lines.get(0).equals(strip(a.title()))) {
            lines.remove(0);
        }
        List<String> credits = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (String line : lines) {
            if (first) {
                line = removeLead(line, credits);
            }
            LineKind kind = classify(matchText(line)); // rules are written in Simplified
            if (kind == LineKind.CREDIT) {
                credits.add(line);
            } else if (kind == LineKind.KEEP && !line.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
                first = false;
            }
        }
        String kept = text.toString();
        return new CleanDocument(a, kept, matchText(kept), splitter.split(kept), credits);
    }

    private enum LineKind { KEEP, CREDIT, DROP }

    private LineKind classify(String line) {
        for (String p : rules.credit()) {
            if (line.startsWith(p)) {
                return LineKind.CREDIT;
            }
        }
        for (String p : rules.drop()) {
            if (line.startsWith(p)) {
                return LineKind.DROP;
            }
        }
        if (line.length() <= MAX_PROMO_LINE) {
            for (String p : rules.promo()) {
                if (line.contains(p)) {
                    return LineKind.DROP;
                }
            }
        }
        for (int i = 0; i < creditAnchored.length; i++) {
            Matcher m = rules.creditRe().get(i).matcher(line);
            if (creditAnchored[i] ? m.lookingAt() : m.find()) {
                return LineKind.CREDIT;
            }
        }
        return LineKind.KEEP;
    }

    /** Removes a dateline such as "XX记者 张三 温州报道" from the start of the first body line. */
    private String removeLead(String line, List<String> credits) {
        for (Pattern p : rules.leadRe()) {
            Matcher m = p.matcher(matchText(line)); // same length as line, so offsets carry over
            if (m.lookingAt() && m.end() > 0) {
                credits.add(strip(line.substring(0, m.end())));
                return strip(line.substring(m.end()));
            }
        }
        return line;
    }

    /** Everything from a cut marker line, then a trailing run of list lines, is dropped. */
    private List<String> cutTrailing(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            // matchText keeps the length, so long lines are told apart before converting them
            if (lines.get(i).length() <= MAX_MARKER_LINE && isCutMarker(matchText(lines.get(i)))) {
                lines = new ArrayList<>(lines.subList(0, i));
                break;
            }
        }
        int start = lines.size();
        while (start > 0 && lines.get(start - 1).length() <= MAX_LIST_LINE && isListLine(matchText(lines.get(start - 1)))) {
            start--;
        }
        return lines.size() - start >= MIN_LIST_LINES ? new ArrayList<>(lines.subList(0, start)) : lines;
    }

    private boolean isCutMarker(String line) {
        if (line.length() > MAX_MARKER_LINE) {
            return false;
        }
        for (String m : rules.cut()) {
            if (line.startsWith(m)) {
                String rest = line.substring(m.length());
                if (rest.isEmpty() || ":：|丨 \t>»".indexOf(rest.charAt(0)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isListLine(String line) {
        if (line.length() > MAX_LIST_LINE || line.endsWith("。")) {
            return false;
        }
        for (String p : rules.listItem()) {
            if (line.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Simplified script, full-width ASCII to half-width, ideographic space to space; same length. */
    private String matchText(String text) {
        String simplified = toSimplified.apply(text);
        char[] cs = (simplified != null && simplified.length() == text.length() ? simplified : text).toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= '\uFF01' && cs[i] <= '\uFF5E') {
                cs[i] = (char) (cs[i] - 0xFEE0);
            } else if (cs[i] == '\u3000') {
                cs[i] = ' ';
            }
        }
        return new String(cs);
    }

    private static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && SentenceSplitter.isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && SentenceSplitter.isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
