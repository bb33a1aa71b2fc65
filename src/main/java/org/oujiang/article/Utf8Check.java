package org.oujiang.article;

/**
 * Tells UTF-8 with a few broken bytes from a legacy Chinese encoding. GBK and Big5 text fails UTF-8 on
 * about every other character and forms a three- or four-byte UTF-8 sequence only by accident, while
 * damaged or truncated UTF-8 is made of such sequences with a handful of errors. So input that is not
 * valid UTF-8 counts as broken UTF-8 when its valid multi-byte sequences of three or four bytes
 * outnumber its errors {@value #RATIO} to one.
 *
 * @param errors    invalid or incomplete sequences
 * @param wide      valid sequences of three or four bytes (CJK characters, emoji)
 * @param firstBad  offset (counted from 0) of the first byte of the first invalid sequence, or -1
 * @param truncated true when the only error is an incomplete character at the very end
 */
record Utf8Check(int errors, int wide, long firstBad, boolean truncated) {

    static final int RATIO = 4;

    /** Scans {@code b} once. */
    static Utf8Check of(byte[] b) {
        int errors = 0;
        int wide = 0;
        long first = -1;
        boolean truncated = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                    : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            int ok = need < 0 ? -1 : continuation(b, i, need);
            if (need >= 0 && ok == need) {
                wide += need >= 2 ? 1 : 0;
                i += need + 1;
                continue;
            }
            errors++;
            first = first < 0 ? i : first;
            truncated = errors == 1 && need > 0 && i + 1 + ok == b.length;
            i += Math.max(1, ok + 1);
        }
        return new Utf8Check(errors, wide, first, truncated && errors == 1);
    }

    /** How many continuation bytes follow {@code i}, up to {@code need}; overlong and surrogate forms stop early. */
    private static int continuation(byte[] b, int i, int need) {
        int lead = b[i] & 0xff;
        int n = 0;
        while (n < need && i + 1 + n < b.length) {
            int c = b[i + 1 + n] & 0xff;
            boolean valid = (c & 0xC0) == 0x80;
            if (n == 0) {
                valid &= !(lead == 0xE0 && c < 0xA0) && !(lead == 0xED && c > 0x9F)
                        && !(lead == 0xF0 && c < 0x90) && !(lead == 0xF4 && c > 0x8F);
            }
            if (!valid) {
                break;
            }
            n++;
        }
        return n;
    }

    /** True when the bytes are UTF-8 with some damage rather than another encoding. */
    boolean brokenUtf8() {
        return errors > 0 && wide >= RATIO * errors;
    }

    /** The one-line reason for {@link #brokenUtf8} input. */
    String reason() {
        return truncated ? "truncated UTF-8: the input ends inside a character at byte " + firstBad
                : "invalid UTF-8 at byte " + firstBad;
    }
}
