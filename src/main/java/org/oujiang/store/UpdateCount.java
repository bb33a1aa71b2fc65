package org.oujiang.store;

/**
 * What a user's SPARQL Update changed ({@link Store#update}): the quads it added and removed and the named graphs
 * it changed, not counting the registry and index changes that follow. A remote store can only compare the
 * quads of all named graphs before and after: it gives the net change as added or removed, and {@code graphs}
 * −1.
 */
public record UpdateCount(long added, long removed, int graphs) {
    /** True when the counts are a remote store's net change of all named graphs. */
    public boolean netOnly() {
        return graphs < 0;
    }
}
