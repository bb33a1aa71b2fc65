package org.oujiang.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON (one object or an array of objects; items get the origin {@code file#N}) and JSON Lines (one
 * object per line, origin {@code file:LINE}; a broken line fails alone). Fields: title, date, source,
 * url, and the body in body, content or text.
 */
final class JsonFormat {

    private static final String[] BODY_FIELDS = {"body", "content", "text"};
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A whole JSON document. */
    List<Outcome> parseJson(String origin, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new ArticleFormatException("invalid JSON" + at(e) + ": " + shortMessage(e));
        }
        if (root != null && root.isObject()) {
            return List.of(toOutcome(origin, root));
        }
        if (root == null || !root.isArray()) {
            throw new ArticleFormatException("JSON is neither an object nor an array of objects");
        }
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String itemOrigin = origin + "#" + (i + 1);
            JsonNode item = root.get(i);
            out.add(item.isObject() ? toOutcome(itemOrigin, item)
                    : Outcome.failed(itemOrigin, "item " + (i + 1) + " is not a JSON object"));
        }
        if (out.isEmpty()) {
            throw new ArticleFormatException("empty JSON array");
        }
        return out;
    }

    /** JSON Lines: blank lines are skipped, every other line is one object. */
    List<Outcome> parseJsonLines(String origin, String text) {
        List<Outcome> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String lineOrigin = origin + ":" + (i + 1);
            try {
                JsonNode node = json.readTree(lines[i]);
                out.add(node != null && node.isObject() ? toOutcome(lineOrigin, node)
                        : Outcome.failed(lineOrigin, "line " + (i + 1) + " is not a JSON object"));
            } catch (JacksonException e) {
                out.add(Outcome.failed(lineOrigin, "invalid JSON at line " + (i + 1) + ": " + shortMessage(e)));
            }
        }
        return out;
    }

    private static Outcome toOutcome(String origin, JsonNode node) {
        String body = null;
        for (String f : BODY_FIELDS) {
            JsonNode v = node.get(f);
            if (v != null && v.isTextual()) {
                body = TextDecoder.normalise(v.asText());
                break;
            }
        }
        if (body == null) {
            return Outcome.failed(origin, "no body field (body, content or text)");
        }
        if (body.isBlank()) {
            return Outcome.failed(origin, "empty body");
        }
        String title = TextFormat.field(node, "title");
        return Outcome.ok(new Article(title == null ? "" : title, Dates.normalise(TextFormat.field(node, "date")),
                TextFormat.field(node, "source"), TextFormat.field(node, "url"), body, origin));
    }

    private static String at(JacksonException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr();
    }

    /** Jackson's message without the location and source excerpt it appends. */
    static String shortMessage(Exception e) {
        String m = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        m = m.lines().findFirst().orElse("").strip();
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }
}
