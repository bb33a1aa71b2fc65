package org.oujiang.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gold annotations: one JSON file per article ({@code file}, {@code entities}, {@code relations},
 * {@code observations}, {@code not_in_article}), read with Jackson. Needs a directory of {@code *.json};
 * gives the articles sorted by gold file name. A file that does not parse fails with its name.
 */
public final class GoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold entity; {@code optional} ones count neither way. */
    public record Entity(String type, String label, List<String> aliases, boolean optional) {
    }

    /** A gold statement between two entity labels. */
    public record Relation(String s, String p, String o, boolean optional) {
    }

    /**
     * A gold figure. {@code value} is the number (null when it is not one), {@code valueText} as written in
     * the gold file; {@code year} null when the gold gives none.
     */
    public record Observation(String subject, Double value, String valueText, String unit, Integer year,
                              boolean optional) {
    }

    /** One gold file: its own name ({@code x.json}), the article path it annotates, and the items. */
    public record Article(String name, String file, List<Entity> entities, List<Relation> relations,
                          List<Observation> observations, List<String> notInArticle) {

        /** The article's file name (the base name of {@code file}). */
        public String articleFileName() {
            return Path.of(file).getFileName().toString();
        }
    }

    private GoldSet() {
    }

    /** Every {@code *.json} in {@code dir}, sorted by name. */
    public static List<Article> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new EvaluationException("gold directory " + dir + " does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
            List<Article> out = new ArrayList<>();
            for (Path p : sorted) {
                out.add(read(p));
            }
            return out;
        } catch (IOException e) {
            throw new EvaluationException("cannot list gold directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** One gold file. */
    public static Article read(Path file) {
        try {
            return parse(file.getFileName().toString(), JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new EvaluationException("gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A gold article from its JSON tree ({@code name} is the gold file's name). */
    public static Article parse(String name, JsonNode root) {
        List<Entity> entities = new ArrayList<>();
        root.path("entities").forEach(e -> entities.add(new Entity(text(e, "type"), text(e, "label"),
                strings(e.path("aliases")), truthy(e.path("optional")))));
        List<Relation> relations = new ArrayList<>();
        root.path("relations").forEach(r -> relations.add(new Relation(text(r, "s"), text(r, "p"), text(r, "o"),
                truthy(r.path("optional")))));
        List<Observation> observations = new ArrayList<>();
        root.path("observations").forEach(o -> observations.add(new Observation(text(o, "subject"),
                number(o.path("value")), o.path("value").asText(), o.hasNonNull("unit") ? o.get("unit").asText() : null,
                year(o.path("year")), truthy(o.path("optional")))));
        return new Article(name, text(root, "file"), entities, relations, observations,
                strings(root.path("not_in_article")));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }

    /** JSON truthiness as the scorer reads it: false, null, 0 and "" are false. */
    private static boolean truthy(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return false;
        }
        if (n.isBoolean() || n.isNumber()) {
            return n.asBoolean() || (n.isNumber() && n.asDouble() != 0);
        }
        return !n.isTextual() || !n.asText().isEmpty();
    }

    private static Double number(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        return n.isTextual() ? Labels.parseNumber(n.asText()) : null;
    }

    /** The first four characters of a truthy year as a number, else null. */
    private static Integer year(JsonNode n) {
        if (!truthy(n)) {
            return null;
        }
        String s = n.asText();
        return Labels.parseYear(s.substring(0, Math.min(4, s.length())));
    }
}
