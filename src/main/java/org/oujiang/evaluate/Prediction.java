package org.oujiang.evaluate;

import java.util.List;

/**
 * What the project extracted from one article, in the scorer's terms: labels, not IRIs.
 *
 * @param entities     mentioned entities of the six scored types
 * @param relations    statements between two mentioned entities through the six scored predicates
 * @param observations figures with their subject's label
 */
public record Prediction(List<Entity> entities, List<Relation> relations, List<Observation> observations) {

    /** An entity: one of Region, Company, Industry, Policy, Person, GovernmentAgency, and its label. */
    public record Entity(String type, String label) {
    }

    /** A statement: subject label, predicate local name (partOf …), object label. */
    public record Relation(String s, String p, String o) {
    }

    /** A figure: value and unit as written, the year (first four digits of the period) or null. */
    public record Observation(String subject, String value, String unit, Integer year) {
    }
}
