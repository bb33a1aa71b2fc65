package org.oujiang.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.oujiang.nlp.EntityType;
import org.oujiang.rdf.OJ;

/**
 * The reference schemes of {@code ontology/gazetteer/*.ttl} (regions, industries, policies, indicators),
 * indexed by every name. Needs the ontology directory; gives entries by name or IRI. Immutable.
 */
public final class Gazetteer {
    private static final Map<String, EntityType> CLASSES = Map.ofEntries(
            Map.entry("Country", EntityType.REGION), Map.entry("Province", EntityType.REGION),
            Map.entry("Prefecture", EntityType.REGION), Map.entry("County", EntityType.REGION),
            Map.entry("Zone", EntityType.REGION), Map.entry("Region", EntityType.REGION),
            Map.entry("Company", EntityType.COMPANY), Map.entry("GovernmentAgency", EntityType.GOVERNMENT_AGENCY),
            Map.entry("Person", EntityType.PERSON), Map.entry("Industry", EntityType.INDUSTRY),
            Map.entry("Policy", EntityType.POLICY), Map.entry("Indicator", EntityType.INDICATOR));

    private final Map<String, GazetteerEntry> byIri;
    private final Map<String, List<GazetteerEntry>> byName;

    public Gazetteer(Collection<GazetteerEntry> entries) {
        this.byIri = new LinkedHashMap<>();
        this.byName = new HashMap<>();
        for (GazetteerEntry e : entries) {
            byIri.put(e.iri(), e);
            for (String n : e.names()) {
                List<GazetteerEntry> list = byName.computeIfAbsent(n, k -> new ArrayList<>(1));
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
    }

    /** Loads every {@code *.ttl} under {@code ontologyDir/gazetteer}. */
    public static Gazetteer load(Path ontologyDir) {
        Model model = ModelFactory.createDefaultModel();
        Path dir = ontologyDir.resolve("gazetteer");
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".ttl")).sorted()
                    .forEach(p -> RDFDataMgr.read(model, p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer directory " + dir, e);
        }
        return fromModel(model);
    }

    static Gazetteer fromModel(Model model) {
        List<GazetteerEntry> entries = new ArrayList<>();
        model.listResourcesWithProperty(RDFS.label).forEach(r -> entry(r).ifPresent(entries::add));
        entries.sort(Comparator.comparing(GazetteerEntry::iri));
        return new Gazetteer(entries);
    }

    private static Optional<GazetteerEntry> entry(Resource r) {
        String cls = null;
        for (Statement s : r.listProperties(RDF.type).toList()) {
            String uri = s.getResource().getURI();
            if (uri != null && uri.startsWith(OJ.NS) && CLASSES.containsKey(uri.substring(OJ.NS.length()))) {
                String local = uri.substring(OJ.NS.length());
                if (cls == null || "Region".equals(cls)) {
                    cls = local;
                }
            }
        }
        if (cls == null || !r.isURIResource()) {
            return Optional.empty();
        }
        String label = zh(r, RDFS.label);
        List<String> alts = r.listProperties(SKOS.altLabel).toList().stream()
                .map(s -> s.getLiteral().getLexicalForm()).filter(a -> !a.equals(label)).sorted().toList();
        Resource parent = firstResource(r, OJ.partOf);
        if (parent == null) {
            parent = firstResource(r, SKOS.broader);
        }
        String code = r.hasProperty(OJ.adminCode) ? r.getProperty(OJ.adminCode).getString()
                : r.hasProperty(SKOS.notation) ? r.getProperty(SKOS.notation).getString() : null;
        Statement generic = r.getProperty(OJ.generic);
        return Optional.of(new GazetteerEntry(r.getURI(), CLASSES.get(cls), cls, label, alts,
                parent == null ? null : parent.getURI(), code, generic != null && generic.getBoolean()));
    }

    private static String zh(Resource r, org.apache.jena.rdf.model.Property p) {
        String any = null;
        for (Statement s : r.listProperties(p).toList()) {
            Literal l = s.getLiteral();
            if (l.getLanguage().startsWith("zh")) {
                return l.getLexicalForm();
            }
            any = any == null ? l.getLexicalForm() : any;
        }
        return any;
    }

    private static Resource firstResource(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).min(Comparator.comparing(Resource::getURI)).orElse(null);
    }

    /** Every entry with this label or alternative name (Simplified), possibly several (鼓楼区). */
    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Entries of one type with this name. */
    public List<GazetteerEntry> lookup(String name, EntityType type) {
        List<GazetteerEntry> all = lookup(name);
        // most names asked about are no gazetteer name at all (prefixes tried one by one): no stream for them
        return all.isEmpty() ? List.of() : all.stream().filter(e -> e.type() == type).toList();
    }

    public Optional<GazetteerEntry> byIri(String iri) {
        return Optional.ofNullable(iri == null ? null : byIri.get(iri));
    }

    public Collection<GazetteerEntry> entries() {
        return byIri.values();
    }

    /** Every name in the gazetteer, for the segmenter's custom dictionary. */
    public Collection<String> names() {
        return byName.keySet();
    }

    /** True when {@code ancestor} is {@code iri} or one of its partOf/broader ancestors. */
    public boolean within(String iri, String ancestor) {
        for (String cur = iri; cur != null; cur = byIri(cur).map(GazetteerEntry::parent).orElse(null)) {
            if (cur.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
