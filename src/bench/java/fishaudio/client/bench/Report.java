package fishaudio.client.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The one report writer: {@code Report DIR} turns what scripts/bench left in DIR (timings.properties,
 * each group's NAME.json from {@link Bench}, jmh.json, the test reports) into DIR/report.json (for
 * tools: every key's value at the top level, then goals, misses and details) and DIR/report.md (for
 * people: one table of every key, then each group's notes, JMH, and the builds).
 */
public final class Report {
  static final String[] GROUPS = {"design", "upload", "upload-tls", "small-heap", "tier", "first-call", "first-call-tls", "heap", "speech", "live"};
  static final String[] STEPS = {"provision", "snapshot", "verify_warm", "contract_suite", "regenerate", "bench_build",
      "stock_generate", "stock_build", "jmh", "design", "small_heap", "upload", "upload_tls", "tier", "first_call",
      "first_call_tls", "heap", "speech", "live", "verify_cold"};

  private Report() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Properties t = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve("timings.properties"))) {
      t.load(r);
    } catch (IOException noTimings) { // the measurements were run by hand
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    StringBuilder notes = new StringBuilder();
    Map<String, Object> groups = new LinkedHashMap<>();
    Map<String, Object> jmh = jmh(dir, rows);
    for (String group : GROUPS) {
      Map<String, Object> g = (Map<String, Object>) read(dir.resolve(group + ".json"));
      if (g == null) {
        rows.add(Pairs.value(group, null, null, null, "not run: see target/bench/logs/" + group.replace('-', '_') + ".log"));
        continue;
      }
      rows.addAll((List<Map<String, Object>>) g.get("rows"));
      if (!((String) g.get("notes")).isEmpty()) {
        notes.append(g.get("notes")).append("\n\n");
      }
      groups.put(group, g.get("details"));
    }
    Double contract = seconds(t, "contract_suite");
    rows.add(Pairs.value("contract_suite_wall_s", contract, "<= 60", contract == null ? null : contract <= 60,
        "wall of the mvn command, container start included" + rc(t, "contract_suite")));
    for (String step : new String[] {"regenerate", "verify_warm", "verify_cold"}) {
      rows.add(Pairs.value(step + "_s", seconds(t, step), null, null, t.getProperty(step + "_note", "") + rc(t, step)));
    }

    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Object> goals = new LinkedHashMap<>();
    List<String> missed = new ArrayList<>();
    StringBuilder table = new StringBuilder("| key | measured | goal | verdict |\n|---|---|---|---|\n");
    for (Map<String, Object> row : rows) {
      String key = (String) row.get("key");
      report.put(key, row.get("value"));
      goals.put(key, row);
      if ("missed".equals(row.get("verdict"))) {
        missed.add(key);
      }
      String measured = row.get("value") == null ? "n/a" : row.get("value") + (row.get("error") == null ? ""
          : " ± " + row.get("error") + (row.get("interval_999") == null ? "" : " (99.9%: " + row.get("interval_999") + ")"));
      table.append("| `").append(key).append("` (").append(row.get("how")).append(") | ").append(measured).append(" | ")
          .append(row.get("goal") == null ? "" : row.get("goal")).append(" | ")
          .append("missed".equals(row.get("verdict")) ? "**missed**" : row.get("verdict") == null ? "" : row.get("verdict"))
          .append(" |\n");
    }
    report.put("missed_goals", missed);
    report.put("goals", goals);
    report.put("groups", groups);
    report.put("jmh", jmh);
    report.put("environment", t);
    double total = t.getProperty("start_epoch") == null ? Double.NaN
        : Double.parseDouble(t.getProperty("end_epoch", String.valueOf(System.currentTimeMillis() / 1000.0)))
            - Double.parseDouble(t.getProperty("start_epoch"));
    report.put("total_wall_s", Pairs.round(total, 0));
    Files.writeString(dir.resolve("report.json"), Bench.JSON.toJson(report));

    StringBuilder md = new StringBuilder("# Benchmarks\n\n");
    md.append(String.format(Locale.ROOT, "`scripts/bench %s`, started %s, took %.1f min. Code: %s. Machine: %s cores, %s, %s; "
            + "load average %s at the start, %s at the end. Ratios are measured in one run against anchors on the same machine, "
            + "in interleaved rounds; a goal is met or missed only when the 99.9%% interval lies wholly on one side of it.\n\n",
        t.getProperty("options", ""), t.getProperty("started_at", "?"), total / 60, t.getProperty("snapshot", "?"),
        t.getProperty("cpus", "?"), t.getProperty("memory", "?"), t.getProperty("java", "?"), t.getProperty("load_start", "?"),
        t.getProperty("load_end", "?")));
    md.append(table).append("\nMissed goals: ").append(missed.isEmpty() ? "none" : String.join(", ", missed)).append(".\n\n");
    md.append("## What the runs show\n\n").append(notes);
    md.append("## JMH (one fork each; mean ± 99.9% error, ms/op; allocation with -prof gc)\n\n| benchmark | ms/op | alloc/op |\n|---|---|---|\n");
    jmh.forEach((name, b) -> {
      Map<String, Object> m = (Map<String, Object>) b;
      md.append("| ").append(name).append(" | ").append(m.get("score")).append(" ± ").append(m.get("error")).append(" | ")
          .append(m.get("alloc_bytes_per_op") == null ? "" : m.get("alloc_bytes_per_op") + " B").append(" |\n");
    });
    md.append("\n## Builds\n\n| step | s | exit |\n|---|---|---|\n");
    for (String step : STEPS) {
      if (t.getProperty(step + "_s") != null) {
        md.append("| ").append(step).append(" | ").append(seconds(t, step)).append(" | ").append(t.getProperty(step + "_rc")).append(" |\n");
      }
    }
    md.append("\nEach step's command is in report.json (environment, STEP_cmd).\n");
    Files.writeString(dir.resolve("report.md"), md.toString());
  }

  /** jmh.json: each benchmark's score, error and allocation; adds design_overhead_vs_raw_jmh to ROWS. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> jmh(Path dir, List<Map<String, Object>> rows) {
    Map<String, double[]> scores = new LinkedHashMap<>();
    Map<String, Object> benchmarks = new LinkedHashMap<>();
    Object json = read(dir.resolve("jmh.json"));
    for (Object item : json instanceof List ? (List<Object>) json : List.of()) {
      Map<String, Object> b = (Map<String, Object>) item;
      String name = ((String) b.get("benchmark")).replaceAll(".*\\.", "");
      Map<String, Object> primary = (Map<String, Object>) b.get("primaryMetric");
      double score = ((Number) primary.get("score")).doubleValue();
      double error = primary.get("scoreError") instanceof Number e ? e.doubleValue() : Double.NaN;
      scores.put(name, new double[] {score, error});
      Map<String, Object> secondary = (Map<String, Object>) b.getOrDefault("secondaryMetrics", Map.of());
      Map<String, Object> alloc = (Map<String, Object>) secondary.getOrDefault("gc.alloc.rate.norm",
          secondary.get("\u00b7gc.alloc.rate.norm")); // JMH before 1.37 names it with a middle dot
      benchmarks.put(name, Map.of("score", Pairs.round(score, 3), "error", String.valueOf(Pairs.round(error, 3)),
          "alloc_bytes_per_op", alloc == null ? "" : String.valueOf(Math.round(((Number) alloc.get("score")).doubleValue()))));
    }
    double[] c = scores.get("designClient");
    double[] r = scores.get("designRaw");
    Map<String, Object> row = new LinkedHashMap<>(Map.of("key", "design_overhead_vs_raw_jmh",
        "how", "designClient / designRaw in JMH forks, beside design_overhead_vs_raw"));
    if (c != null && r != null) {
      double ratio = c[0] / r[0];
      row.put("value", Pairs.round(ratio, 3));
      row.put("error", Pairs.round(ratio * Math.hypot(c[1] / c[0], r[1] / r[0]), 3));
    }
    rows.add(row);
    return benchmarks;
  }

  static Object read(Path file) {
    try {
      return Files.exists(file) ? Bench.JSON.fromJson(Files.readString(file)) : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static Double seconds(Properties t, String step) {
    String s = t.getProperty(step + "_s");
    return s == null ? null : Pairs.round(Double.parseDouble(s), 1);
  }

  private static String rc(Properties t, String step) {
    String rc = t.getProperty(step + "_rc");
    return rc == null || rc.equals("0") ? "" : " (FAILED, exit " + rc + ": see target/bench/logs/" + step + ".log)";
  }
}
