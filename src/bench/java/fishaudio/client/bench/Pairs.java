package fishaudio.client.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The one harness for paired, interleaved measurements. Every round runs each side once, the order
 * turning by one each round, so a drift in the machine's load weighs on every side alike. A ratio
 * is the geometric mean of the per-round ratios, with its 99.9% interval (Student's t on their
 * logarithms), so the figure always lies inside its interval; each side's median is kept beside it.
 * A goal is met or missed only when that interval lies wholly on one side of it, else it is undecided.
 */
final class Pairs {
  /** One run of a side: its wall time and the CPU it cost (NaN where unknown), in any one unit. */
  record Run(double wall, double cpu) {}

  interface Side {
    Run run() throws Exception;
  }

  private final Map<String, Side> sides = new LinkedHashMap<>();
  private final Map<String, List<Run>> runs = new LinkedHashMap<>();

  /** A side run in this JVM, timed in seconds, costed in this process's CPU seconds. */
  static Side inJvm(Callable<?> work) {
    return () -> {
      long cpu = processCpuNanos();
      long t0 = System.nanoTime();
      work.call();
      return new Run((System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu) / 1e9);
    };
  }

  Pairs side(String name, Side side) {
    sides.put(name, side);
    runs.put(name, new ArrayList<>());
    return this;
  }

  /** WARMUPS unmeasured rounds, or rounds until WARMUP_S seconds have passed, then ROUNDS measured. */
  Pairs measure(int warmups, double warmupS, int rounds) throws Exception {
    List<String> order = new ArrayList<>(sides.keySet());
    long warmEnd = System.nanoTime() + (long) (warmupS * 1e9);
    for (int w = 0; w < warmups || System.nanoTime() < warmEnd; w++) {
      for (Side side : sides.values()) {
        side.run();
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (String name : order) {
        runs.get(name).add(sides.get(name).run());
      }
      Collections.rotate(order, 1);
    }
    return this;
  }

  /** "ratio ± error" of the walls of two sides, for notes. */
  String text(String num, String den) {
    Map<String, Object> r = ratio(wall(num), wall(den), Double.NaN);
    return r.get("value") + " ± " + r.get("error");
  }

  List<Double> wall(String side) {
    return runs.get(side).stream().map(Run::wall).toList();
  }

  List<Double> cpu(String side) {
    return runs.get(side).stream().map(Run::cpu).toList();
  }

  /** Every side's walls and CPU times, for the details. */
  Map<String, Object> raw() {
    Map<String, Object> out = new LinkedHashMap<>();
    runs.keySet().forEach(s -> out.put(s, Map.of("wall", wall(s).stream().map(x -> round(x, 4)).toList(),
        "cpu", cpu(s).stream().map(x -> round(x, 4)).toList())));
    return out;
  }

  /** A report row: the wall ratio of two sides against a goal ("<= 1.10"), or none (NaN) for a row beside. */
  Map<String, Object> key(String key, String num, String den, double goal, String how) {
    return row(key, ratio(wall(num), wall(den), goal), goal, how);
  }

  /** A row beside: the CPU ratio of two sides. */
  Map<String, Object> cpuKey(String key, String num, String den, String how) {
    return row(key, ratio(cpu(num), cpu(den), Double.NaN), Double.NaN, how);
  }

  static Map<String, Object> row(String key, Map<String, Object> ratio, double goal, String how) {
    Map<String, Object> row = value(key, null, Double.isNaN(goal) ? null : "<= " + goal, null, how);
    row.putAll(ratio);
    return row;
  }

  /** A row with a plain value: no pairs behind it. */
  static Map<String, Object> value(String key, Object value, String goal, Boolean met, String how) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("key", key);
    row.put("goal", goal);
    row.put("value", value);
    row.put("verdict", met == null ? (goal == null ? null : "undecided") : met ? "met" : "missed");
    row.put("how", how);
    return row;
  }

  // Two-sided 99.9% quantiles of Student's t, by degrees of freedom 1..30; beyond, see t999.
  private static final double[] T999 = {636.62, 31.60, 12.92, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587,
      4.437, 4.318, 4.221, 4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850, 3.819, 3.792, 3.768, 3.745, 3.725,
      3.707, 3.690, 3.674, 3.659, 3.646};

  /** Two-sided 99.9% Student's t: the table to 30 degrees of freedom, then Cornish-Fisher (within 0.001). */
  static double t999(int df) {
    double z = 3.290527, v = df, z3 = z * z * z, z5 = z3 * z * z;
    return df <= T999.length ? T999[df - 1] : z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z5 * z * z + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
  }

  /** num/den as the geometric mean of the paired ratios, its 99.9% interval and a verdict against "<= goal". */
  static Map<String, Object> ratio(List<Double> num, List<Double> den, double goal) {
    int n = Math.min(num.size(), den.size());
    double[] logs = new double[n];
    for (int i = 0; i < n; i++) {
      logs[i] = Math.log(num.get(i) / den.get(i));
    }
    double mean = Arrays.stream(logs).average().orElse(Double.NaN);
    double ss = Arrays.stream(logs).map(l -> (l - mean) * (l - mean)).sum();
    double t = n < 2 ? Double.NaN : t999(n - 1);
    double half = t * Math.sqrt(ss / (n - 1) / n);
    double lo = Math.exp(mean - half);
    double hi = Math.exp(mean + half);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("value", round(Math.exp(mean), 3));
    out.put("error", round((hi - lo) / 2, 3));
    out.put("interval_999", Arrays.asList(round(lo, 3), round(hi, 3)));
    out.put("verdict", Double.isNaN(goal) ? null : n < 2 ? "undecided" : hi <= goal ? "met" : lo > goal ? "missed" : "undecided");
    out.put("runs_each", n);
    out.put("median_num", round(median(num), 4));
    out.put("median_den", round(median(den), 4));
    return out;
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = a.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  static Double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Double.isFinite(v) && Math.abs(v) < 1e9 ? Math.round(v * f) / f : null; // beyond: no interval to speak of
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** CPU seconds of a process (/proc/PID/stat: utime + stime), or of its waited-for children (cutime + cstime). */
  static double cpuSeconds(String pid, boolean children) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    int at = children ? 13 : 11; // fields 14-17 of proc(5), counted from the state field
    return (Long.parseLong(f[at]) + Long.parseLong(f[at + 1])) / 100.0;
  }

  /** The median of each list. */
  static Map<String, Object> medians(Map<String, List<Double>> lists) {
    return lists.entrySet().stream().collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), round(median(e.getValue()), 3)), Map::putAll);
  }
}
