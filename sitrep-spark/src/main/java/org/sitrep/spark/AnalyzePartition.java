package org.sitrep.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.Sitrep;

/**
 * Analyses the items of one partition with this executor's engine ({@link ExecutorEngine}) and
 * reduces each analysis to what the output stages need ({@link Analysed}). An article whose
 * analysis throws becomes a failed record; the task goes on.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<Item>, Analysed> {
    private static final long serialVersionUID = 1L;
    private final String annotator;

    AnalyzePartition(String annotator) {
        this.annotator = annotator;
    }

    @Override
    public Iterator<Analysed> call(Iterator<Item> items) {
        Sitrep sitrep = ExecutorEngine.get(annotator);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Analysed next() {
                Item item = items.next();
                if (item.raw() == null) {
                    return Analysed.of(item);
                }
                try {
                    return Analysed.of(item, sitrep.analyze(item.raw()));
                } catch (RuntimeException | StackOverflowError e) {
                    return Analysed.of(item.failed("analysis failed: " + e));
                }
            }
        };
    }
}
