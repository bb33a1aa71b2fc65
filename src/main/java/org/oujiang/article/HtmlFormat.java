package org.oujiang.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages (already decoded from bytes): title from {@code <title>}, og:title or h1; date from
 * article:published_time, pubdate or similar metas; url from the canonical link. The main text keeps
 * one line per paragraph and drops scripts, navigation, headers, footers, forms, comments, and
 * elements whose class or id starts with a {@code html-noise} word.
 */
final class HtmlFormat {

    private static final String NOISE_TAGS =
            "script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button, select";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "dd", "dt", "dl",
            "figure", "figcaption", "center", "address", "body");
    private static final String[] DATE_METAS = {"meta[property=article:published_time]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=PubDate]", "meta[itemprop=datePublished]", "meta[name=date]"};

    private final List<String> noiseWords;

    HtmlFormat(List<String> noiseWords) {
        this.noiseWords = noiseWords;
    }

    Article parse(String origin, String html) {
        Document doc = Jsoup.parse(html);
        String title = first(doc.title(), doc.select("meta[property=og:title]").attr("content"),
                doc.select("h1").text());
        String date = null;
        for (String q : DATE_METAS) {
            date = first(date, doc.select(q).attr("content"));
        }
        date = first(date, doc.select("time[datetime]").attr("datetime"));
        String url = first(doc.select("link[rel=canonical]").attr("href"),
                doc.select("meta[property=og:url]").attr("content"));
        String source = first(doc.select("meta[property=og:site_name]").attr("content"));
        String body = mainText(doc.body());
        if (body.isBlank()) {
            throw new ArticleFormatException("no text outside scripts, styles and page navigation");
        }
        return new Article(title == null ? "" : title, Dates.normalise(date), source, url, body, origin);
    }

    private String mainText(Element body) {
        if (body == null) {
            return "";
        }
        body.select(NOISE_TAGS).remove();
        body.select("*").stream().filter(e -> e != body && isNoise(e)).toList().forEach(Element::remove);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !(node instanceof Comment)) {
                    out.append(inPre(t) ? t.getWholeText() : t.text());
                } else if (node instanceof Element e && (e.nameIs("br") || BLOCKS.contains(e.normalName()))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, body);
        StringBuilder lines = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String l = line.replace('\u00A0', ' ').strip();
            if (!l.isEmpty()) {
                lines.append(l).append('\n');
            }
        }
        return lines.toString().strip();
    }

    private static boolean inPre(TextNode t) {
        Element p = t.parent();
        return p != null && p.closest("pre") != null;
    }

    private boolean isNoise(Element e) {
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String w : words.split("[^a-z0-9]+")) {
            for (String noise : noiseWords) {
                if (!w.isEmpty() && w.startsWith(noise)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
