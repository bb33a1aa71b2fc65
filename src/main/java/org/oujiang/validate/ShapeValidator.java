package org.oujiang.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDFS;
import org.oujiang.query.Prefixes;

/**
 * Checks a graph against the SHACL shapes of {@code ontology/shapes.ttl} with Jena SHACL and turns the report
 * into readable {@link Violation}s (labels instead of IRIs where the graph has them). Needs the shapes file;
 * the graph should be the union of all graphs (labels and class axioms live in reference graphs).
 */
public final class ShapeValidator {
    private final Shapes shapes;
    private final PrefixMapping prefixes = Prefixes.standard();

    public ShapeValidator(Path shapesFile) {
        if (!Files.isRegularFile(shapesFile)) {
            throw new ValidationException("shapes file " + shapesFile + " not found");
        }
        try {
            this.shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
        } catch (RiotException | org.apache.jena.shacl.parser.ShaclParseException e) {
            throw new ValidationException("cannot read shapes " + shapesFile + ": " + e.getMessage(), e);
        }
    }

    /** Validates {@code data}; violations sorted by focus node and path. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(name(data, e.focusNode()), path(e), e.message(), e.severity().level().getLocalName()));
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path)
                .thenComparing(Violation::message));
        return new ValidationResult(out, data.size());
    }

    private String name(Graph data, Node n) {
        String iri = n.isURI() ? prefixed(n.getURI()) : n.toString();
        var labels = data.find(n, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        if (labels.size() == 1 && labels.get(0).isLiteral()) {
            return labels.get(0).getLiteralLexicalForm() + " (" + iri + ")";
        }
        return iri;
    }

    private String path(ReportEntry e) {
        if (e.resultPath() == null) {
            return "-";
        }
        if (e.resultPath() instanceof P_Link link && link.getNode().isURI()) {
            return prefixed(link.getNode().getURI());
        }
        return e.resultPath().toString();
    }

    private String prefixed(String iri) {
        String s = prefixes.shortForm(iri);
        return s.equals(iri) ? "<" + iri + ">" : s;
    }
}
