package org.oujiang.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/** The TDB2 index layout of the stores Oujiang creates, and how it is kept through compaction. */
public final class StoreLayout {
    /**
     * The layout of stores this version creates: TDB2's four-index quad form. GSPO serves one graph's quads; SPOG,
     * POSG and OSPG serve the union default graph that queries read, and patterns bound on both a graph and a
     * predicate or object (TDB2 then filters the graph's quads). Two indexes fewer than TDB2's default of six make
     * every write a third cheaper and the store smaller. TDB2 records the layout in the store's {@code tdb.cfg},
     * so later opens, compaction and Jena's own tools use it ({@link #keep}); stores made with six indexes keep them.
     */
    public static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();

    private StoreLayout() {
    }

    /** The same layout for an in-memory store. */
    static StoreParams inMemory() {
        return StoreParams.builder(StoreParams.getDftMemStoreParams()).quadIndexes(PARAMS.getQuadIndexes()).build();
    }

    /**
     * Keeps the store's layout on record where TDB2 looks for it, and its directory free of indexes the layout
     * does not use. TDB2 records a new store's layout in the top directory's {@code tdb.cfg}, but compaction
     * copies only the current {@code Data-NNNN} directory's {@code tdb.cfg} to the next one, so it is written
     * there too. And TDB2 5.6's compaction builds the default six quad indexes whatever the layout: the next open
     * reads the recorded four, and the two others are deleted here (right after compaction, when this process
     * still writes them, the files are unlinked while open: consistent for this process, gone for the next).
     */
    static void keep(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Location storage = tdb.getLocation();
        if (storage.isMem()) {
            return;
        }
        StoreParams recorded = StoreParamsCodec.read(storage);
        if (recorded == null && tdb.getStoreParams().getQuadIndexes().length == PARAMS.getQuadIndexes().length) {
            StoreParamsCodec.write(storage, recorded = tdb.getStoreParams());
        }
        if (recorded == null) {
            return;
        }
        List<String> used = List.of(recorded.getQuadIndexes());
        for (String index : List.of("GPOS", "GOSP", "GSPO", "SPOG", "POSG", "OSPG")) {
            if (!used.contains(index)) {
                for (String ext : List.of(".bpt", ".dat", ".idn")) {
                    try {
                        Files.deleteIfExists(Path.of(storage.getDirectoryPath(), index + ext));
                    } catch (java.io.IOException e) {
                        throw new StoreException("cannot remove unused index file " + index + ext + " in "
                                + storage.getDirectoryPath() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }
}
