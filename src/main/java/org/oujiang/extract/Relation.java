package org.oujiang.extract;

/**
 * One statement between two entities.
 *
 * @param subject   IRI of the subject entity
 * @param predicate local name of an {@code oj:} property: partOf, locatedIn, hasIndustryCluster,
 *                  inIndustry, adoptsPolicy, holdsPostIn
 * @param object    IRI of the object entity
 * @param evidence  the sentence it was read from, or null when it comes from the gazetteer alone
 * @param detail    extra data kept with the statement, such as the post title for holdsPostIn, or null
 */
public record Relation(String subject, String predicate, String object, Evidence evidence, String detail) {
}
