package org.oujiang.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oujiang.article.CleanDocument;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Lexicon;
import org.oujiang.nlp.Mention;
import org.oujiang.rdf.Iris;

/**
 * Links mentions to canonical entities: scheme entries for regions, industries and policies (an ambiguous
 * region name is resolved by the other regions of the story), identity keys for companies (full and short
 * names meet), expanded official names for agencies (温州市经信局 → 温州市经济和信息化局). Short company
 * names and abbreviated agency names used later in the story are linked to the entity named in full.
 * Needs the gazetteer and lexicon; gives one {@link LinkedEntity} per entity, in order of first mention.
 */
public final class EntityLinker {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final CompanyNames companies;
    private final AgencyNames agencies;

    public EntityLinker(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.companies = new CompanyNames(lexicon, gazetteer);
        this.agencies = new AgencyNames(lexicon, gazetteer);
    }

    public List<LinkedEntity> link(CleanDocument doc, List<Mention> mentions) {
        RegionResolver regions = new RegionResolver(gazetteer, mentions);
        Map<String, Builder> byIri = new LinkedHashMap<>();
        // a company's key is asked for every mention of it, here and by ShortNames: worked out once per name
        Map<String, String> keys = new java.util.HashMap<>();
        java.util.function.UnaryOperator<String> companyKey = name -> keys.computeIfAbsent(name, companies::key);
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(new ShortNames(doc, lexicon, companyKey).extraMentions(mentions));
        all.sort(Comparator.comparingInt(Mention::begin));
        List<Mention> bareAgencies = new ArrayList<>();
        // an agency is named several times in a story; its full name (or none) is worked out once
        Map<String, Optional<String>> fullNames = new HashMap<>();
        for (Mention m : all) {
            switch (m.type()) {
                case REGION -> regions.resolve(m.text()).ifPresent(e -> add(byIri, e, m));
                case INDUSTRY, POLICY -> scheme(m).ifPresentOrElse(e -> add(byIri, e, m), () -> minted(byIri, m));
                case COMPANY -> add(byIri, Iris.entity(EntityType.COMPANY, companyKey.apply(m.text())), m, m.text());
                case GOVERNMENT_AGENCY -> {
                    String full = fullNames.computeIfAbsent(m.text(),
                            t -> Optional.ofNullable(agencies.canonical(t, regions))).orElse(null);
                    if (full == null) {
                        bareAgencies.add(m);
                    } else {
                        add(byIri, Iris.entity(EntityType.GOVERNMENT_AGENCY, full), m, full);
                    }
                }
                case PERSON -> add(byIri, Iris.entity(EntityType.PERSON, m.text()), m, m.text());
                default -> { }
            }
        }
        for (Mention m : bareAgencies) {
            String tail = agencies.expandTail(m.text());
            var named = byIri.values().stream()
                    .filter(b -> b.type == EntityType.GOVERNMENT_AGENCY && b.label.endsWith(tail)).findFirst();
            if (named.isPresent()) {
                named.get().add(m);
            } else {
                // 省发展改革委 in a story about one province: that province's agency
                agencies.ofLevel(m.text(), byIri.values().stream().filter(b -> b.type == EntityType.REGION)
                                .sorted(Comparator.comparingInt((Builder b) -> -b.mentions.size()))
                                .map(b -> gazetteer.byIri(b.iri).orElse(null)).filter(java.util.Objects::nonNull).toList())
                        .ifPresent(full -> add(byIri, Iris.entity(EntityType.GOVERNMENT_AGENCY, full), m, full));
            }
        }
        return byIri.values().stream().map(Builder::build).toList();
    }

    /** The scheme entry a name means; “亩均论英雄”机制 means the scheme's 亩均论英雄. */
    private java.util.Optional<GazetteerEntry> scheme(Mention m) {
        var hit = gazetteer.lookup(m.text(), m.type()).stream().findFirst();
        String suffix = Lexicon.endingAt(lexicon.policySuffixes(), m.text(), m.text().length());
        if (hit.isEmpty() && m.type() == EntityType.POLICY && suffix != null && m.text().length() - suffix.length() >= 2) {
            hit = gazetteer.lookup(m.text().substring(0, m.text().length() - suffix.length()), m.type()).stream().findFirst();
        }
        return hit;
    }

    /**
     * A policy found by its form, or an industry completing a list of industries, that no scheme holds
     * gets an IRI of its own; other unknown industry words are dropped.
     */
    private void minted(Map<String, Builder> byIri, Mention m) {
        if (m.type() == EntityType.POLICY || "industry-list".equals(m.how())) {
            add(byIri, Iris.entity(EntityType.POLICY, m.text()), m, m.text());
        }
    }

    private static void add(Map<String, Builder> byIri, GazetteerEntry e, Mention m) {
        byIri.computeIfAbsent(e.iri(), k -> new Builder(k, e.type(), e.label(), true)).add(m);
    }

    private void add(Map<String, Builder> byIri, String iri, Mention m, String name) {
        Builder b = byIri.computeIfAbsent(iri, k -> new Builder(k, m.type(), name, false));
        if (m.type() == EntityType.COMPANY) {
            b.label = companies.better(b.label, name);
            // The short name is a standard alias of a company even where the story uses only the full name.
            String key = companies.key(name);
            if (key.length() >= 2 && !key.equals(name)) {
                b.names.add(key);
            }
        } else if (name.length() > b.label.length()) {
            b.label = name;
        }
        b.add(m);
    }

    private static final class Builder {
        final String iri;
        final EntityType type;
        final boolean reference;
        String label;
        final Set<String> names = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Builder(String iri, EntityType type, String label, boolean reference) {
            this.iri = iri;
            this.type = type;
            this.label = label;
            this.reference = reference;
        }

        void add(Mention m) {
            names.add(m.text());
            mentions.add(m);
        }

        LinkedEntity build() {
            return new LinkedEntity(iri, type, label, names, mentions, reference);
        }
    }
}
