package org.oujiang.store;

import org.junit.jupiter.api.AfterEach;
import org.oujiang.rdf.OJ;

/** Tests on a fresh in-memory embedded store, closed after each test. */
abstract class InMemoryStoreTest {
    protected final GraphStore store = GraphStore.inMemory();

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The IRI of test article {@code n}. */
    static String iri(String n) {
        return OJ.ID + "article/" + n;
    }
}
