package fishaudio.client.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Turns what scripts/bench measured (in target/bench) into report.json and report.md.
 *
 * <ul>
 *   <li>{@code Report profile DIR}: for each JMH ratio that misses its goal, runs both sides again
 *       with a JFR recording and summarises where the time and allocations go; for a missed heap
 *       goal, summarises the recording the heap probe made. Writes DIR/profiles.json.
 *   <li>{@code Report write DIR}: writes DIR/report.json and DIR/report.md.
 * </ul>
 */
public final class Report {
  private static final double MIB = 1 << 20;
  private static final JsonAdapter<Object> JSON =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");

  /** A ratio of two JMH benchmarks (same run) and its goal. */
  private static final class Ratio {
    final String key;
    final String numerator;
    final String denominator;
    final double goal;

    Ratio(String key, String numerator, String denominator, double goal) {
      this.key = key;
      this.numerator = numerator;
      this.denominator = denominator;
      this.goal = goal;
    }
  }

  private static final List<Ratio> RATIOS = List.of(
      new Ratio("design_overhead_vs_raw", "DesignBench.client", "DesignBench.raw", 1.10),
      new Ratio("create_model_overhead_vs_raw", "CreateModelBench.client", "CreateModelBench.raw", 1.10),
      new Ratio("design_vs_stock_generator", "DesignBench.client", "DesignBench.stock", 1.0));

  static final double HEAP_GOAL = 2.0;
  static final double UPLOAD_GOAL_MIB = 512;
  static final double CONTRACT_GOAL_S = 60;

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

  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[1]);
    if (args[0].equals("profile")) {
      profile(dir);
    } else {
      write(dir);
    }
  }

  // ---------------------------------------------------------------- inputs

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

  private static String medianRatios(Map<String, Result> jmh) {
    List<String> parts = new ArrayList<>();
    for (Ratio ratio : RATIOS) {
      Result n = jmh.get(ratio.numerator);
      Result d = jmh.get(ratio.denominator);
      if (n != null && d != null) {
        parts.add(ratio.key + " " + fmt(n.median / d.median, 3));
      }
    }
    return String.join(", ", parts);
  }

  /** value, error (propagated relative errors in quadrature), or null when a side is missing. */
  static double[] ratio(Map<String, Result> jmh, Ratio ratio) {
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

  // ---------------------------------------------------------------- profile

  static void profile(Path dir) throws Exception {
    Map<String, Result> jmh = jmh(dir);
    Map<String, Object> profiles = new LinkedHashMap<>();
    Path jfrDir = dir.resolve("profiles");
    Files.createDirectories(jfrDir);
    for (Ratio ratio : RATIOS) {
      double[] r = ratio(jmh, ratio);
      if (r == null || r[0] <= ratio.goal) {
        continue;
      }
      Map<String, Object> sides = new LinkedHashMap<>();
      for (String bench : new String[] {ratio.numerator, ratio.denominator}) {
        Path jfr = jfrDir.resolve(bench + ".jfr");
        if (!Files.exists(jfr)) {
          System.err.println("report: profiling " + bench + " with JFR (" + ratio.key + " missed its goal)");
          Options options = new OptionsBuilder()
              .include("^" + Pattern.quote("fishaudio.client.bench." + bench) + "$")
              .forks(1)
              .warmupIterations(2).warmupTime(TimeValue.seconds(1))
              .measurementIterations(4).measurementTime(TimeValue.seconds(1))
              .jvmArgsAppend("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile")
              .build();
          try {
            new Runner(options).run();
          } catch (Exception e) {
            sides.put(bench, Map.of("error", String.valueOf(e)));
            continue;
          }
        }
        sides.put(bench, Jfr.summarize(jfr, "jmh-worker", 12));
      }
      profiles.put(ratio.key, sides);
    }
    Map<String, Object> client = heapVariant(dir, "client");
    Double heap = heapRatio(client);
    if (heap != null && heap > HEAP_GOAL && client.get("jfr") != null && Files.exists(Paths.get((String) client.get("jfr")))) {
      Map<String, Object> sides = new LinkedHashMap<>();
      sides.put("client", Jfr.summarize(Paths.get((String) client.get("jfr")), "main", 12));
      profiles.put("decode_peak_heap_vs_payload", sides);
    }
    Files.write(dir.resolve("profiles.json"), JSON.toJson(profiles).getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- write

  @SuppressWarnings("unchecked")
  static void write(Path dir) throws Exception {
    Properties t = timings(dir);
    Map<String, Result> jmh = jmh(dir);
    Map<String, Object> profiles = (Map<String, Object>) readJson(dir.resolve("profiles.json"));
    if (profiles == null) {
      profiles = new LinkedHashMap<>();
    }
    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Object> goals = new LinkedHashMap<>();
    StringBuilder md = new StringBuilder();
    List<String> missed = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    // Ratios from JMH.
    for (Ratio ratio : RATIOS) {
      double[] r = ratio(jmh, ratio);
      report.put(ratio.key, r == null ? null : round(r[0], 3));
      // Decided only when the 99.9% interval (JMH's score errors, propagated) excludes the other side.
      goals.put(ratio.key, goal("<= " + ratio.goal, decided(r, ratio.goal),
          r == null ? null : round(r[1], 3), ratio.numerator + " / " + ratio.denominator));
      if (Boolean.FALSE.equals(decided(r, ratio.goal))) {
        missed.add(ratio.key);
      }
    }

    // Upload under -Xmx64m.
    Map<String, Object> upload = (Map<String, Object>) readJson(dir.resolve("upload.json"));
    Double uploadMib = null;
    if (upload != null) {
      boolean ok = Boolean.TRUE.equals(upload.get("ok"));
      double files = num(upload.get("file_bytes"));
      double server = num(upload.get("server_body_bytes"));
      uploadMib = ok && server >= files ? files / MIB : num(upload.get("client_sent_file_bytes")) / MIB;
      uploadMib = round(uploadMib, 1);
    }
    report.put("upload_streamed_mib_under_xmx64m", uploadMib);
    goals.put("upload_streamed_mib_under_xmx64m", goal(">= " + (int) UPLOAD_GOAL_MIB,
        uploadMib == null ? null : uploadMib >= UPLOAD_GOAL_MIB, null, "UploadUnderSmallHeap, -Xmx64m"));
    if (uploadMib != null && uploadMib < UPLOAD_GOAL_MIB) {
      missed.add("upload_streamed_mib_under_xmx64m");
    }

    // Decode heap.
    Map<String, Object> heapClient = heapVariant(dir, "client");
    Double heap = heapRatio(heapClient);
    report.put("decode_peak_heap_vs_payload", heap == null ? null : round(heap, 2));
    goals.put("decode_peak_heap_vs_payload", goal("<= " + HEAP_GOAL, heap == null ? null : heap <= HEAP_GOAL,
        round(MIB / DecodeHeap.DECODED_BYTES, 2), "(smallest -Xmx that decodes - live heap before) / decoded bytes"));
    if (heap != null && heap > HEAP_GOAL) {
      missed.add("decode_peak_heap_vs_payload");
    }

    // Contract suite and builds.
    Double contract = seconds(t, "contract_suite");
    report.put("contract_suite_wall_s", contract);
    goals.put("contract_suite_wall_s", goal("<= " + (int) CONTRACT_GOAL_S,
        contract == null ? null : contract <= CONTRACT_GOAL_S, null, "wall of the mvn command, container start included"));
    if (contract != null && contract > CONTRACT_GOAL_S) {
      missed.add("contract_suite_wall_s");
    }
    report.put("regenerate_s", seconds(t, "regenerate"));
    report.put("verify_cold_s", seconds(t, "verify_cold"));
    report.put("verify_warm_s", seconds(t, "verify_warm"));
    String anchorRows = AnchorKeys.add(dir, report, goals, missed);
    report.put("goals", goals);
    report.put("missed_goals", missed);

    // Details.
    Map<String, Object> benchmarks = new LinkedHashMap<>();
    for (Map.Entry<String, Result> e : jmh.entrySet()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("mean", round(e.getValue().mean, 4));
      b.put("error", round(e.getValue().error, 4));
      b.put("median", round(e.getValue().median, 4));
      b.put("unit", e.getValue().unit);
      b.put("forks", e.getValue().forks);
      b.put("iterations", e.getValue().iterations);
      b.put("alloc_bytes_per_op", e.getValue().allocBytesPerOp == null ? null : Math.round(e.getValue().allocBytesPerOp));
      benchmarks.put(e.getKey(), b);
    }
    report.put("benchmarks", benchmarks);
    Map<String, Object> medians = new LinkedHashMap<>();
    for (Ratio ratio : RATIOS) {
      Result n = jmh.get(ratio.numerator);
      Result d = jmh.get(ratio.denominator);
      medians.put(ratio.key, n == null || d == null ? null : round(n.median / d.median, 3));
    }
    report.put("ratios_of_medians", medians);
    Map<String, Object> throughput = new LinkedHashMap<>();
    for (String[] pair : new String[][] {
        {"client_moshi_adapter", "DecodeBench.client"}, {"java_util_base64_alone", "DecodeBench.jdkBase64"},
        {"okio_base64_alone", "DecodeBench.okioBase64"}, {"streaming_sketch", "DecodeBench.streaming"}}) {
      Result r = jmh.get(pair[1]);
      throughput.put(pair[0], r == null ? null : round(mbPerS(r.mean), 1));
    }
    report.put("decode_throughput_mb_s", throughput);
    Map<String, Object> payloads = new LinkedHashMap<>();
    payloads.put("design", "4 candidates x 2 s of 44.1 kHz 16-bit mono WAV = 4 x " + Payloads.wavSize(2000)
        + " bytes decoded; response " + Payloads.designResponseLength(4, 2000) + " bytes of JSON");
    payloads.put("create_model", "3 voices x 1 MiB (WAV, from memory) + 3 texts, multipart; 201 with a model");
    payloads.put("decode", "4 candidates x 60 s of 44.1 kHz 16-bit mono WAV = " + DecodeHeap.DECODED_BYTES
        + " bytes decoded from " + Payloads.designResponseLength(4, 60_000) + " bytes of JSON");
    payloads.put("upload", "4 sparse files x 160 MiB, one create-model call, forked JVM with -Xmx64m");
    report.put("payloads", payloads);
    report.put("upload", upload);
    Map<String, Object> heapDetails = new LinkedHashMap<>();
    for (String v : new String[] {"client", "raw", "raw-stream"}) {
      Map<String, Object> variant = heapVariant(dir, v);
      if (variant != null) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("min_xmx_mib", variant.get("min_xmx_mib"));
        d.put("ratio", heapRatio(variant) == null ? null : round(heapRatio(variant), 2));
        d.put("ratio_without_baseline_subtraction", variant.get("min_xmx_mib") == null ? null
            : round(num(variant.get("min_xmx_mib")) * MIB / DecodeHeap.DECODED_BYTES, 2));
        d.put("at_min", variant.get("at_min"));
        d.put("large_heap_run", variant.get("large_heap_run"));
        d.put("error", variant.get("error"));
        heapDetails.put(v, d);
      }
    }
    report.put("decode_heap", heapDetails);
    report.put("stock_generator", readJson(dir.resolve("stock-probe.json")));
    Map<String, Object> contractDetails = failsafe(dir.resolve("failsafe-reports"));
    report.put("contract_suite", contractDetails);
    Map<String, Object> builds = new LinkedHashMap<>();
    for (String step : new String[] {"provision", "snapshot", "verify_warm", "contract_suite", "regenerate",
        "bench_build", "stock_generate", "stock_build", "jmh", "jmh_reverse", "upload", "upload_vs_curl", "tier_concurrency", "first_call", "decode_heap", "profile",
        "verify_cold"}) {
      if (t.getProperty(step + "_s") == null) {
        continue;
      }
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("seconds", seconds(t, step));
      b.put("exit_code", t.getProperty(step + "_rc") == null ? null : Integer.parseInt(t.getProperty(step + "_rc")));
      b.put("command", t.getProperty(step + "_cmd"));
      Path log = dir.resolve("logs").resolve(step + ".log");
      if (Files.exists(log)) {
        b.put("log", "target/bench/logs/" + step + ".log");
        Map<String, Object> mojos = mojos(log);
        if (!mojos.isEmpty()) {
          b.put("slowest_steps_s", mojos);
        }
        Map<String, Object> tests = testTotals(log);
        if (!tests.isEmpty()) {
          b.put("tests", tests);
        }
      }
      builds.put(step, b);
    }
    builds.put("regenerate_output_changed", t.getProperty("regenerate_changed"));
    builds.put("cold_repository_mib", t.getProperty("cold_repo_mib"));
    report.put("builds", builds);
    report.put("profiles", profiles);
    Map<String, Object> env = new LinkedHashMap<>();
    for (String key : new String[] {"git_head", "snapshot", "cpus", "memory", "java", "maven", "load_start",
        "load_upload_vs_curl_start", "load_anchors_end", "load_end", "options", "started_at"}) {
      env.put(key, t.getProperty(key));
    }
    report.put("environment", env);
    double end = t.getProperty("end_epoch") != null ? Double.parseDouble(t.getProperty("end_epoch"))
        : System.currentTimeMillis() / 1000.0;
    double total = t.getProperty("start_epoch") == null ? Double.NaN
        : end - Double.parseDouble(t.getProperty("start_epoch"));
    report.put("total_wall_s", round(total, 0));

    // ---- report.md
    md.append("# Benchmarks\n\n");
    md.append("`scripts/bench` ").append(t.getProperty("options", "")).append(", started ")
        .append(t.getProperty("started_at", "?")).append(", took ").append(fmt(total / 60, 1)).append(" min. ")
        .append("Code: ").append(t.getProperty("snapshot", "?")).append(". Machine: ")
        .append(t.getProperty("cpus", "?")).append(" cores, ").append(t.getProperty("memory", "?"))
        .append(", ").append(t.getProperty("java", "?")).append("; load average ")
        .append(t.getProperty("load_start", "?")).append(" at the start, ").append(t.getProperty("load_end", "?"))
        .append(" at the end (others share this machine: ratios of benchmarks from the same run are what count).\n\n");
    md.append("| key | measured | goal | |\n|---|---|---|---|\n");
    for (Ratio ratio : RATIOS) {
      double[] r = ratio(jmh, ratio);
      Boolean met = decided(r, ratio.goal);
      md.append("| `").append(ratio.key).append("` | ").append(r == null ? "n/a" : fmt(r[0], 3) + " ± " + fmt(r[1], 3))
          .append(" | <= ").append(ratio.goal).append(" | ")
          .append(r == null ? "" : met == null ? "undecided" : met ? "met" : "**MISSED**").append(" |\n");
    }
    md.append(anchorRows);
    md.append(row("upload_streamed_mib_under_xmx64m", uploadMib == null ? "n/a" : fmt(uploadMib, 0) + " MiB",
        ">= 512", uploadMib == null ? null : uploadMib >= UPLOAD_GOAL_MIB));
    md.append(row("decode_peak_heap_vs_payload", heap == null ? "n/a" : fmt(heap, 2) + " (1 MiB steps = 0.05; G1 varies about ± 0.1 run to run)",
        "<= 2.0", heap == null ? null : heap <= HEAP_GOAL));
    md.append(row("contract_suite_wall_s", contract == null ? "n/a" : fmt(contract, 0) + " s" + rcNote(t, "contract_suite"),
        "<= 60", contract == null ? null : contract <= CONTRACT_GOAL_S));
    md.append(row("regenerate_s", secondsText(t, "regenerate"), "-", null));
    md.append(row("verify_warm_s", secondsText(t, "verify_warm"), "-", null));
    md.append(row("verify_cold_s", secondsText(t, "verify_cold"), "-", null));
    md.append("\nMissed goals: ").append(missed.isEmpty() ? "none" : String.join(", ", missed)).append(".\n");

    md.append("\n## Client overhead (JMH 1.37: forks of 3 x 1 s warm-up, 5 x 1 s measurement; mean ± 99.9% error)\n\n");
    md.append("Payloads: ").append(payloads.get("design")).append(". Create-model: ").append(payloads.get("create_model"))
        .append(". All against a loopback HTTP/1.1 server in the benchmark's JVM (LoopbackServer: fixed answers, "
            + "request bodies counted and discarded), the same for every client.\n\n");
    md.append("| benchmark | ms/op (mean ± error) | median | forks x iterations | alloc/op |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, Result> e : jmh.entrySet()) {
      Result r = e.getValue();
      md.append("| ").append(e.getKey()).append(" | ").append(fmt(r.mean, 3)).append(" ± ").append(fmt(r.error, 3))
          .append(" | ").append(fmt(r.median, 3)).append(" | ").append(r.forks).append(" x ").append(r.iterations / Math.max(1, r.forks))
          .append(" | ").append(r.allocBytesPerOp == null ? "" : bytes(r.allocBytesPerOp)).append(" |\n");
    }
    md.append("\nThe benchmarks of the ratios ran twice: once in the main pass, once more one by one in reverse "
        + "order, so that a change in the machine's load during the run weighs on both sides of each ratio; mean and "
        + "99.9% error are over all iterations of both forks. Ratios of medians, less sensitive to bursts of load "
        + "from other processes: ").append(medianRatios(jmh)).append(".\n");
    md.append("\n- `DesignBench.raw`: hand-written OkHttp + Moshi streaming reader, java.util.Base64 (the anchor). "
        + "`rawOkioBase64`: the same with Okio's `ByteString.decodeBase64`, which the generated adapter uses "
        + "(diagnostic). `rawStreamingBase64`: the same reading the value with Moshi's `nextSource()` and decoding "
        + "48 KiB chunks with java.util.Base64, never building the String (a sketch, diagnostic).\n");
    md.append("- `DesignBench.stock`: the stock openapi-generator 7.25.0 `java`/`retrofit2`/Gson client, generated from "
        + "the same spec at bench time into target/bench/stock and compiled with its own runtime.\n");
    Map<String, Object> stock = (Map<String, Object>) report.get("stock_generator");
    if (stock != null) {
      md.append("\n### Stock generator: what works\n\n");
      md.append("- Out of the box, voice design **fails**: ").append(stock.get("design_out_of_box"))
          .append(". Its Gson has no base64 adapter, so `format: byte` (`byte[] audioBase64`) is read as a JSON array. "
              + "The benchmark registers a 10-line java.util.Base64 `TypeAdapter<byte[]>` (what a stock user must add): ")
          .append(stock.get("design_with_base64_adapter")).append(".\n");
      md.append("- The stock output does not compile with its own pom: models import `JsonNullable` "
          + "(openApiNullable defaults to true) but the pom lacks jackson-databind-nullable; the throwaway pom adds it.\n");
      md.append("- Create-model is **not comparable**, so there is no stock create-model benchmark: the generated "
          + "signature is ").append(stock.get("create_model_signature")).append(" — `voices` is one "
          + "`MultipartBody.Part`, so 3 voices cannot go in one call; and enums go as JSON-quoted parts. "
          + "On the wire, one call with one voice sent: ").append(stock.get("create_model_parts")).append(".\n");
    } else {
      md.append("\nThe stock generator's client could not be built or probed: see target/bench/logs/stock_*.log.\n");
    }

    md.append("\n## Decode\n\n");
    md.append("Throughput on ").append(payloads.get("decode")).append(" (decoded MB / s, MB = 10^6 bytes):\n\n");
    md.append("| decoder | MB/s |\n|---|---|\n");
    md.append("| our generated Moshi adapter, whole body from memory | ").append(throughput.get("client_moshi_adapter")).append(" |\n");
    md.append("| java.util.Base64 alone (byte[] in) | ").append(throughput.get("java_util_base64_alone")).append(" |\n");
    md.append("| Okio ByteString.decodeBase64 alone (String in) | ").append(throughput.get("okio_base64_alone")).append(" |\n");
    md.append("| streaming sketch (nextSource + java.util.Base64 chunks), whole body | ").append(throughput.get("streaming_sketch")).append(" |\n");
    md.append("\nPeak heap: the smallest `-Xmx` (bisection, 1 MiB steps, G1, a JVM per try; a size passes when two "
        + "JVMs in a row complete) at which one call completes, less the live heap before the call (measured after GC in the same JVM), divided by the "
        + "decoded audio. The loopback server streams the response from a generator, so it holds no copy.\n\n");
    md.append("| variant | min -Xmx | live before | ratio | ratio without subtracting | heap-pool peak, -Xmx1g (garbage included) |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Object> e : heapDetails.entrySet()) {
      Map<String, Object> d = (Map<String, Object>) e.getValue();
      Map<String, Object> atMin = (Map<String, Object>) d.get("at_min");
      Map<String, Object> big = (Map<String, Object>) d.get("large_heap_run");
      md.append("| ").append(e.getKey()).append(" | ").append(d.get("min_xmx_mib") == null ? "n/a (" + d.get("error") + ")" : d.get("min_xmx_mib") + " MiB")
          .append(" | ").append(atMin == null ? "" : fmt(num(atMin.get("baseline_used_bytes")) / MIB, 1) + " MiB")
          .append(" | ").append(d.get("ratio")).append(" | ").append(d.get("ratio_without_baseline_subtraction"))
          .append(" | ").append(big == null ? "" : fmt(num(big.get("pool_peak_sum_bytes")) / MIB, 1) + " MiB").append(" |\n");
    }
    md.append("\n`client` = FishAudio.designVoice; `raw` = the anchor (nextString + java.util.Base64); "
        + "`raw-stream` = the streaming sketch.\n");

    md.append("\n## Upload under -Xmx64m\n\n");
    if (upload != null) {
      md.append("One create-model call with ").append(fmt(num(upload.get("files")), 0)).append(" sparse voice files, ")
          .append(fmt(num(upload.get("file_bytes")) / MIB, 0)).append(" MiB in all, uploaded from disk (Upload.of(Path)) "
              + "by a JVM with -Xmx64m: ").append(Boolean.TRUE.equals(upload.get("ok")) ? "completed" : "FAILED: " + upload.get("error"))
          .append(" in ").append(upload.get("seconds")).append(" s; the server counted ")
          .append(fmt(num(upload.get("server_body_bytes")) / MIB, 1)).append(" MiB of body; heap pools peaked at ")
          .append(fmt(num(upload.get("heap_pool_peak_sum_bytes")) / MIB, 1)).append(" MiB.\n");
    } else {
      md.append("Not measured: see target/bench/logs/upload.log.\n");
    }

    md.append(AnchorKeys.section(report));

    md.append("\n## Contract suite and builds\n\n");
    md.append("| step | s | exit | tests | slowest steps (s) |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, Object> e : builds.entrySet()) {
      if (!(e.getValue() instanceof Map)) {
        continue;
      }
      Map<String, Object> b = (Map<String, Object>) e.getValue();
      md.append("| ").append(e.getKey()).append(" | ").append(b.get("seconds")).append(" | ").append(b.get("exit_code"))
          .append(" | ").append(b.get("tests") == null ? "" : compact((Map<String, Object>) b.get("tests")))
          .append(" | ").append(b.get("slowest_steps_s") == null ? "" : compact((Map<String, Object>) b.get("slowest_steps_s")))
          .append(" |\n");
    }
    md.append("\nverify_warm and verify_cold run with -Dmaven.test.failure.ignore=true, so that a failing test in "
        + "the tree does not cut the build short: their tests column says whether anything failed.\n");
    md.append("\nCommands (in a fresh clone of the work tree, target/bench/wt):\n\n");
    for (Map.Entry<String, Object> e : builds.entrySet()) {
      if (e.getValue() instanceof Map && ((Map<String, Object>) e.getValue()).get("command") != null) {
        String command = String.valueOf(((Map<String, Object>) e.getValue()).get("command"))
            .replaceAll("-cp \\S+", "-cp <classpath>").replaceAll("-cp '[^']*'", "-cp <classpath>").replaceAll("\\s+", " ");
        md.append("- ").append(e.getKey()).append(": `").append(command).append("`\n");
      }
    }
    md.append("\nregenerate: output changed by the spec edit: ").append(t.getProperty("regenerate_changed", "?"))
        .append(". Cold local repository after verify_cold: ").append(t.getProperty("cold_repo_mib", "n/a")).append(" MiB.\n");
    if (contractDetails != null) {
      md.append("\nContract suite (failsafe): ").append(contractDetails.get("tests")).append(" tests, ")
          .append(contractDetails.get("failures")).append(" failures, ").append(contractDetails.get("errors"))
          .append(" errors, ").append(contractDetails.get("skipped")).append(" skipped, in ")
          .append(contractDetails.get("classes")).append(" classes. Per class (s, classes run in parallel): ")
          .append(compact((Map<String, Object>) contractDetails.get("class_seconds"))).append(".\n");
    }
    for (String note : notes) {
      md.append("\n").append(note).append("\n");
    }

    md.append("\n## Missed goals: what the profiles show\n\n");
    if (missed.isEmpty()) {
      md.append("None missed.\n");
    }
    List<String> shown = new ArrayList<>();
    for (String key : missed) {
      md.append("### ").append(key).append("\n\n");
      md.append(explain(key, jmh, heapDetails, builds, contractDetails)).append("\n");
      Object p = profiles.get(key);
      if (p instanceof Map) {
        for (Map.Entry<String, Object> side : ((Map<String, Object>) p).entrySet()) {
          Map<String, Object> s = (Map<String, Object>) side.getValue();
          if (shown.contains(side.getKey())) {
            md.append("\nJFR, `").append(side.getKey()).append("`: as above.\n");
            continue;
          }
          shown.add(side.getKey());
          if (s.get("error") != null) {
            md.append("\nJFR, `").append(side.getKey()).append("`: could not be recorded: ").append(s.get("error")).append("\n");
            continue;
          }
          md.append("\nJFR, `").append(side.getKey()).append("` (").append(fmt(num(s.get("cpu_samples")), 0)).append(" CPU samples on the ")
              .append(s.get("thread_filter")).append(" thread; ").append(s.get("file")).append("):\n\n");
          md.append("- CPU (samples of the thread running Java code; waits on the socket are not sampled), share of "
              + "samples passing through: ").append(compact((Map<String, Object>) s.get("cpu_inclusive_pct_by_library"))).append("\n");
          md.append("- CPU, top methods (self %): ").append(compact((Map<String, Object>) s.get("cpu_top_methods_pct"))).append("\n");
          md.append("- allocation by class (%): ").append(compact((Map<String, Object>) s.get("alloc_top_classes_pct"))).append("\n");
          md.append("- allocation by site (%): ").append(compact((Map<String, Object>) s.get("alloc_top_sites_pct"))).append("\n");
        }
      }
      md.append("\n");
    }

    Files.write(dir.resolve("report.json"), JSON.toJson(report).getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("report.md"), md.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The data-driven part of the explanation of a missed goal. */
  @SuppressWarnings("unchecked")
  private static String explain(String key, Map<String, Result> jmh, Map<String, Object> heap,
      Map<String, Object> builds, Map<String, Object> contract) {
    StringBuilder s = new StringBuilder();
    if (key.equals("design_vs_stock_generator")) {
      Result client = jmh.get("DesignBench.client");
      Result stock = jmh.get("DesignBench.stock");
      Result raw = jmh.get("DesignBench.raw");
      Result okio = jmh.get("DesignBench.rawOkioBase64");
      if (client != null && stock != null) {
        s.append("Our client takes ").append(fmt(client.mean, 3)).append(" ms, the stock client ").append(fmt(stock.mean, 3))
            .append(" ms. The stock client reads each base64 text character by character into a StringBuilder (Gson's "
                + "`nextQuotedValue`) but then decodes it with java.util.Base64, through the adapter the benchmark had to "
                + "add; our client reads the text faster (Moshi over Okio) but decodes it with Okio's decoder.");
        if (raw != null && okio != null) {
          double withJdk = client.mean - (okio.mean - raw.mean);
          s.append(" The decoder costs ").append(fmt(okio.mean - raw.mean, 3)).append(" ms per call here (anchor with Okio's "
              + "decoder minus anchor with java.util.Base64): with java.util.Base64, our client would take about ")
              .append(fmt(withJdk, 2)).append(" ms, a ratio of about ").append(fmt(withJdk / stock.mean, 2)).append(".");
        }
        double[] r = ratio(jmh, RATIOS.get(2));
        if (r != null) {
          s.append(" The measured ratio is ").append(fmt(r[0], 3)).append(" ± ").append(fmt(r[1], 3))
              .append(r[0] - r[1] <= 1.0 ? ": within its error of the goal." : ".");
        }
      }
    } else if (key.equals("design_overhead_vs_raw")) {
      Result client = jmh.get("DesignBench.client");
      Result raw = jmh.get("DesignBench.raw");
      Result okio = jmh.get("DesignBench.rawOkioBase64");
      Result stream = jmh.get("DesignBench.rawStreamingBase64");
      Result dOkio = jmh.get("DecodeBench.okioBase64");
      Result dJdk = jmh.get("DecodeBench.jdkBase64");
      if (client != null && raw != null) {
        double gap = client.mean - raw.mean;
        s.append("Our client takes ").append(fmt(client.mean, 3)).append(" ms, the anchor ").append(fmt(raw.mean, 3))
            .append(" ms: ").append(fmt(gap, 3)).append(" ms more per call.");
        if (okio != null) {
          s.append(" The anchor with Okio's base64 decoder instead of java.util.Base64 (the one change that makes it decode "
              + "like our generated `JsonFields.readBase64`) takes ").append(fmt(okio.mean, 3)).append(" ms: the decoder alone "
              + "accounts for ").append(fmt(100 * (okio.mean - raw.mean) / gap, 0)).append("% of the gap; the remaining ")
              .append(fmt(client.mean - okio.mean, 3)).append(" ms (").append(fmt(100 * (client.mean / okio.mean - 1), 0))
              .append("% over that, within the noise of this machine) is the rest of the stack (Retrofit, interceptors, the "
                  + "watched body, generated models); it allocates ");
          if (client.allocBytesPerOp != null && okio.allocBytesPerOp != null) {
            s.append(bytes(client.allocBytesPerOp - okio.allocBytesPerOp)).append(" per call more than that anchor.");
          } else {
            s.append("about as much as that anchor.");
          }
        }
        if (dOkio != null && dJdk != null) {
          s.append(" On the 21 MB decode, Okio's decoder runs at ").append(fmt(mbPerS(dOkio.mean), 0))
              .append(" MB/s against java.util.Base64's ").append(fmt(mbPerS(dJdk.mean), 0))
              .append(" MB/s (JDK 17 decodes with a vectorised intrinsic on CPUs with AVX-512 VBMI, as this one has).");
        }
        if (stream != null) {
          s.append(" The streaming sketch (no base64 String, java.util.Base64 on 48 KiB chunks) takes ")
              .append(fmt(stream.mean, 3)).append(" ms.");
        }
      }
    } else if (key.equals("create_model_overhead_vs_raw")) {
      Result client = jmh.get("CreateModelBench.client");
      Result raw = jmh.get("CreateModelBench.raw");
      if (client != null && raw != null) {
        s.append("Our client takes ").append(fmt(client.mean, 3)).append(" ms and allocates ")
            .append(client.allocBytesPerOp == null ? "?" : bytes(client.allocBytesPerOp)).append("/op; the hand-built multipart ")
            .append(fmt(raw.mean, 3)).append(" ms, ").append(raw.allocBytesPerOp == null ? "?" : bytes(raw.allocBytesPerOp)).append("/op.");
      }
    } else if (key.equals("decode_peak_heap_vs_payload")) {
      Map<String, Object> c = (Map<String, Object>) heap.get("client");
      if (c != null && c.get("at_min") != null) {
        Map<String, Object> atMin = (Map<String, Object>) c.get("at_min");
        double min = num(c.get("min_xmx_mib"));
        double before = num(atMin.get("baseline_used_bytes")) / MIB;
        double decoded = DecodeHeap.DECODED_BYTES / MIB;
        s.append("Decoding needs ").append(fmt(min, 0)).append(" MiB of heap: ").append(fmt(before, 1))
            .append(" MiB live before the call, the ").append(fmt(decoded, 1)).append(" MiB of audio it returns, and ")
            .append(fmt(min - before - decoded, 1)).append(" MiB of transient copies and GC room. Per candidate, the "
                + "generated adapter reads `audio_base64` with Moshi's `nextString()`: Okio first buffers the whole 7.1 MB "
                + "value, copies it into a byte[] (`readUtf8` across segments), the JDK copies that into the String, and "
                + "`ByteString.decodeBase64` then allocates the 5.3 MB result: two 7.1 MB copies of the text (about 2.7 x "
                + "the candidate's decoded size) in flight at once, on top of the candidates already decoded. G1 places each of these arrays (> 0.5 MiB) "
                + "in whole humongous regions, which rounds every one up to the next MiB.");
      }
      Map<String, Object> raw = (Map<String, Object>) heap.get("raw");
      Map<String, Object> stream = (Map<String, Object>) heap.get("raw-stream");
      if (raw != null && raw.get("ratio") != null) {
        s.append(" The hand-written anchor (nextString + java.util.Base64, which adds a byte[] copy of the String) needs ")
            .append(raw.get("min_xmx_mib")).append(" MiB (ratio ").append(raw.get("ratio")).append("): the goal is missed by "
                + "the read-a-String design itself, not by anything our layer adds.");
      }
      if (stream != null && stream.get("ratio") != null) {
        s.append(" The streaming sketch (Moshi `nextSource()`, java.util.Base64 over 48 KiB chunks, the bytes kept in "
            + "Okio segments and returned as `Buffer.snapshot()`, no copy) needs ").append(stream.get("min_xmx_mib"))
            .append(" MiB (ratio ").append(stream.get("ratio")).append(").");
      }
    } else if (key.equals("contract_suite_wall_s")) {
      Map<String, Object> b = (Map<String, Object>) builds.get("contract_suite");
      if (b != null && b.get("slowest_steps_s") != null) {
        s.append("Slowest Maven steps (s): ").append(compact((Map<String, Object>) b.get("slowest_steps_s"))).append(".");
      }
      if (contract != null) {
        s.append(" Test classes (s, run in parallel): ").append(compact((Map<String, Object>) contract.get("class_seconds"))).append(".");
      }
    } else if (key.startsWith("upload_vs_curl") || key.startsWith("tier_") || key.startsWith("first_call")) {
      s.append("See the section \"Against curl, at the account's tier, and in a fresh JVM\" for the runs and the class counts.");
    } else if (key.equals("upload_streamed_mib_under_xmx64m")) {
      s.append("See the upload section: the error is the finding.");
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- parsing helpers

  private static final Pattern SUITE = Pattern.compile("<testsuite\\b([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  static Map<String, Object> failsafe(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    int classes = 0;
    Map<String, Double> perClass = new LinkedHashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "TEST-*.xml")) {
      for (Path file : files) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = SUITE.matcher(text);
        if (!m.find()) {
          continue;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher a = ATTR.matcher(m.group(1));
        while (a.find()) {
          attrs.put(a.group(1), a.group(2));
        }
        classes++;
        tests += Integer.parseInt(attrs.getOrDefault("tests", "0"));
        failures += Integer.parseInt(attrs.getOrDefault("failures", "0"));
        errors += Integer.parseInt(attrs.getOrDefault("errors", "0"));
        skipped += Integer.parseInt(attrs.getOrDefault("skipped", "0"));
        String name = attrs.getOrDefault("name", file.getFileName().toString());
        perClass.put(name.substring(name.lastIndexOf('.') + 1), num(attrs.getOrDefault("time", "0").replace(",", "")));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("classes", classes);
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

  private static final Pattern TESTS = Pattern.compile(
      "\\[(?:INFO|WARNING|ERROR)\\] Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$");

  /** The "Results:" totals of surefire and failsafe in a timestamped Maven log, by plugin. */
  static Map<String, Object> testTotals(Path log) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    String current = "tests";
    for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
      Matcher m = MOJO.matcher(line);
      if (m.find()) {
        current = m.group(2).replaceAll("^maven-|-plugin.*$", "");
        continue;
      }
      Matcher t = TESTS.matcher(line);
      if (t.find()) {
        int failed = Integer.parseInt(t.group(2)) + Integer.parseInt(t.group(3));
        out.put(current, t.group(1) + " run, " + failed + " failed" + (t.group(4).equals("0") ? "" : ", " + t.group(4) + " skipped"));
      }
    }
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

  // ---------------------------------------------------------------- formatting

  /** Met or missed only when the interval r[0] ± r[1] lies wholly on one side of the goal; else null. */
  static Boolean decided(double[] r, double goal) {
    return r == null ? null : r[0] + r[1] <= goal ? Boolean.TRUE : r[0] - r[1] > goal ? Boolean.FALSE : null;
  }

  private static Map<String, Object> goal(String goal, Boolean met, Double error, String how) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("goal", goal);
    g.put("met", met);
    g.put("error", error);
    g.put("how", how);
    return g;
  }

  private static Double seconds(Properties t, String step) {
    String s = t.getProperty(step + "_s");
    return s == null ? null : round(Double.parseDouble(s), 1);
  }

  private static String secondsText(Properties t, String step) {
    Double s = seconds(t, step);
    return s == null ? "n/a (" + t.getProperty(step + "_note", "not run") + ")" : fmt(s, 0) + " s" + rcNote(t, step);
  }

  private static String rcNote(Properties t, String step) {
    String rc = t.getProperty(step + "_rc");
    return rc == null || rc.equals("0") ? "" : " (FAILED, exit " + rc + ": see target/bench/logs/" + step + ".log)";
  }

  private static String row(String key, String value, String goal, Boolean met) {
    return "| `" + key + "` | " + value + " | " + goal + " | " + (met == null ? "" : met ? "met" : "**MISSED**") + " |\n";
  }

  private static String compact(Map<String, Object> map) {
    if (map == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      parts.add(e.getKey() + " " + e.getValue());
    }
    return String.join("; ", parts);
  }

  static double mbPerS(double msPerOp) {
    return DecodeHeap.DECODED_BYTES / 1e6 / (msPerOp / 1000);
  }

  private static String bytes(double b) {
    return b >= MIB ? fmt(b / MIB, 2) + " MiB" : b >= 1024 ? fmt(b / 1024, 1) + " KiB" : fmt(b, 0) + " B";
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
