package dev.umbrella.estimate;

import dev.umbrella.estimate.RuleValidation.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The design weights of the labelled commits ({@link RuleValidation}) and their bootstrap replicates: the variance
 * behind every rate's interval and the label half of the corrected effects' intervals.
 *
 * <p>Each labelled commit carries its cell's weight w = N/n (Horvitz–Thompson). The replicates are a stratified
 * bootstrap of the design (Rao and Wu 1988, rescaling bootstrap): within each design stratum (flag × author group ×
 * period) n−1 of its n sampled commits are drawn with replacement and their weights rescaled by n/(n−1), which
 * keeps the variance of a stratified mean unbiased where a plain n-of-n resample would shrink it by (n−1)/n.
 * Repository cells are merged into their stratum because many hold a single commit, which has no variance of its
 * own; merging strata overstates the variance (Wolter 2007, §2.5), so the intervals lean wide. Cells labelled in
 * full (n = N) are held fixed: they have no sampling error. The finite population correction is left out, which
 * also widens.
 */
final class DesignWeights {
    private final List<Unit> units;
    private final long seed;
    private final Map<Integer, double[][]> replicates = new HashMap<>();

    DesignWeights(List<Unit> units, long seed) {
        this.units = units;
        this.seed = seed;
    }

    /** Each labelled commit's weight: how many commits of the population it stands for. */
    double[] base() {
        return units.stream().mapToDouble(Unit::weight).toArray();
    }

    /**
     * Rao–Wu rescaled bootstrap weights, one row per replicate: in each stratum with n ≥ 2 sampled (not certain)
     * commits, n−1 draws with replacement, each draw adding w·n/(n−1) to the drawn commit; certain commits (cells
     * labelled in full) and a stratum's only uncertain commit keep their weight. Cached per replication count.
     */
    synchronized double[][] replicates(int count) {
        return replicates.computeIfAbsent(count, this::draw);
    }

    private double[][] draw(int count) {
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).certain()) {
                strata.computeIfAbsent(units.get(i).stratum(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        double[] base = base();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] reps = new double[count][];
        for (int r = 0; r < count; r++) {
            double[] w = base.clone();
            for (List<Integer> members : strata.values()) {
                int n = members.size();
                if (n < 2) {
                    continue;
                }
                for (int i : members) {
                    w[i] = 0;
                }
                double scale = n / (double) (n - 1);
                for (int k = 0; k < n - 1; k++) {
                    int i = members.get(random.nextInt(n));
                    w[i] += base[i] * scale;
                }
            }
            reps[r] = w;
        }
        return reps;
    }
}
