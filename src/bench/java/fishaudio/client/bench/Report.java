package fishaudio.client.bench;

import static fishaudio.client.bench.ReportInputs.JSON;
import static fishaudio.client.bench.ReportInputs.MIB;
import static fishaudio.client.bench.ReportInputs.heapRatio;
import static fishaudio.client.bench.ReportInputs.heapVariant;
import static fishaudio.client.bench.ReportInputs.jmh;
import static fishaudio.client.bench.ReportInputs.mbPerS;
import static fishaudio.client.bench.ReportInputs.mojos;
import static fishaudio.client.bench.ReportInputs.num;
import static fishaudio.client.bench.ReportInputs.ratio;
import static fishaudio.client.bench.ReportInputs.readJson;
import static fishaudio.client.bench.ReportInputs.round;
import static fishaudio.client.bench.ReportInputs.testReports;
import static fishaudio.client.bench.ReportInputs.timings;

import fishaudio.client.bench.ReportInputs.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Turns what scripts/bench measured (in target/bench) into report.json and report.md.
 *
 * <ul>
 *   <li>{@code Report profile DIR}: {@link ReportProfiles}.
 *   <li>{@code Report write DIR}: writes DIR/report.json (here) and DIR/report.md
 *       ({@link ReportMarkdown}), from what {@link ReportInputs} reads.
 * </ul>
 */
public final class Report {
  /** A ratio of two JMH benchmarks (same run) and its goal; NaN for a ratio shown beside another key's. */
  static final class Ratio {
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

    boolean hasGoal() {
      return !Double.isNaN(goal);
    }
  }

  /**
   * design_overhead_vs_raw itself comes from {@link DesignPairs} (see {@link AnchorKeys}): its JMH
   * forks differ by more than their iterations do, and left the JMH ratio's error at 0.08 to 0.24.
   */
  static final List<Ratio> RATIOS = List.of(
      new Ratio("design_overhead_vs_raw_jmh", "DesignBench.client", "DesignBench.raw", Double.NaN),
      new Ratio("create_model_overhead_vs_raw", "CreateModelBench.client", "CreateModelBench.raw", 1.10),
      new Ratio("design_vs_stock_generator", "DesignBench.client", "DesignBench.stock", 1.0));

  static final double HEAP_GOAL = 2.0;
  static final double UPLOAD_GOAL_MIB = 512;
  static final double CONTRACT_GOAL_S = 60;

  /** What write() built: report.json's content and the inputs report.md also reads. */
  static final class Built {
    final Map<String, Object> report;
    final Properties timings;
    final Map<String, Result> jmh;
    final String anchorRows;

    Built(Map<String, Object> report, Properties timings, Map<String, Result> jmh, String anchorRows) {
      this.report = report;
      this.timings = timings;
      this.jmh = jmh;
      this.anchorRows = anchorRows;
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[1]);
    if (args[0].equals("profile")) {
      ReportProfiles.profile(dir);
    } else {
      write(dir);
    }
  }

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
    List<String> missed = new ArrayList<>();

    // Ratios from JMH.
    for (Ratio ratio : RATIOS) {
      double[] r = ratio(jmh, ratio);
      report.put(ratio.key, r == null ? null : round(r[0], 3));
      if (!ratio.hasGoal()) {
        goals.put(ratio.key, goal("(beside design_overhead_vs_raw)", null,
            r == null ? null : round(r[1], 3), ratio.numerator + " / " + ratio.denominator + ", JMH forks"));
        continue;
      }
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
    Map<String, Object> contractDetails = testReports(dir.resolve("failsafe-reports"));
    report.put("contract_suite", contractDetails);
    Map<String, Object> builds = new LinkedHashMap<>();
    for (String step : new String[] {"provision", "snapshot", "verify_warm", "contract_suite", "regenerate",
        "bench_build", "stock_generate", "stock_build", "jmh", "jmh_reverse", "upload", "upload_vs_curl", "tier_concurrency", "first_call", "design_pairs", "decode_heap", "profile",
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
      }
      if (step.equals("verify_warm")) {
        Map<String, Object> unit = testReports(dir.resolve("surefire-reports"));
        b.put("tests", unit == null ? null : unit.get("summary") + " (unit, surefire)");
      }
      if (step.equals("contract_suite") && contractDetails != null) {
        b.put("tests", contractDetails.get("summary") + " (contract, failsafe)");
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
    Built built = new Built(report, t, jmh, anchorRows);
    Files.write(dir.resolve("report.json"), JSON.toJson(report).getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("report.md"), ReportMarkdown.render(built).getBytes(StandardCharsets.UTF_8));
  }

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

  static Double seconds(Properties t, String step) {
    String s = t.getProperty(step + "_s");
    return s == null ? null : round(Double.parseDouble(s), 1);
  }
}
