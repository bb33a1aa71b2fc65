package org.oujiang.evaluate;

import java.util.List;

/**
 * Matching counts of one kind (entities, relations or observations) for one article or a total.
 *
 * @param tp     predicted items that matched a core gold item
 * @param npred  scored predictions: matches plus false positives (optional and repeated matches excluded)
 * @param ngold  core (non-optional) gold items
 * @param fp     the false positives, for reading
 * @param missed the core gold items not found, for reading
 */
public record Counts(int tp, int npred, int ngold, List<String> fp, List<String> missed) {

    /** Counts without item lists. */
    public static Counts of(int tp, int npred, int ngold) {
        return new Counts(tp, npred, ngold, List.of(), List.of());
    }

    /** The sum of the counts (lists dropped). */
    public Counts plus(Counts o) {
        return of(tp + o.tp, npred + o.npred, ngold + o.ngold);
    }

    /** Precision, recall and F1 from these counts. */
    public Figures figures() {
        return Figures.of(tp, npred, ngold);
    }
}
