package org.oujiang.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The scorer's units: unit as written → base unit and multiplier (亿元 → 元 × 1e8), read from the
 * classpath data file {@code evaluation-units.tsv} (format in its header). Gives a figure's comparable
 * quantity: base unit and |value × multiplier| rounded to six decimals; unknown units are their own base.
 */
public final class UnitTable {
    /** A comparable quantity; {@code amount} is null when the value is no number. */
    public record Quantity(String base, Double amount) {
    }

    private record Scale(String base, double multiplier) {
    }

    private static final String RESOURCE = "evaluation-units.tsv";
    private final Map<String, Scale> units;

    private UnitTable(Map<String, Scale> units) {
        this.units = units;
    }

    /** The table shipped with the application. */
    public static UnitTable standard() {
        try (InputStream in = UnitTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            Map<String, Scale> units = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                units.put(f[0], new Scale(f[1], Double.parseDouble(f[2])));
            }
            return new UnitTable(Map.copyOf(units));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The quantity of {@code value} (a number or null) in {@code unit} (null counts as empty). */
    public Quantity quantity(Double value, String unit) {
        String u = Labels.strip(unit == null ? "" : unit);
        Scale s = units.getOrDefault(u, new Scale(u, 1));
        if (value == null) {
            return new Quantity(s.base(), null);
        }
        return new Quantity(s.base(), Math.abs(round6(value * s.multiplier())) + 0.0);
    }

    /** Correctly rounded to six decimals, half to even on the exact binary value. */
    private static double round6(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }
}
