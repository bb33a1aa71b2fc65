package org.oujiang.report;

import java.util.Optional;
import org.oujiang.store.Store;

/**
 * Report pages over one store, for the {@code report} command and the served pages alike, so a file and a
 * served page of the same entity are the same bytes.
 */
public final class Reports {
    private final Store store;
    private volatile ReportPage page;

    public Reports(Store store) {
        this.store = store;
    }

    /** The data of the report on {@code name} (a label, other name, IRI or report path); empty when unknown. */
    public Optional<ReportData> data(String name) {
        return new ReportBuilder(store).build(name);
    }

    /** The HTML report on {@code name}; empty when no entity is called that. */
    public Optional<String> html(String name) {
        return data(name).map(d -> page().render(d));
    }

    /** The start page listing regions and the most-mentioned entities. */
    public String startPage() {
        return new StartPage(store).render();
    }

    private ReportPage page() {
        ReportPage p = page;
        if (p == null) {
            synchronized (this) {
                if (page == null) {
                    page = new ReportPage();
                }
                p = page;
            }
        }
        return p;
    }
}
