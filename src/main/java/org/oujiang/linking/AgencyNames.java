package org.oujiang.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Lexicon;

/**
 * Official names of agencies: the region prefix in full and standard abbreviations expanded
 * (温州经信局 → 温州市经济和信息化局; 工信部 → 工业和信息化部). Needs the lexicon and gazetteer.
 */
final class AgencyNames {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final List<Map.Entry<String, String>> abbreviations;

    AgencyNames(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.abbreviations = new ArrayList<>(lexicon.agencyAbbreviations().entrySet());
        abbreviations.sort((a, b) -> b.getKey().length() - a.getKey().length());
    }

    /** The official name, or null for a bare name without its region (市经信局, 经信局). */
    String canonical(String name, RegionResolver regions) {
        for (var e : lexicon.agencies().entrySet()) {
            if (e.getKey().equals(name) || e.getValue().contains(name)) {
                return e.getKey();
            }
        }
        for (int len = Math.min(name.length() - 1, 12); len >= 2; len--) {
            String head = name.substring(0, len);
            if (gazetteer.lookup(head, EntityType.REGION).isEmpty()) {
                continue;
            }
            var region = regions.resolve(head);
            if (region.isEmpty()) {
                continue;
            }
            String label = region.get().label();
            String rest = name.substring(len);
            if (!rest.isEmpty() && label.endsWith(rest.substring(0, 1)) && !head.endsWith(rest.substring(0, 1))
                    && "市省县区".contains(rest.substring(0, 1))) {
                rest = rest.substring(1);
            }
            return label + expandTail(rest);
        }
        if (Lexicon.startingAt(lexicon.agencyHeads(), name, 0) != null) {
            return name;
        }
        return null;
    }

    /**
     * 省发展改革委 → 浙江省发展和改革委员会 when the story names exactly one region of that level (the
     * most mentioned first); empty otherwise.
     */
    java.util.Optional<String> ofLevel(String name, List<GazetteerEntry> storyRegions) {
        if (name.isEmpty() || "省市县区".indexOf(name.charAt(0)) < 0) {
            return java.util.Optional.empty();
        }
        char level = name.charAt(0);
        List<GazetteerEntry> fit = storyRegions.stream().filter(r -> level == '省' ? r.rdfClass().equals("Province")
                : r.label().endsWith(String.valueOf(level)) && !r.rdfClass().equals("Province")).toList();
        return fit.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(fit.get(0).label() + expandTail(name));
    }

    /** 市经信局 → 经济和信息化局: the abbreviation expanded, a leading 市/省/县/区 dropped. */
    String expandTail(String name) {
        String s = name;
        if (!s.isEmpty() && "市省县区".contains(s.substring(0, 1)) && s.length() > 2) {
            s = s.substring(1);
        }
        for (var e : abbreviations) {
            if (s.endsWith(e.getKey())) {
                return s.substring(0, s.length() - e.getKey().length()) + e.getValue();
            }
        }
        return s;
    }
}
