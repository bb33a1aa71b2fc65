package org.oujiang.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.oujiang.store.StoreReader;

/**
 * The figures about one entity as chart series: one series per indicator and base unit, points sorted by
 * period (figures without a period last). When a series' figures were written in different units (亿元 and
 * 万亿元), every point is shown in the base unit scaled to 万 or 亿 for reading; otherwise as written. A point
 * is flagged as a conflict when a figure from another story has the same indicator, period and base unit but a
 * different normalised value.
 */
final class SeriesBuilder {
    private static final String FIGURES = Entities.P + """
            SELECT ?g ?i ?il ?period ?value ?unit ?nv ?nu ?ev ?title ?date {
              GRAPH ?g { ?obs oj:subject ?e ; oj:indicator ?i ; oj:value ?value .
                OPTIONAL { ?obs oj:period ?period } OPTIONAL { ?obs oj:unit ?unit }
                OPTIONAL { ?obs oj:normalizedValue ?nv ; oj:normalizedUnit ?nu }
                OPTIONAL { ?obs oj:evidence ?sn . ?sn oj:text ?ev } }
              OPTIONAL { ?i rdfs:label ?il }
              OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g dcterms:date ?date }
            } ORDER BY ?il ?i ?period ?g ?value LIMIT %d""".formatted(ReportBuilder.MAX_FACTS);

    /** One figure as read. */
    private record Figure(String graph, String period, BigDecimal value, String unit, BigDecimal base,
                          String baseUnit, ReportData.Evidence evidence) {
    }

    private final StoreReader reader;

    SeriesBuilder(StoreReader reader) {
        this.reader = reader;
    }

    /** The series of the entity {@code iri}, ordered by indicator label. */
    List<ReportData.IndicatorSeries> series(String iri) {
        Map<String, List<Figure>> byKey = new TreeMap<>();
        reader.select(FIGURES, Map.of("e", NodeFactory.createURI(iri)), s -> {
            String unit = ReportBuilder.text(s, "unit");
            BigDecimal value = new BigDecimal(ReportBuilder.text(s, "value"));
            boolean normalised = s.contains("nv");
            Figure f = new Figure(s.getResource("g").getURI(), ReportBuilder.text(s, "period"), value, unit,
                    normalised ? new BigDecimal(ReportBuilder.text(s, "nv")) : value,
                    normalised ? ReportBuilder.text(s, "nu") : unit, ReportBuilder.evidence(s));
            String name = s.contains("il") ? ReportBuilder.text(s, "il") : s.getResource("i").getLocalName();
            byKey.computeIfAbsent(name + "\u0000" + f.baseUnit(), k -> new ArrayList<>()).add(f);
        });
        List<ReportData.IndicatorSeries> out = new ArrayList<>();
        byKey.forEach((key, figures) -> out.add(series(key.substring(0, key.indexOf('\u0000')), figures)));
        return out;
    }

    private static ReportData.IndicatorSeries series(String indicator, List<Figure> figures) {
        figures.sort(Comparator.comparing((Figure f) -> f.period().isEmpty()).thenComparing(Figure::period)
                .thenComparing(f -> f.evidence().date()).thenComparing(Figure::graph));
        Set<String> conflicting = conflicts(figures);
        boolean asWritten = figures.stream().map(Figure::unit).distinct().count() == 1;
        BigDecimal scale = BigDecimal.ONE;
        String unit = figures.get(0).unit();
        if (!asWritten) {
            double max = figures.stream().mapToDouble(f -> f.base().abs().doubleValue()).max().orElse(0);
            String base = figures.get(0).baseUnit();
            scale = max >= 1e8 ? new BigDecimal("1e8") : max >= 1e4 ? new BigDecimal("1e4") : BigDecimal.ONE;
            unit = (scale.compareTo(BigDecimal.ONE) == 0 ? "" : max >= 1e8 ? "亿" : "万") + base;
        }
        List<ReportData.Point> points = new ArrayList<>();
        for (Figure f : figures) {
            BigDecimal shown = asWritten ? f.value() : f.base().divide(scale);
            points.add(new ReportData.Point(f.period(), f.value().toPlainString(), f.unit(), shown.doubleValue(),
                    conflicting.contains(f.graph() + "\u0000" + f.period()), f.evidence()));
        }
        return new ReportData.IndicatorSeries(indicator, unit, points);
    }

    /** Graph + period of each figure that another story contradicts for the same period. */
    private static Set<String> conflicts(List<Figure> figures) {
        Map<String, List<Figure>> byPeriod = new LinkedHashMap<>();
        figures.stream().filter(f -> !f.period().isEmpty())
                .forEach(f -> byPeriod.computeIfAbsent(f.period(), k -> new ArrayList<>()).add(f));
        Set<String> out = new HashSet<>();
        for (List<Figure> same : byPeriod.values()) {
            for (Figure a : same) {
                for (Figure b : same) {
                    if (!a.graph().equals(b.graph()) && a.base().compareTo(b.base()) != 0) {
                        out.add(a.graph() + "\u0000" + a.period());
                    }
                }
            }
        }
        return out;
    }
}
