package org.oujiang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oujiang.store.Store;

/**
 * The served start page: the regions stories mention and the most-mentioned entities, each linked to its
 * report, and a box to open the report of any name. Plain HTML, no script.
 */
public final class StartPage {
    static final int TOP = 50;
    private static final String MENTIONED = Entities.P + """
            SELECT ?e (COUNT(DISTINCT ?a) AS ?n) { ?a a oj:Article ; oj:mentions ?e %s }
            GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT %d""";
    private static final String REGIONS = MENTIONED.formatted(
            "FILTER EXISTS { ?e a ?t VALUES ?t { oj:Region oj:Country oj:Province oj:Prefecture oj:County oj:Zone } }",
            1000);
    private static final String TOP_ENTITIES = MENTIONED.formatted("", TOP);

    private final Store store;
    private final String template;
    private final String style;

    public StartPage(Store store) {
        this.store = store;
        this.template = ReportPage.resource("org/oujiang/report/start.html");
        this.style = ReportPage.resource("org/oujiang/report/report.css");
    }

    /** The page as HTML. */
    public String render() {
        return store.query(r -> {
            Entities entities = new Entities(r);
            long articles = r.count(Entities.P + "SELECT (COUNT(?a) AS ?n) { ?a a oj:Article }");
            return ReportPage.fill(template, Map.of("STYLE", style, "ARTICLES", Long.toString(articles),
                    "REGIONS", list(r, REGIONS, entities), "TOP", list(r, TOP_ENTITIES, entities)));
        });
    }

    private static String list(org.oujiang.store.StoreReader r, String sparql, Entities entities) {
        List<String[]> rows = new ArrayList<>();
        r.select(sparql, s -> rows.add(new String[] {s.getResource("e").getURI(), s.getLiteral("n").getLexicalForm()}));
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            ReportData.Entity e = entities.of(row[0]);
            sb.append("<li><span class=\"badge\">").append(ReportPage.html(e.kind())).append("</span><a class=\"ent\" href=\"")
                    .append(ReportPage.html(href(e))).append("\">").append(ReportPage.html(e.label()))
                    .append("</a> <span class=\"muted\">").append(row[1]).append(" 篇报道</span></li>\n");
        }
        return sb.isEmpty() ? "<li class=\"muted\">还没有报道。</li>" : sb.toString();
    }

    /** The served report URL of an entity: {@code /report/} and its path, each segment percent-encoded. */
    static String href(ReportData.Entity e) {
        if (e.path().contains("://")) {
            return "/report?name=" + encode(e.path());
        }
        List<String> parts = new ArrayList<>();
        for (String seg : e.path().split("/", -1)) {
            parts.add(encode(seg));
        }
        return "/report/" + String.join("/", parts);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
