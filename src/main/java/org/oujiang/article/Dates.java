package org.oujiang.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises written dates to ISO {@code yyyy-MM-dd} (or {@code yyyy-MM}, {@code yyyy}) when parseable. */
final class Dates {

    private static final Pattern YMD = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:日|号)?(?:$|[\\sT,，].*$)");
    private static final Pattern YM = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})月?$");
    private static final Pattern Y = Pattern.compile("^(\\d{4})年?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T.*$)");

    private Dates() {
    }

    /** The ISO form of {@code raw}; {@code raw} trimmed when not parseable; null when blank. */
    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        Matcher m = YMD.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (DateTimeException e) {
                return s;
            }
        }
        m = YM.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? String.format("%s-%02d", m.group(1), month) : s;
        }
        m = Y.matcher(s);
        return m.matches() ? m.group(1) : s;
    }
}
