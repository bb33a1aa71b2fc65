package org.oujiang.query;

import org.apache.jena.shared.PrefixMapping;
import org.oujiang.rdf.OJ;

/** The prefixes every query and export may use without declaring them. */
public final class Prefixes {
    private Prefixes() {
    }

    /** A fresh, locked-free mapping: oj, id, rdf, rdfs, xsd, owl, skos, dcterms, schema, org, qb, prov. */
    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("oj", OJ.NS)
                .setNsPrefix("ojid", OJ.ID)
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("qb", "http://purl.org/linked-data/cube#")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#");
    }
}
