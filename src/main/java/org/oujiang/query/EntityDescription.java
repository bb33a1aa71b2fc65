package org.oujiang.query;

import java.util.List;

/**
 * Everything the store knows about one entity.
 *
 * @param iri          the entity
 * @param label        its rdfs:label ("" when none)
 * @param types        its oj: classes, prefixed (oj:Company)
 * @param altLabels    other names
 * @param facts        statements about it, each with the story (or reference graph) that gave it
 * @param observations figures about it
 * @param stories      titles (and dates) of the stories that mention it
 */
public record EntityDescription(String iri, String label, List<String> types, List<String> altLabels,
                                List<Fact> facts, List<Fact> observations, List<String> stories) {
    /**
     * One fact: "subject predicate object", where it comes from, and the sentence that said it (or "").
     */
    public record Fact(String statement, String source, String evidence) {
    }

    public EntityDescription {
        types = List.copyOf(types);
        altLabels = List.copyOf(altLabels);
        facts = List.copyOf(facts);
        observations = List.copyOf(observations);
        stories = List.copyOf(stories);
    }

    /** Human-readable text, one block per section. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(label.isEmpty() ? iri : label).append("  <").append(iri).append(">\n");
        sb.append("  types: ").append(String.join(", ", types)).append('\n');
        if (!altLabels.isEmpty()) {
            sb.append("  also called: ").append(String.join(", ", altLabels)).append('\n');
        }
        section(sb, "facts", facts);
        section(sb, "figures", observations);
        sb.append("  mentioned by ").append(stories.size()).append(stories.size() == 1 ? " story" : " stories")
                .append(stories.isEmpty() ? "" : ":").append('\n');
        stories.forEach(s -> sb.append("    ").append(s).append('\n'));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String name, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        sb.append("  ").append(name).append(":\n");
        for (Fact f : facts) {
            sb.append("    ").append(f.statement()).append("  [").append(f.source()).append("]\n");
            if (!f.evidence().isEmpty()) {
                sb.append("      “").append(f.evidence().strip()).append("”\n");
            }
        }
    }
}
