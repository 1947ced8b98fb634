package fishaudio.client.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import fishaudio.client.workflow.TestCounts;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What scripts/bench measured, read back from target/bench: JMH results (mean, 99.9% error,
 * median over all iterations of both passes), the heap probe, the timings file, the contract
 * suite's reports and the Maven logs; and the few statistics and number formats the report uses.
 */
final class ReportInputs {
  static final double MIB = 1 << 20;
  static final JsonAdapter<Object> JSON =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");

  private ReportInputs() {}

  /** One JMH result: mean and 99.9% error in ms/op, and the allocation per op. */
  static final class Result {
    double mean;
    double error;
    String unit;
    Double allocBytesPerOp;
    int forks;
    int iterations;
    double median;
  }

  @SuppressWarnings("unchecked")
  static Object readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
      return text.isEmpty() ? null : JSON.fromJson(text);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The JMH results: jmh.json (every benchmark, -prof gc) merged with jmh-b-*.json (the benchmarks
   * of the ratios again, one by one in reverse order, so that a drift in the machine's load hits both
   * sides of a ratio alike). Mean and 99.9% error over all measurement iterations of all forks, the
   * way JMH computes them for several forks.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Result> jmh(Path dir) {
    Map<String, Result> results = new LinkedHashMap<>();
    Map<String, List<Double>> iterations = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    files.add(dir.resolve("jmh.json"));
    try (DirectoryStream<Path> more = Files.newDirectoryStream(dir, "jmh-b-*.json")) {
      more.forEach(files::add);
    } catch (IOException e) {
      // only the main pass
    }
    for (Path file : files) {
      Object json = readJson(file);
      if (!(json instanceof List)) {
        continue;
      }
      for (Object item : (List<Object>) json) {
        Map<String, Object> b = (Map<String, Object>) item;
        String name = ((String) b.get("benchmark")).replace("fishaudio.client.bench.", "");
        Map<String, Object> primary = (Map<String, Object>) b.get("primaryMetric");
        Result r = results.get(name);
        if (r == null) {
          r = new Result();
          r.unit = (String) primary.get("scoreUnit");
          results.put(name, r);
        }
        List<Double> scores = iterations.computeIfAbsent(name, k -> new ArrayList<>());
        for (Object fork : (List<Object>) primary.get("rawData")) {
          for (Object score : (List<Object>) fork) {
            scores.add(num(score));
          }
        }
        r.forks++;
        Map<String, Object> secondary = (Map<String, Object>) b.get("secondaryMetrics");
        if (secondary != null && r.allocBytesPerOp == null) {
          for (Map.Entry<String, Object> e : secondary.entrySet()) {
            if (e.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
              r.allocBytesPerOp = num(((Map<String, Object>) e.getValue()).get("score"));
            }
          }
        }
      }
    }
    for (Map.Entry<String, Result> e : results.entrySet()) {
      List<Double> scores = iterations.get(e.getKey());
      Result r = e.getValue();
      int n = scores.size();
      double mean = scores.stream().mapToDouble(Double::doubleValue).sum() / n;
      double var = 0;
      for (double x : scores) {
        var += (x - mean) * (x - mean);
      }
      r.mean = mean;
      r.iterations = n;
      r.error = n < 2 ? Double.NaN
          : new org.apache.commons.math3.distribution.TDistribution(n - 1).inverseCumulativeProbability(0.9995)
              * Math.sqrt(var / (n - 1)) / Math.sqrt(n);
      List<Double> sorted = new ArrayList<>(scores);
      sorted.sort(Double::compare);
      r.median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
    return results;
  }

  static double num(Object o) {
    if (o instanceof Number) {
      return ((Number) o).doubleValue();
    }
    if (o instanceof String) {
      try {
        return Double.parseDouble((String) o);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  static Properties timings(Path dir) {
    Properties p = new Properties();
    Path file = dir.resolve("timings.properties");
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      } catch (IOException e) {
        // an empty set
      }
    }
    return p;
  }

  /** value, error (propagated relative errors in quadrature), or null when a side is missing. */
  static double[] ratio(Map<String, Result> jmh, Report.Ratio ratio) {
    Result n = jmh.get(ratio.numerator);
    Result d = jmh.get(ratio.denominator);
    if (n == null || d == null || !(d.mean > 0)) {
      return null;
    }
    double value = n.mean / d.mean;
    double rel = Math.sqrt(sq(relErr(n)) + sq(relErr(d)));
    return new double[] {value, value * rel};
  }

  private static double relErr(Result r) {
    return Double.isNaN(r.error) ? 0 : r.error / r.mean;
  }

  private static double sq(double x) {
    return x * x;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> heapVariant(Path dir, String variant) {
    Object heap = readJson(dir.resolve("heap.json"));
    if (!(heap instanceof Map)) {
      return null;
    }
    Map<String, Object> variants = (Map<String, Object>) ((Map<String, Object>) heap).get("variants");
    return variants == null ? null : (Map<String, Object>) variants.get(variant);
  }

  /** (smallest -Xmx that decodes − live heap before the call) ÷ decoded bytes. */
  @SuppressWarnings("unchecked")
  static Double heapRatio(Map<String, Object> variant) {
    if (variant == null || variant.get("min_xmx_mib") == null) {
      return null;
    }
    Map<String, Object> atMin = (Map<String, Object>) variant.get("at_min");
    double baseline = atMin == null ? 0 : num(atMin.get("baseline_used_bytes"));
    double decoded = atMin == null ? DecodeHeap.DECODED_BYTES : num(atMin.get("decoded_bytes"));
    return (num(variant.get("min_xmx_mib")) * MIB - baseline) / decoded;
  }


  /**
   * The suites of a surefire or failsafe report folder, counted by the project's one test counter
   * ({@code fishaudio.client.workflow.TestCounts}, which scripts/test also uses); null when absent.
   */
  static Map<String, Object> testReports(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    List<TestCounts.Suite> suites = TestCounts.read(dir);
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    Map<String, Double> perClass = new LinkedHashMap<>();
    for (TestCounts.Suite suite : suites) {
      tests += suite.tests();
      failures += suite.failures();
      errors += suite.errors();
      skipped += suite.skipped();
      perClass.put(suite.name().substring(suite.name().lastIndexOf('.') + 1), suite.seconds());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("summary", TestCounts.summary(suites));
    out.put("classes", suites.size());
    out.put("tests", tests);
    out.put("failures", failures);
    out.put("errors", errors);
    out.put("skipped", skipped);
    Map<String, Object> sorted = new LinkedHashMap<>();
    perClass.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
        .forEach(e -> sorted.put(e.getKey(), round(e.getValue(), 1)));
    out.put("class_seconds", sorted);
    return out;
  }


  private static final Pattern MOJO = Pattern.compile("^(\\d+\\.\\d+) \\[INFO\\] --- (\\S+) (?:\\((\\S+)\\) )?@ ");
  private static final Pattern STAMP = Pattern.compile("^(\\d+\\.\\d+) ");

  /** The slowest mojo executions of a timestamped Maven log (lines prefixed by epoch seconds). */
  static Map<String, Object> mojos(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    Map<String, Double> durations = new LinkedHashMap<>();
    String current = null;
    double start = Double.NaN;
    double first = Double.NaN;
    double last = Double.NaN;
    for (String line : lines) {
      Matcher stamp = STAMP.matcher(line);
      if (!stamp.find()) {
        continue;
      }
      double at = Double.parseDouble(stamp.group(1));
      if (Double.isNaN(first)) {
        first = at;
      }
      last = at;
      Matcher m = MOJO.matcher(line);
      if (m.find()) {
        if (current != null) {
          durations.merge(current, at - start, Double::sum);
        } else {
          durations.put("(maven start-up)", at - first);
        }
        String goal = m.group(2).replaceAll("^maven-|-plugin", "").replaceAll(":[0-9][^:]*:", ":");
        current = goal + (m.group(3) == null ? "" : " (" + m.group(3) + ")");
        start = at;
      }
    }
    if (current != null) {
      durations.merge(current, last - start, Double::sum);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    durations.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(6)
        .forEach(e -> out.put(e.getKey(), round(e.getValue(), 1)));
    return out;
  }

  static double mbPerS(double msPerOp) {
    return DecodeHeap.DECODED_BYTES / 1e6 / (msPerOp / 1000);
  }

  static String fmt(double v, int digits) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  static Double round(double v, int digits) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }
}
