package org.oujiang.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.oujiang.article.Article;
import org.oujiang.rdf.OJ;

/**
 * Synthetic regional-economy stories for benchmarks: prefectures and their counties from the regions
 * gazetteer, industries and policies from theirs, invented companies and people, figures with units and
 * periods (a region's figure for a year is the same in every story but about one in 30), 500 to 5,000
 * characters each. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] BRANDS = {"华鑫", "恒通", "远航", "海纳", "金泰", "瑞丰", "天成", "宏图", "鼎盛", "新源",
        "康泰", "明阳", "九州", "中科", "东方", "博远", "星辰", "嘉禾", "同创", "汇丰"};
    private static final String[] SUFFIXES = {"科技有限公司", "集团有限公司", "股份有限公司", "智能制造有限公司"};
    private static final String[] GIVEN = {"建国", "文华", "伟", "晓东", "海涛", "丽娟", "志强", "明", "春燕", "国庆"};
    private static final String[] POSTS = {"市长", "市委书记", "副市长", "区长"};
    private static final String[] FILLER = {
        "与会专家认为，区域协调发展需要在产业链、创新链和人才链上协同发力。",
        "业内人士指出，数字化转型正在改变传统制造业的生产方式和组织形态。",
        "当地有关部门表示，将进一步优化营商环境，为企业发展提供更好的服务。",
        "从全年看，经济运行总体平稳，结构调整稳步推进，发展质量持续提升。",
        "据介绍，项目建成后将带动上下游配套企业集聚，形成较为完整的产业生态。"};

    /** A prefecture-level city and the county-level units under it. */
    private record City(String name, List<String> counties) {
    }

    private final List<City> cities = new ArrayList<>();
    private final List<String> industries = new ArrayList<>();
    private final List<String> policies = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();

    /** Reads the names from {@code ontology/}. */
    public CorpusGenerator(Path ontologyDir) {
        Model regions = RDFDataMgr.loadModel(ontologyDir.resolve("gazetteer/regions.ttl").toString());
        TreeMap<String, City> byCode = new TreeMap<>();
        Resource prefecture = regions.createResource(OJ.NS + "Prefecture");
        regions.listSubjectsWithProperty(RDF.type, prefecture).forEachRemaining(r ->
                byCode.put(code(r), new City(label(r), new ArrayList<>())));
        regions.listSubjectsWithProperty(RDF.type, regions.createResource(OJ.NS + "County")).forEachRemaining(r -> {
            City c = byCode.get(code(r).substring(0, 4) + "00");
            if (c != null) {
                c.counties().add(label(r));
            }
        });
        byCode.values().stream().filter(c -> !c.counties().isEmpty()).forEach(c -> {
            c.counties().sort(null);
            cities.add(c);
        });
        labels(ontologyDir.resolve("gazetteer/industries.ttl"), industries);
        labels(ontologyDir.resolve("gazetteer/policies.ttl"), policies);
        try {
            java.nio.file.Files.readAllLines(ontologyDir.resolve("lexicon/surnames.txt")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && l.strip().length() == 1)
                    .forEach(l -> surnames.add(l.strip()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String code(Resource r) {
        String u = r.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private static String label(Resource r) {
        return r.getProperty(RDFS.label).getString();
    }

    private static void labels(Path file, List<String> out) {
        Model m = RDFDataMgr.loadModel(file.toString());
        m.listStatements(null, org.apache.jena.vocabulary.SKOS.prefLabel, (String) null)
                .forEachRemaining(s -> out.add(s.getString()));
        out.sort(null);
    }

    /** Articles {@code 0 .. count-1} of the corpus with {@code seed}. */
    public List<Article> generate(int count, long seed) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(i, seed));
        }
        return out;
    }

    /** Article number {@code i}: depends only on {@code i} and {@code seed}. */
    public Article article(int i, long seed) {
        Random rnd = new Random(seed * 1_000_003L + i);
        City city = pick(rnd, cities);
        String county = pick(rnd, city.counties());
        String industry = pick(rnd, industries);
        String shortCity = city.name().endsWith("市") ? city.name().substring(0, city.name().length() - 1) : city.name();
        String company = shortCity + pick(rnd, BRANDS) + pick(rnd, SUFFIXES);
        String person = pick(rnd, surnames) + pick(rnd, GIVEN);
        int year = 2019 + rnd.nextInt(6);
        int target = 500 + rnd.nextInt(4501);
        StringBuilder body = new StringBuilder();
        while (body.length() < target) {
            body.append(paragraph(rnd, city, county, industry, company, person, year)).append("\n\n");
        }
        String title = shortCity + industry + "产业" + (rnd.nextBoolean() ? "加快集聚" : "稳步发展");
        String date = String.format("%d-%02d-%02d", year + 1, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        return new Article(title, date, "Oujiang bench", "https://example.org/oujiang/bench/" + seed + "/" + i,
                body.toString().strip(), "bench:" + i);
    }

    private String paragraph(Random rnd, City city, String county, String industry, String company, String person,
                             int year) {
        String c = city.name();
        return switch (rnd.nextInt(7)) {
            case 0 -> String.format("%s%d年地区生产总值达到%s亿元，同比增长%s%%。%s", c, year,
                    official(rnd, 10_000, 90_000, c, year, "gdp"), official(rnd, 20, 60, c, year, "growth"),
                    pick(rnd, FILLER));
            case 1 -> String.format("%s是%s%s领域的龙头企业，近日在%s投资%d亿元建设新基地。%s", company, c, industry, county,
                    5 + rnd.nextInt(95), pick(rnd, FILLER));
            case 2 -> String.format("%s%s%s表示，%s将深入实施“%s”，推动%s高质量发展。", c, pick(rnd, POSTS), person, c,
                    pick(rnd, policies), industry);
            case 3 -> String.format("记者从%s统计局了解到，今年前三季度，全市规模以上工业增加值同比增长%s%%，外贸出口额达到%d亿元。",
                    c, official(rnd, 30, 80, c, year, "industry"), 50 + Math.floorMod(Objects.hash(c, year), 500));
            case 4 -> String.format("%s落户%s，主要从事%s相关业务，预计年产值超过%d亿元。%s", company, county, industry,
                    10 + rnd.nextInt(90), pick(rnd, FILLER));
            case 5 -> String.format("%s位于%s，近年来形成了%s产业集群，集聚企业%d家，从业人员%d万人。", county, c, industry,
                    100 + rnd.nextInt(900), 1 + rnd.nextInt(20));
            default -> pick(rnd, FILLER) + pick(rnd, FILLER);
        };
    }

    /**
     * A figure in tenths, as stories state it: fixed by what it is about (the official figure every story
     * repeats), except in about one story in 30, which gives another (a revision or an error). Random figures
     * in every story would make nearly every repeated figure a disagreement, which real news is not.
     */
    private static String official(Random rnd, int base, int spread, Object... about) {
        int tenths = rnd.nextInt(30) == 0 ? base + rnd.nextInt(spread)
                : base + Math.floorMod(Objects.hash(about), spread);
        return tenths / 10 + "." + tenths % 10;
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static <T> T pick(Random rnd, T[] array) {
        return array[rnd.nextInt(array.length)];
    }
}
