package fishaudio.client.bench;

import static fishaudio.client.bench.Report.HEAP_GOAL;
import static fishaudio.client.bench.Report.RATIOS;
import static fishaudio.client.bench.ReportInputs.JSON;
import static fishaudio.client.bench.ReportInputs.heapRatio;
import static fishaudio.client.bench.ReportInputs.heapVariant;
import static fishaudio.client.bench.ReportInputs.jmh;
import static fishaudio.client.bench.ReportInputs.ratio;

import fishaudio.client.bench.ReportInputs.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code Report profile DIR}: for each JMH ratio that misses its goal, runs both sides again with
 * a JFR recording and summarises where the time and allocations go; for a missed heap goal,
 * summarises the recording the heap probe made. Writes DIR/profiles.json.
 */
final class ReportProfiles {
  private ReportProfiles() {}

  static void profile(Path dir) throws Exception {
    Map<String, Result> jmh = jmh(dir);
    Map<String, Object> profiles = new LinkedHashMap<>();
    Path jfrDir = dir.resolve("profiles");
    Files.createDirectories(jfrDir);
    for (Report.Ratio ratio : RATIOS) {
      double[] r = ratio(jmh, ratio);
      if (r == null || !ratio.hasGoal() || r[0] <= ratio.goal) {
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
}
