package org.oujiang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.oujiang.rdf.OJ;

/**
 * Loads the Turtle files of {@code ontology/} into reference graphs: {@code ontology/gazetteer/regions.ttl}
 * becomes graph {@code https://w3id.org/oujiang/graph/gazetteer/regions}. A file is reloaded only when its
 * SHA-256 differs from the one recorded in the meta graph; graphs whose file disappeared are dropped.
 */
final class ReferenceLoader {
    /** Meta graph property: reference graph → SHA-256 (hex) of the file it was loaded from. */
    static final Node SHA256 = NodeFactory.createURI(GraphStore.META_GRAPH + "#sha256");
    private static final Node META = NodeFactory.createURI(GraphStore.META_GRAPH);

    /** One Turtle file and the graph it goes to. */
    record Source(Path file, String graph, String sha256) {
    }

    private final Path dir;

    ReferenceLoader(Path dir) {
        this.dir = dir;
    }

    /** Finds the Turtle files and hashes them (outside any transaction). */
    List<Source> scan() {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("reference directory " + dir + " not found");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Source> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                String graph = OJ.GRAPH + rel.substring(0, rel.length() - ".ttl".length());
                out.add(new Source(f, graph, sha256(Files.readAllBytes(f))));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read reference data in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Brings the reference graphs in line with {@code sources}; returns how many graphs changed. */
    int apply(DatasetGraph dsg, List<Source> sources) {
        int changed = 0;
        Set<Node> wanted = new HashSet<>();
        for (Source s : sources) {
            Node g = NodeFactory.createURI(s.graph());
            wanted.add(g);
            Node hash = NodeFactory.createLiteralString(s.sha256());
            if (dsg.contains(META, g, SHA256, hash) && dsg.containsGraph(g)) {
                continue;
            }
            Graph parsed = parse(s.file());
            GraphStore.clear(dsg, g);
            parsed.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            dsg.deleteAny(META, g, SHA256, Node.ANY);
            dsg.add(META, g, SHA256, hash);
            changed++;
        }
        List<Node> recorded = new ArrayList<>();
        dsg.find(META, Node.ANY, SHA256, Node.ANY).forEachRemaining(q -> recorded.add(q.getSubject()));
        for (Node g : recorded) {
            if (!wanted.contains(g)) {
                GraphStore.clear(dsg, g);
                dsg.deleteAny(META, g, SHA256, Node.ANY);
                changed++;
            }
        }
        return changed;
    }

    static Graph parse(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).parse(g);
            return g;
        } catch (RiotException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
