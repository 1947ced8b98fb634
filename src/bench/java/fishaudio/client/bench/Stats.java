package fishaudio.client.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Medians and the 99.9% interval of a ratio measured in pairs (run A, then run B, alternating):
 * the interval is Student's t on the logarithms of the paired ratios, so a drift in load that
 * slows both runs of a pair cancels out instead of widening the interval.
 */
final class Stats {
  private Stats() {}

  // Two-sided 99.9% quantiles of Student's t (0.9995), by degrees of freedom 1..30.
  private static final double[] T999 = {636.62, 31.60, 12.92, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587,
      4.437, 4.318, 4.221, 4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850, 3.819, 3.792, 3.768, 3.745, 3.725,
      3.707, 3.690, 3.674, 3.659, 3.646};

  static double t999(int df) {
    return df <= 0 ? Double.NaN : df <= T999.length ? T999[df - 1] : 3.291;
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    int n = a.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  /** The process's CPU time in ns (all threads), or -1 where the JVM does not tell. */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
    return -1;
  }

  /**
   * The CPU time of this process's children that have ended and been waited for (curl, say),
   * from {@code /proc/self/stat} (cutime + cstime, in clock ticks of 10 ms); -1 where there is no
   * such file.
   */
  static long childrenCpuNanos() {
    try {
      String stat = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/proc/self/stat")),
          java.nio.charset.StandardCharsets.US_ASCII);
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]); // fields 16 and 17 of proc(5)
      return ticks * 10_000_000L;
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * The ratio of medians num/den with the 99.9% interval of the paired ratios' geometric mean,
   * and a verdict against "ratio <= goal": met or missed only when the interval excludes the
   * other side, else undecided.
   */
  static Map<String, Object> pairedRatio(List<Double> num, List<Double> den, double goal) {
    int n = Math.min(num.size(), den.size());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("runs_each", n);
    out.put("median_num", round(median(num), 4));
    out.put("median_den", round(median(den), 4));
    if (n < 2) {
      out.put("ratio", n == 1 ? round(num.get(0) / den.get(0), 3) : null);
      out.put("error", null);
      out.put("verdict", "undecided (fewer than 2 pairs)");
      return out;
    }
    double sum = 0;
    double[] logs = new double[n];
    for (int i = 0; i < n; i++) {
      logs[i] = Math.log(num.get(i) / den.get(i));
      sum += logs[i];
    }
    double mean = sum / n;
    double ss = 0;
    for (double l : logs) {
      ss += (l - mean) * (l - mean);
    }
    double half = t999(n - 1) * Math.sqrt(ss / (n - 1) / n);
    double lo = Math.exp(mean - half);
    double hi = Math.exp(mean + half);
    double ratio = median(num) / median(den);
    out.put("ratio", round(ratio, 3));
    out.put("error", round((hi - lo) / 2, 3));
    out.put("interval_999", Arrays.asList(round(lo, 3), round(hi, 3)));
    out.put("verdict", hi <= goal ? "met" : lo > goal ? "missed" : "undecided");
    return out;
  }

  static Double round(double v, int digits) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  static String fmt(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }
}
