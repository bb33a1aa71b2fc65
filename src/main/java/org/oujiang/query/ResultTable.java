package org.oujiang.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.jline.utils.AttributedString;

/**
 * SELECT results as text cells, rendered as a table aligned by terminal columns (Chinese characters are two
 * columns wide, so widths come from JLine's {@code AttributedString.columnLength}, not {@code String.length}).
 *
 * @param columns  the variable names
 * @param rows     at most the row limit, each cell a literal's lexical form or a (prefixed) IRI
 * @param total    how many rows the query returned in all
 */
public record ResultTable(List<String> columns, List<List<String>> rows, long total) {
    /** Rows shown at most by {@link #from(ResultSet, PrefixMapping)}. */
    public static final int MAX_ROWS = 500;

    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads up to {@link #MAX_ROWS} rows and counts the rest. Must be called inside the read transaction. */
    public static ResultTable from(ResultSet rs, PrefixMapping prefixes) {
        List<String> cols = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            total++;
            if (rows.size() < MAX_ROWS) {
                List<String> row = new ArrayList<>();
                for (String c : cols) {
                    row.add(cell(s.get(c), prefixes));
                }
                rows.add(row);
            }
        }
        return new ResultTable(cols, rows, total);
    }

    /** True when rows were left out. */
    public boolean truncated() {
        return total > rows.size();
    }

    static String cell(RDFNode n, PrefixMapping prefixes) {
        if (n == null) {
            return "";
        }
        Node node = n.asNode();
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isURI()) {
            String s = prefixes.shortForm(node.getURI());
            return s.equals(node.getURI()) ? "<" + s + ">" : s;
        }
        return "_:" + node.getBlankNodeLabel();
    }

    /** The table as text: header, rule, rows, columns padded by display width. */
    public String render() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i));
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, columns, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, widths);
        for (List<String> r : rows) {
            line(sb, r, widths);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replace('\n', ' ');
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(c) + 2));
            }
        }
        sb.append('\n');
    }

    /** Display width in terminal columns. */
    static int width(String s) {
        return new AttributedString(s.replace('\n', ' ')).columnLength();
    }
}
