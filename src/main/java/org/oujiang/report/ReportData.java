package org.oujiang.report;

import java.util.List;

/**
 * Everything one report page shows about an entity, ready to be written as the page's JSON blob: its facts
 * grouped by relation and direction, a series per indicator, the depth-2 neighbourhood graph and the stories
 * that mention it. Built by {@link ReportBuilder}; lists are in a fixed order, so the same store always gives
 * the same page.
 *
 * @param entity    the entity the report is about
 * @param altLabels its other names
 * @param adminCode its GB/T 2260 code, or "" when it is not a region
 * @param groups    facts, one group per relation and direction
 * @param series    figures, one series per indicator and base unit
 * @param graph     the neighbourhood, two relations deep
 * @param stories   stories mentioning the entity, newest first
 * @param types     the entity categories used in the page (for the legend and the type filter)
 */
public record ReportData(Entity entity, List<String> altLabels, String adminCode, List<FactGroup> groups,
                         List<IndicatorSeries> series, Neighbourhood graph, List<Story> stories, List<Category> types) {

    public ReportData {
        altLabels = List.copyOf(altLabels);
        groups = List.copyOf(groups);
        series = List.copyOf(series);
        stories = List.copyOf(stories);
        types = List.copyOf(types);
    }

    /** Number of facts over all groups. */
    public int factCount() {
        return groups.stream().mapToInt(g -> g.facts().size()).sum();
    }

    /**
     * An entity as the page shows it.
     *
     * @param iri      its IRI
     * @param label    its rdfs:label (the IRI's last segment when it has none)
     * @param category its top-level class, local name: Region, Company, GovernmentAgency, Person, Industry,
     *                 Policy, Indicator or Other
     * @param kind     the Chinese label of its most specific class (地级行政区, 企业 …)
     * @param path     its report path below {@code /report/}: the IRI without the {@code id/} base
     */
    public record Entity(String iri, String label, String category, String kind, String path) {
    }

    /** A category of entities with its Chinese name, for colours, legend and filter. */
    public record Category(String key, String name) {
    }

    /** Where a fact or figure was said: the sentence and its story (reference data has no sentence). */
    public record Evidence(String sentence, String title, String date, String article) {
    }

    /** A story mentioning the entity. */
    public record Story(String title, String date, String article) {
    }

    /**
     * One relation between two entities, with every place that said it.
     *
     * @param other the entity at the other end (the object of outgoing, the subject of incoming relations)
     */
    public record Fact(Entity subject, Entity object, Entity other, List<Evidence> evidence) {
        public Fact {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The facts of one relation in one direction.
     *
     * @param relation the property IRI
     * @param name     its Chinese label (隶属于)
     * @param outgoing true when the entity is the subject
     */
    public record FactGroup(String relation, String name, boolean outgoing, List<Fact> facts) {
        public FactGroup {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One figure as a chart point.
     *
     * @param period   the period as stored (2024, 2022-Q1), "" when the story gave none
     * @param value    the number as written
     * @param unit     the unit as written
     * @param shown    the value in the series' display unit
     * @param conflict true when another story gives a different value for the same indicator and period
     */
    public record Point(String period, String value, String unit, double shown, boolean conflict,
                        Evidence evidence) {
    }

    /**
     * The figures of one indicator in one base unit, sorted by period (figures without one last).
     *
     * @param indicator the indicator's label
     * @param unit      the display unit of {@link Point#shown}
     */
    public record IndicatorSeries(String indicator, String unit, List<Point> points) {
        public IndicatorSeries {
            points = List.copyOf(points);
        }

        /** Whether any point is flagged as conflicting. */
        public boolean hasConflict() {
            return points.stream().anyMatch(Point::conflict);
        }
    }

    /** A node of the neighbourhood graph; depth 0 is the report's entity. */
    public record Node(Entity entity, int depth) {
    }

    /** A relation between two nodes (IRIs), with the relation's Chinese label. */
    public record Edge(String source, String target, String relation) {
    }

    /** The neighbourhood graph. */
    public record Neighbourhood(List<Node> nodes, List<Edge> edges) {
        public Neighbourhood {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }
}
