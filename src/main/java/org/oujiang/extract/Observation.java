package org.oujiang.extract;

import java.math.BigDecimal;

/**
 * One figure a story states.
 *
 * @param subject         IRI of the region, company or policy the figure is about
 * @param indicatorIri    IRI of the indicator concept (scheme concept, or a new one minted from the label)
 * @param indicatorLabel  the indicator's name as used (规上工业增加值, 进出口总额 …)
 * @param value           the number as written (3000 for "3000亿元"; 1.9 for "下降1.9%")
 * @param unit            the unit as written ("亿元", "%", "个百分点", "家")
 * @param normalizedValue value × unit multiplier, negative for a decrease (-1.9 for 下降1.9%; 3.0E11 for 3000亿元)
 * @param normalizedUnit  the base unit (元, %, 个百分点, 家 …)
 * @param period          {@code yyyy}, {@code yyyy-Qn}, {@code yyyy-MM}, {@code yyyy-01/yyyy-10} style, or null
 * @param evidence        the sentence it was read from
 */
public record Observation(String subject, String indicatorIri, String indicatorLabel, BigDecimal value, String unit,
                          BigDecimal normalizedValue, String normalizedUnit, String period, Evidence evidence) {
}
