package org.oujiang.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Precision, recall and F1, each rounded to three decimals (half to even on the exact value). With nothing
 * predicted precision is 1 when there is nothing to find, else 0; with nothing to find recall is 1; F1 is 0
 * when precision and recall are both 0.
 */
public record Figures(double p, double r, double f1) {

    public static Figures of(int tp, int npred, int ngold) {
        double p = npred > 0 ? (double) tp / npred : (ngold == 0 ? 1.0 : 0.0);
        double r = ngold > 0 ? (double) tp / ngold : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Figures(round3(p), round3(r), round3(f));
    }

    private static double round3(double x) {
        return decimal(x).doubleValue();
    }

    private static BigDecimal decimal(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN);
    }

    /** A figure as the shortest decimal with at least one fractional digit: 0.971, 0.9, 1.0. */
    public static BigDecimal exact(double x) {
        BigDecimal d = decimal(x).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1, RoundingMode.UNNECESSARY) : d;
    }

    /** {@link #exact} as text. */
    public static String show(double x) {
        return exact(x).toPlainString();
    }
}
