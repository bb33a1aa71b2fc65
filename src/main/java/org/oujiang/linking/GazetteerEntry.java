package org.oujiang.linking;

import java.util.List;
import org.oujiang.nlp.EntityType;

/**
 * One entity of a reference scheme in {@code ontology/gazetteer/}.
 *
 * @param iri       its IRI
 * @param type      entity type
 * @param rdfClass  local name of its most specific {@code oj:} class (Prefecture, County, Industry …)
 * @param label     canonical label (Simplified)
 * @param altLabels other names
 * @param parent    IRI of the parent region ({@code oj:partOf}) or broader concept, or null
 * @param code      GB/T 2260 code for regions, GB/T 4754 notation for industries, or null
 * @param generic   true for broad words that name no particular entity (制造业, 工业)
 */
public record GazetteerEntry(String iri, EntityType type, String rdfClass, String label, List<String> altLabels,
                             String parent, String code, boolean generic) {
    public GazetteerEntry {
        altLabels = List.copyOf(altLabels);
    }

    /** The label and every alternative name. */
    public List<String> names() {
        var all = new java.util.ArrayList<String>(altLabels.size() + 1);
        all.add(label);
        all.addAll(altLabels);
        return all;
    }
}
