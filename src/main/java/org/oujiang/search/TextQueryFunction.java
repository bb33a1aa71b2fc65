package org.oujiang.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * {@code text:query} ({@code <http://jena.apache.org/text#query>}, the name jena-text uses) answered from
 * Oujiang's own index, so SPARQL finds what {@code search} finds:
 * <pre>
 *   ?article text:query "泵阀"                       articles, best first (at most 100)
 *   (?article ?score) text:query ("泵阀" 5)          with Lucene's score, at most 5
 *   ?entity text:query (rdfs:label "泵阀")           entities of matching articles whose names match
 * </pre>
 * Registered in the store dataset's context, so it works in {@code query} and in a server sharing the dataset.
 */
final class TextQueryFunction extends PropertyFunctionBase {
    /** The property IRI. */
    static final String URI = "http://jena.apache.org/text#query";
    private static final int DEFAULT_LIMIT = 100;

    private final Supplier<ArticleSearch> searchOnDemand;

    TextQueryFunction(Supplier<ArticleSearch> search) {
        this.searchOnDemand = search;
    }

    /**
     * Makes {@code text:query} answer from {@code search} in queries run with {@code context}; the supplier is
     * called only when a query uses it, so a store opens without its index.
     */
    static void register(Context context, Supplier<ArticleSearch> search) {
        PropertyFunctionRegistry reg = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        reg.put(URI, uri -> new TextQueryFunction(search));
        PropertyFunctionRegistry.set(context, reg);
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext cxt) {
        List<Node> args = object.isNode() ? List.of(object.getArg()) : object.getArgList();
        List<Node> subj = subject.isNode() ? List.of(subject.getArg()) : subject.getArgList();
        boolean entities = false;
        String words = null;
        int limit = DEFAULT_LIMIT;
        for (Node a : args) {
            Node n = Substitute.substitute(a, binding);
            if (n.isURI()) {
                entities = n.getURI().equals(RDFS.label.getURI()) || n.getURI().equals(SKOS.altLabel.getURI());
            } else if (n.isLiteral() && n.getLiteralValue() instanceof Number num) {
                limit = num.intValue();
            } else if (n.isLiteral()) {
                words = n.getLiteralLexicalForm();
            }
        }
        if (words == null || words.isBlank()) {
            throw new QueryBuildException("text:query needs a search string");
        }
        ArticleSearch search = searchOnDemand.get();
        Map<Node, Float> found = new LinkedHashMap<>();
        List<String> terms = search.terms(words);
        for (TextIndex.Hit h : search.hits(words, limit)) {
            if (!entities) {
                found.put(NodeFactory.createURI(h.article().iri()), h.score());
                continue;
            }
            for (ArticleText.Name n : h.article().names()) {
                if (ArticleSearch.matches(n.name(), terms, words)) {
                    found.merge(NodeFactory.createURI(n.entity()), h.score(), Math::max);
                }
            }
        }
        List<Binding> out = new ArrayList<>();
        found.forEach((node, score) -> {
            Binding b = bind(binding, subj, node, score);
            if (b != null) {
                out.add(b);
            }
        });
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    /** The parent binding extended with the hit and score; null when a bound subject disagrees. */
    private static Binding bind(Binding parent, List<Node> subj, Node hit, float score) {
        BindingBuilder b = Binding.builder(parent);
        Node[] values = {hit, NodeFactory.createLiteralDT(Float.toString(score), XSDDatatype.XSDfloat)};
        for (int i = 0; i < subj.size() && i < values.length; i++) {
            Node s = Substitute.substitute(subj.get(i), parent);
            if (s.isVariable()) {
                b.add(Var.alloc(s), values[i]);
            } else if (i == 0 && !s.equals(hit)) {
                return null;
            }
        }
        return b.build();
    }
}
