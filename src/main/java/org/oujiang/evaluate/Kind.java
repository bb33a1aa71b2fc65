package org.oujiang.evaluate;

import java.util.Locale;

/** What is scored: entities, relations, observations (in report order). */
public enum Kind {
    ENTITIES, RELATIONS, OBSERVATIONS;

    /** "entities", "relations", "observations". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "E", "R", "O". */
    public String letter() {
        return name().substring(0, 1);
    }
}
