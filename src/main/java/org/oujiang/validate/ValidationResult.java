package org.oujiang.validate;

import java.util.List;

/** What {@link ShapeValidator} found: the violations in report order and how many triples were checked. */
public record ValidationResult(List<Violation> violations, long triples) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** One line per violation, then a summary line. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        violations.forEach(v -> sb.append(v.line()).append('\n'));
        long nodes = violations.stream().map(Violation::focus).distinct().count();
        sb.append(conforms()
                ? "conforms: " + triples + " triples checked, no violations"
                : violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + " on " + nodes + " node"
                        + (nodes == 1 ? "" : "s") + " (" + triples + " triples checked)").append('\n');
        return sb.toString();
    }
}
