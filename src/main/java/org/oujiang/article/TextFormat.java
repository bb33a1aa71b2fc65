package org.oujiang.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Plain text and Markdown: optional YAML front matter between {@code ---} lines (title, date, source,
 * url); without a title there, the first non-empty line is the title and the rest the body.
 */
final class TextFormat {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    Article parse(String origin, String text, boolean markdown) {
        String title = null, date = null, source = null, url = null;
        String body = text;
        String start = text.stripLeading();
        if (start.startsWith("---\n") || start.equals("---")) {
            int open = text.indexOf("---");
            int close = findClose(text, open + 3);
            if (close < 0) {
                throw new ArticleFormatException("broken front matter: no closing --- line");
            }
            JsonNode meta = readYaml(text.substring(open + 4, close));
            title = field(meta, "title");
            date = field(meta, "date");
            source = field(meta, "source");
            url = field(meta, "url");
            int next = text.indexOf('\n', close);
            body = next < 0 ? "" : text.substring(next + 1);
        }
        if (title == null) {
            String[] firstAndRest = splitFirstLine(body);
            title = markdown ? firstAndRest[0].replaceFirst("^#+\\s*", "") : firstAndRest[0];
            body = firstAndRest[1];
        }
        if (body.isBlank()) {
            throw new ArticleFormatException("no body text");
        }
        return new Article(title.strip(), Dates.normalise(date), source, url, body, origin);
    }

    /** Index of the {@code ---} (or {@code ...}) line closing the front matter, or -1. */
    private static int findClose(String text, int from) {
        int lineStart = text.indexOf('\n', from);
        while (lineStart >= 0) {
            int s = lineStart + 1;
            int e = text.indexOf('\n', s);
            String line = (e < 0 ? text.substring(s) : text.substring(s, e)).strip();
            if (line.equals("---") || line.equals("...")) {
                return s;
            }
            lineStart = e;
        }
        return -1;
    }

    private JsonNode readYaml(String block) {
        if (block.isBlank()) {
            return yaml.createObjectNode();
        }
        try {
            JsonNode node = yaml.readTree(block);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return yaml.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ArticleFormatException("broken front matter: not a key: value mapping");
            }
            return node;
        } catch (JacksonException e) {
            throw new ArticleFormatException("broken front matter: " + JsonFormat.shortMessage(e));
        }
    }

    static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String[] splitFirstLine(String body) {
        int i = 0;
        while (true) {
            int e = body.indexOf('\n', i);
            String line = e < 0 ? body.substring(i) : body.substring(i, e);
            if (!line.isBlank() || e < 0) {
                return new String[] {line, e < 0 ? "" : body.substring(e + 1)};
            }
            i = e + 1;
        }
    }
}
