package org.sitrep.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.Sitrep;

/**
 * Analyses the items of one partition with this executor's engine ({@link ExecutorEngine}). An
 * article whose analysis throws becomes a failed item; the task goes on.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<Item>, Item> {
    private static final long serialVersionUID = 1L;
    private final String annotator;

    AnalyzePartition(String annotator) {
        this.annotator = annotator;
    }

    @Override
    public Iterator<Item> call(Iterator<Item> items) {
        Sitrep sitrep = ExecutorEngine.get(annotator);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Item next() {
                Item item = items.next();
                if (item.raw() == null) {
                    return item;
                }
                try {
                    return item.analysed(sitrep.analyze(item.raw()));
                } catch (RuntimeException | StackOverflowError e) {
                    return item.failed("analysis failed: " + e);
                }
            }
        };
    }
}
