package org.oujiang.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberParserTest {

    @Test
    void numeralTestAgreesWithTheList() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(NumberParser.numeral((char) c)).as("U+%04X", c).isEqualTo(NumberParser.CHINESE.indexOf(c) >= 0);
        }
    }

    @Test
    void findsArabicAndChineseNumbersInOrder() {
        var found = NumberParser.find("去年产值三千二百亿元，增长8.5%，共1,250家企业");
        assertThat(found).extracting(n -> n.value().toPlainString()).containsExactly("3200", "8.5", "1250");
    }
}
