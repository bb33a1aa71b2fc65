package org.oujiang.nlp;

/** The six entity types of the contract, plus indicators (figures' subjects of measurement). */
public enum EntityType {
    REGION, COMPANY, GOVERNMENT_AGENCY, PERSON, INDUSTRY, POLICY, INDICATOR
}
