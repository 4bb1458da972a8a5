package org.sitrep.eval.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Clustering scores of predicted labels against gold labels: ARI, purity, B³ precision/recall/F1. */
public record ClusterScores(double ari, double purity, double bcubedPrecision, double bcubedRecall, int clusters) {
    public double bcubedF1() {
        return bcubedPrecision + bcubedRecall == 0 ? 0 : 2 * bcubedPrecision * bcubedRecall / (bcubedPrecision + bcubedRecall);
    }

    public static ClusterScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("need equally many gold and predicted labels, at least one");
        }
        int n = gold.size();
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            table.computeIfAbsent(predicted.get(i), k -> new HashMap<>()).merge(gold.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            predSize.merge(predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < n; i++) {
            int both = table.get(predicted.get(i)).get(gold.get(i));
            precision += both / (double) predSize.get(predicted.get(i));
            recall += both / (double) goldSize.get(gold.get(i));
        }
        int pure = 0;
        double sumCells = 0;
        for (Map<String, Integer> row : table.values()) {
            pure += row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int c : row.values()) {
                sumCells += choose2(c);
            }
        }
        double sumGold = goldSize.values().stream().mapToDouble(ClusterScores::choose2).sum();
        double sumPred = predSize.values().stream().mapToDouble(ClusterScores::choose2).sum();
        double expected = sumGold * sumPred / choose2(n);
        double max = (sumGold + sumPred) / 2;
        double ari = max == expected ? 1 : (sumCells - expected) / (max - expected);
        return new ClusterScores(ari, pure / (double) n, precision / n, recall / n, predSize.size());
    }

    private static double choose2(double k) {
        return k * (k - 1) / 2;
    }
}
