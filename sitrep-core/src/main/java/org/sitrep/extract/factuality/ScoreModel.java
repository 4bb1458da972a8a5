package org.sitrep.extract.factuality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A linear model over {@link FactualityFeatures} that gives the [-3, 3] factuality score, stored as
 * "name weight" lines ({@code org/sitrep/factuality/score-weights.txt}, fitted by
 * {@code sitrep eval factuality --train}). Immutable and thread-safe.
 */
public final class ScoreModel {
    private static final String RESOURCE = "/org/sitrep/factuality/score-weights.txt";
    private final double[] weights;

    public ScoreModel(double[] weights) {
        if (weights.length != FactualityFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + FactualityFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The shipped model, or null when none ships (the rules then give the score). */
    public static ScoreModel shipped() {
        try (InputStream in = ScoreModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "name weight" lines; '#' starts a comment; every feature name must be present. */
    public static ScoreModel read(InputStream in) throws IOException {
        double[] w = new double[FactualityFeatures.NAMES.size()];
        boolean[] seen = new boolean[w.length];
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            int k = FactualityFeatures.NAMES.indexOf(f[0]);
            if (k < 0 || f.length != 2) {
                throw new IOException("bad score-model line: " + line);
            }
            w[k] = Double.parseDouble(f[1]);
            seen[k] = true;
        }
        for (int k = 0; k < w.length; k++) {
            if (!seen[k]) {
                throw new IOException("score model lacks feature " + FactualityFeatures.NAMES.get(k));
            }
        }
        return new ScoreModel(w);
    }

    /** Writes the model in the format {@link #read} takes, with a header comment. */
    public void write(Writer out, String header) throws IOException {
        for (String h : header.split("\n")) {
            out.write("# " + h + "\n");
        }
        for (int k = 0; k < weights.length; k++) {
            out.write(String.format(Locale.ROOT, "%s %.6f%n", FactualityFeatures.NAMES.get(k), weights[k]));
        }
    }

    /** The score for a feature vector, clamped to [-3, 3]. */
    public double score(double[] x) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) {
            s += weights[k] * x[k];
        }
        return Math.max(-3, Math.min(3, s));
    }

    /** Fits ridge regression (closed form, penalty lambda on all but the bias). */
    public static ScoreModel fit(double[][] x, double[] y, double lambda) {
        int d = FactualityFeatures.NAMES.size();
        double[][] a = new double[d][d + 1];
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    a[i][j] += x[n][i] * x[n][j];
                }
                a[i][d] += x[n][i] * y[n];
            }
        }
        for (int i = 1; i < d; i++) {
            a[i][i] += lambda;
        }
        a[0][0] += 1e-9;
        return new ScoreModel(solve(a, d));
    }

    private static double[] solve(double[][] a, int d) {
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-12) {
                continue;
            }
            for (int r = 0; r < d; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= d; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            w[i] = Math.abs(a[i][i]) < 1e-12 ? 0 : a[i][d] / a[i][i];
        }
        return w;
    }
}
