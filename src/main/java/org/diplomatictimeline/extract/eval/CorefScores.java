package org.diplomatictimeline.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Coreference clustering scores: MUC, B-cubed and entity-based CEAF, whose mean is the CoNLL F1. */
public final class CorefScores {

    /** Recall and precision as numerator / denominator pairs, so scores over several corpora can be pooled. */
    public record Counts(double recallNum, double recallDen, double precisionNum, double precisionDen) {

        public double recall() {
            return recallDen == 0 ? 0 : recallNum / recallDen;
        }

        public double precision() {
            return precisionDen == 0 ? 0 : precisionNum / precisionDen;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Counts plus(Counts o) {
            return new Counts(recallNum + o.recallNum, recallDen + o.recallDen, precisionNum + o.precisionNum,
                    precisionDen + o.precisionDen);
        }

        public static Counts zero() {
            return new Counts(0, 0, 0, 0);
        }
    }

    private CorefScores() {
    }

    /** MUC (Vilain et al. 1995): links needed to join each key cluster, counted through the response partition. */
    public static Counts muc(List<Set<Integer>> key, List<Set<Integer>> response) {
        return new Counts(mucSide(key, response), linkCount(key), mucSide(response, key), linkCount(response));
    }

    private static double mucSide(List<Set<Integer>> gold, List<Set<Integer>> other) {
        Map<Integer, Integer> where = clusterOf(other);
        double sum = 0;
        for (Set<Integer> g : gold) {
            Set<Integer> parts = new HashSet<>();
            int unassigned = 0;
            for (Integer m : g) {
                Integer c = where.get(m);
                if (c == null) {
                    unassigned++;
                } else {
                    parts.add(c);
                }
            }
            sum += g.size() - (parts.size() + unassigned);
        }
        return sum;
    }

    private static double linkCount(List<Set<Integer>> clusters) {
        return clusters.stream().mapToInt(c -> c.size() - 1).sum();
    }

    /** B-cubed (Bagga and Baldwin 1998): per-mention overlap of its key and response clusters. */
    public static Counts bcubed(List<Set<Integer>> key, List<Set<Integer>> response) {
        return new Counts(bcubedSide(key, response), mentions(key), bcubedSide(response, key), mentions(response));
    }

    private static double bcubedSide(List<Set<Integer>> gold, List<Set<Integer>> other) {
        Map<Integer, Integer> where = clusterOf(other);
        double sum = 0;
        for (Set<Integer> g : gold) {
            Map<Integer, Integer> overlaps = new HashMap<>();
            for (Integer m : g) {
                Integer c = where.get(m);
                if (c != null) {
                    overlaps.merge(c, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : overlaps.entrySet()) {
                double n = e.getValue();
                sum += n * n / g.size();
            }
        }
        return sum;
    }

    private static double mentions(List<Set<Integer>> clusters) {
        return clusters.stream().mapToInt(Set::size).sum();
    }

    /** Entity-based CEAF (Luo 2005) with the optimal one-to-one alignment of clusters (phi4 similarity). */
    public static Counts ceafe(List<Set<Integer>> key, List<Set<Integer>> response) {
        double total = 0;
        // Align within connected components of the overlap graph: clusters that share no mention never align.
        Map<Integer, Integer> responseOf = clusterOf(response);
        int[] parent = new int[key.size() + response.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < key.size(); k++) {
            for (Integer m : key.get(k)) {
                Integer r = responseOf.get(m);
                if (r != null) {
                    union(parent, k, key.size() + r);
                }
            }
        }
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            components.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        }
        for (List<Integer> comp : components.values()) {
            List<Integer> ks = comp.stream().filter(i -> i < key.size()).toList();
            List<Integer> rs = comp.stream().filter(i -> i >= key.size()).map(i -> i - key.size()).toList();
            if (ks.isEmpty() || rs.isEmpty()) {
                continue;
            }
            double[][] sim = new double[ks.size()][rs.size()];
            for (int a = 0; a < ks.size(); a++) {
                for (int b = 0; b < rs.size(); b++) {
                    Set<Integer> kc = key.get(ks.get(a));
                    Set<Integer> rc = response.get(rs.get(b));
                    long common = kc.stream().filter(rc::contains).count();
                    sim[a][b] = 2.0 * common / (kc.size() + rc.size());
                }
            }
            total += Assignment.maximumWeight(sim);
        }
        return new Counts(total, key.size(), total, response.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static Map<Integer, Integer> clusterOf(List<Set<Integer>> clusters) {
        Map<Integer, Integer> where = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (Integer m : clusters.get(i)) {
                where.put(m, i);
            }
        }
        return where;
    }

    /** Maximum-weight bipartite matching by the Hungarian method (Kuhn-Munkres) on a rectangular matrix. */
    static final class Assignment {

        private Assignment() {
        }

        static double maximumWeight(double[][] weights) {
            int rows = weights.length;
            int cols = weights[0].length;
            int n = Math.max(rows, cols);
            double max = 0;
            for (double[] row : weights) {
                for (double w : row) {
                    max = Math.max(max, w);
                }
            }
            double[][] cost = new double[n + 1][n + 1];
            for (int i = 1; i <= n; i++) {
                for (int j = 1; j <= n; j++) {
                    double w = i <= rows && j <= cols ? weights[i - 1][j - 1] : 0;
                    cost[i][j] = max - w;
                }
            }
            double[] u = new double[n + 1];
            double[] v = new double[n + 1];
            int[] p = new int[n + 1];
            int[] way = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                p[0] = i;
                int j0 = 0;
                double[] minv = new double[n + 1];
                Arrays.fill(minv, Double.MAX_VALUE);
                boolean[] used = new boolean[n + 1];
                do {
                    used[j0] = true;
                    int i0 = p[j0];
                    int j1 = 0;
                    double delta = Double.MAX_VALUE;
                    for (int j = 1; j <= n; j++) {
                        if (!used[j]) {
                            double cur = cost[i0][j] - u[i0] - v[j];
                            if (cur < minv[j]) {
                                minv[j] = cur;
                                way[j] = j0;
                            }
                            if (minv[j] < delta) {
                                delta = minv[j];
                                j1 = j;
                            }
                        }
                    }
                    for (int j = 0; j <= n; j++) {
                        if (used[j]) {
                            u[p[j]] += delta;
                            v[j] -= delta;
                        } else {
                            minv[j] -= delta;
                        }
                    }
                    j0 = j1;
                } while (p[j0] != 0);
                do {
                    int j1 = way[j0];
                    p[j0] = p[j1];
                    j0 = j1;
                } while (j0 != 0);
            }
            double total = 0;
            for (int j = 1; j <= n; j++) {
                int i = p[j];
                if (i >= 1 && i <= rows && j <= cols) {
                    total += weights[i - 1][j - 1];
                }
            }
            return total;
        }
    }
}
