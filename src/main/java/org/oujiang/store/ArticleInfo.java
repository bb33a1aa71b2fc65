package org.oujiang.store;

import java.util.Map;

/**
 * One stored article as the catalog lists it.
 *
 * @param iri      the article IRI, also its graph name
 * @param title    dcterms:title ("" when missing)
 * @param date     dcterms:date, or "" when unknown
 * @param hash     oj:contentHash, or ""
 * @param entities number of distinct entities it mentions per kind (Region, Company, GovernmentAgency,
 *                 Person, Industry, Policy, Indicator), sorted by kind; kinds with none are left out
 */
public record ArticleInfo(String iri, String title, String date, String hash, Map<String, Integer> entities) {
    public ArticleInfo {
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
