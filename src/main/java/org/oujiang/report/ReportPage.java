package org.oujiang.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link ReportData} as one self-contained HTML page: the template, style and script from
 * {@code org/oujiang/report/}, Apache ECharts inlined from its webjar, and the data as a JSON blob that the
 * script draws. Nothing is loaded from elsewhere, so the file opens offline. The same data gives the same
 * bytes, whether written to a file or served.
 */
public final class ReportPage {
    /** Where the webjar keeps ECharts on the classpath. */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String template;
    private final String style;
    private final String script;
    private final String echarts;

    /** Reads the template and ECharts from the classpath (about 1 MB; keep one instance). */
    public ReportPage() {
        this.template = resource("org/oujiang/report/report.html");
        this.style = resource("org/oujiang/report/report.css");
        this.script = resource("org/oujiang/report/report.js");
        this.echarts = resource(ECHARTS);
        if (echarts.toLowerCase().contains("</script")) {
            throw new IllegalStateException(ECHARTS + " contains </script> and cannot be inlined");
        }
    }

    /** The page for {@code data}. */
    public String render(ReportData data) {
        return fill(template, Map.of("TITLE", html(data.entity().label()), "STYLE", style, "ECHARTS", echarts,
                "SCRIPT", script, "DATA", json(data)));
    }

    /**
     * {@code value} as JSON that is safe inside a {@code <script>} element: every {@code <} is written as
     * {@code \u003c} (so neither {@code </script>} nor {@code <!--} can end or change the element), and the
     * line separators U+2028/U+2029 are escaped too.
     */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report data as JSON: " + e.getMessage(), e);
        }
    }

    /** Text escaped for HTML element content and attribute values. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Replaces each {@code {{NAME}}} of {@code template} once, never scanning inserted text again. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 1_100_000);
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                return out.append(template, at, template.length()).toString();
            }
            String name = template.substring(open + 2, close);
            String value = values.get(name);
            out.append(template, at, open).append(value != null ? value : template.substring(open, close + 2));
            at = close + 2;
        }
    }

    static String resource(String path) {
        try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
