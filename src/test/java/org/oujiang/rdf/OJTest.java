package org.oujiang.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Checks that {@link OJ} and {@code ontology/oujiang.ttl} agree, and that the gazetteers are sound. */
class OJTest {

    private static final String ONTOLOGY = "ontology/oujiang.ttl";

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> iris = new TreeSet<>();
        for (Field f : OJ.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertThat(r.getLocalName()).as("constant name of %s", r).isEqualTo(f.getName());
                iris.add(r.getURI());
            }
        }
        return iris;
    }

    @Test
    void everyConstantIsDeclaredWithLabelsAndComment() throws IllegalAccessException {
        Model m = RDFDataMgr.loadModel(ONTOLOGY);
        Set<String> iris = constants();
        assertThat(iris).hasSizeGreaterThan(40);
        for (String iri : iris) {
            Resource r = m.createResource(iri);
            assertThat(m.contains(r, RDF.type)).as("%s declared", iri).isTrue();
            assertThat(langs(m, r, RDFS.label)).as("%s rdfs:label languages", iri).contains("en", "zh");
            assertThat(m.contains(r, RDFS.comment)).as("%s rdfs:comment", iri).isTrue();
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Model m = RDFDataMgr.loadModel(ONTOLOGY);
        Set<String> declared = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(OJ.NS)) {
                declared.add(s.getURI());
            }
        });
        assertThat(constants()).containsAll(declared);
    }

    @Test
    void regionsHaveCodesParentsAndMunicipalities() {
        Model m = RDFDataMgr.loadModel("ontology/gazetteer/regions.ttl");
        Map<String, Resource> byLabel = new HashMap<>();
        m.listSubjectsWithProperty(OJ.adminCode).forEachRemaining(r -> {
            assertThat(r.getURI()).endsWith("/" + r.getProperty(OJ.adminCode).getString());
            assertThat(r.listProperties(RDFS.label).toList()).as("%s label", r).hasSize(1);
            Statement parent = r.getProperty(OJ.partOf);
            if (parent != null) {
                assertThat(m.contains(parent.getResource(), OJ.adminCode)).as("parent of %s", r).isTrue();
                assertThat(parent.getResource()).as("%s is not part of itself", r).isNotEqualTo(r);
            }
            byLabel.putIfAbsent(r.getProperty(RDFS.label).getString(), r);
        });
        Resource china = m.createResource(OJ.ID + "region/100000");
        for (String city : List.of("北京市", "上海市", "天津市", "重庆市", "浙江省")) {
            assertThat(byLabel).containsKey(city);
            assertThat(byLabel.get(city).getPropertyResourceValue(OJ.partOf)).isEqualTo(china);
        }
        Resource wenzhou = m.createResource(OJ.ID + "region/330300");
        assertThat(wenzhou.hasProperty(RDF.type, OJ.Prefecture)).isTrue();
        assertThat(wenzhou.getProperty(SKOS.altLabel).getString()).isEqualTo("温州");
        assertThat(m.createResource(OJ.ID + "region/110105").getPropertyResourceValue(OJ.partOf))
                .isEqualTo(m.createResource(OJ.ID + "region/110000"));
    }

    @Test
    void industrySurfaceFormsAreUnique() {
        assertUniqueSurfaceForms("ontology/gazetteer/industries.ttl", OJ.Industry, 250);
    }

    @Test
    void policySurfaceFormsAreUnique() {
        assertUniqueSurfaceForms("ontology/gazetteer/policies.ttl", OJ.Policy, 40);
    }

    private static void assertUniqueSurfaceForms(String file, Resource type, int atLeast) {
        Model m = RDFDataMgr.loadModel(file);
        List<Resource> concepts = m.listSubjectsWithProperty(RDF.type, type).toList();
        assertThat(concepts).hasSizeGreaterThanOrEqualTo(atLeast);
        Map<String, Resource> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Resource c : concepts) {
            assertThat(c.listProperties(RDFS.label).toList()).as("%s label", c).hasSize(1);
            assertThat(c.hasProperty(SKOS.inScheme)).as("%s in scheme", c).isTrue();
            c.listProperties(SKOS.broader).forEachRemaining(b ->
                    assertThat(m.contains(b.getResource(), RDF.type, type)).as("broader of %s", c).isTrue());
            Set<String> forms = new TreeSet<>();
            for (var p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
                c.listProperties(p).forEachRemaining(s -> forms.add(s.getString()));
            }
            for (String form : forms) {
                Resource prev = owner.putIfAbsent(form, c);
                if (prev != null && !prev.equals(c)) {
                    clashes.add(form + ": " + prev + " and " + c);
                }
            }
        }
        assertThat(clashes).as("surface forms used by two concepts").isEmpty();
    }

    private static Set<String> langs(Model m, Resource r, org.apache.jena.rdf.model.Property p) {
        Set<String> langs = new TreeSet<>();
        for (RDFNode n : m.listObjectsOfProperty(r, p).toList()) {
            if (n.isLiteral()) {
                langs.add(n.asLiteral().getLanguage());
            }
        }
        return langs;
    }
}
