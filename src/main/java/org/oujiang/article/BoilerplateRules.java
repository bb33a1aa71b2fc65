package org.oujiang.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of {@code ontology/lexicon/boilerplate.tsv}: one {@code kind<TAB>pattern} per line.
 * Kinds: cut, list-item, credit, drop, promo, credit-re, lead-re, html-noise (see the lexicon README).
 */
record BoilerplateRules(List<String> cut, List<String> listItem, List<String> credit, List<String> drop,
                        List<String> promo, List<Pattern> creditRe, List<Pattern> leadRe,
                        List<String> htmlNoise) {

    static final String FILE = "boilerplate.tsv";

    /**
     * True when {@code p} can only match at the start of the input: it begins with {@code ^} and has no
     * {@code |} outside brackets and groups (which would give it an unanchored branch). Such a pattern is
     * tried with {@code lookingAt}, same answer as {@code find}, which would try it at every later place too.
     */
    static boolean anchoredAtStart(Pattern p) {
        String r = p.pattern();
        if (!r.startsWith("^") || (p.flags() & (Pattern.MULTILINE | Pattern.COMMENTS)) != 0 || r.contains("(?m")
                || r.contains("(?x")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, or the first of \Q…\E, which is refused below
                if (i < r.length() && r.charAt(i) == 'Q') {
                    return false;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < r.length() && r.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < r.length() && r.charAt(i + 1) == ']') {
                    i++; // a ']' first in a class is a literal
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    static BoilerplateRules empty() {
        return new BoilerplateRules(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** Loads {@code dir/boilerplate.tsv}; throws with the file and line when a rule is malformed. */
    static BoilerplateRules load(Path dir) {
        Path file = dir.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> cut = new ArrayList<>(), item = new ArrayList<>(), credit = new ArrayList<>(),
                drop = new ArrayList<>(), promo = new ArrayList<>(), noise = new ArrayList<>();
        List<Pattern> creditRe = new ArrayList<>(), leadRe = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected kind<TAB>pattern");
            }
            String kind = line.substring(0, tab).trim();
            String value = line.substring(tab + 1);
            try {
                switch (kind) {
                    case "cut" -> cut.add(value.strip());
                    case "list-item" -> item.add(value);
                    case "credit" -> credit.add(value);
                    case "drop" -> drop.add(value);
                    case "promo" -> promo.add(value.strip());
                    case "credit-re" -> creditRe.add(Pattern.compile(value.strip()));
                    case "lead-re" -> leadRe.add(Pattern.compile(value.strip()));
                    case "html-noise" -> noise.add(value.strip().toLowerCase(Locale.ROOT));
                    default -> throw new IllegalArgumentException(
                            file + ":" + (i + 1) + ": unknown kind '" + kind + "'");
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad regex: " + e.getDescription(), e);
            }
        }
        return new BoilerplateRules(List.copyOf(cut), List.copyOf(item), List.copyOf(credit), List.copyOf(drop),
                List.copyOf(promo), List.copyOf(creditRe), List.copyOf(leadRe), List.copyOf(noise));
    }
}
