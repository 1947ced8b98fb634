package fishaudio.client.bench;

import com.squareup.moshi.Moshi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * first_call_ms and first_call_vs_raw: RUNS fresh JVMs of {@link FirstCall} each for the client
 * and for raw OkHttp + Moshi, alternating, against one loopback server in this JVM; then one
 * more of each with {@code -Xlog:class+load} to count the classes each side loads, by package.
 *
 * <p>Arguments: OUT [RUNS=12]
 */
public final class FirstCallDriver {
  static final double GOAL = 1.30;

  public static void main(String[] args) throws Exception {
    Path out = Paths.get(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    Map<String, Object> result = new LinkedHashMap<>();
    try (LoopbackServer server = new LoopbackServer()
        .route("POST", "/v1/voice-design", 200, "application/json",
            LoopbackServer.bytes(Payloads.designResponse(4, 2000)))
        .start()) {
      Map<String, List<Double>> wall = new LinkedHashMap<>();
      Map<String, List<Double>> cpu = new LinkedHashMap<>();
      Map<String, List<Double>> outside = new LinkedHashMap<>();
      for (String side : new String[] {"client", "raw"}) {
        wall.put(side, new ArrayList<>());
        cpu.put(side, new ArrayList<>());
        outside.put(side, new ArrayList<>());
      }
      for (int r = 0; r < runs; r++) {
        String[] order = r % 2 == 0 ? new String[] {"client", "raw"} : new String[] {"raw", "client"};
        for (String side : order) {
          long t0 = System.nanoTime();
          List<String> lines = run(List.of(java, "-cp", cp, FirstCall.class.getName(), side, server.url()));
          outside.get(side).add((System.nanoTime() - t0) / 1e6);
          String[] f = lines.get(lines.size() - 1).trim().split(" ");
          wall.get(side).add(Double.parseDouble(f[0]));
          cpu.get(side).add(Double.parseDouble(f[1]));
        }
      }
      result.put("first_call_ms", Stats.round(Stats.median(wall.get("client")), 0));
      result.put("first_call_raw_ms", Stats.round(Stats.median(wall.get("raw")), 0));
      result.put("first_call_vs_raw", Stats.pairedRatio(wall.get("client"), wall.get("raw"), GOAL));
      result.put("first_call_cpu_vs_raw", Stats.pairedRatio(cpu.get("client"), cpu.get("raw"), GOAL));
      result.put("wall_ms", wall);
      result.put("process_cpu_ms", cpu);
      result.put("process_lifetime_ms", outside);
      Map<String, Object> classes = new LinkedHashMap<>();
      for (String side : new String[] {"client", "raw"}) {
        List<String> lines = run(List.of(java, "-Xlog:class+load=info:stdout:none", "-cp", cp,
            FirstCall.class.getName(), side, server.url()));
        classes.put(side, classCounts(lines));
      }
      result.put("classes_loaded", classes);
      result.put("error", null);
    } catch (Throwable e) {
      result.put("error", e.toString());
    }
    String json = new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ").toJson(result);
    Files.write(out, json.getBytes(StandardCharsets.UTF_8));
    System.out.println(json);
  }

  /** Loaded classes by group, from -Xlog:class+load lines ("name source: ..."). */
  private static Map<String, Integer> classCounts(List<String> lines) {
    Map<String, Integer> counts = new TreeMap<>();
    int total = 0;
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space < 0 || !line.contains("source:")) {
        continue;
      }
      String name = line.substring(0, space);
      String group = name.startsWith("fishaudio.client.generated.") ? "fishaudio.client.generated"
          : name.startsWith("fishaudio.") ? "fishaudio (hand-written, bench)"
          : name.startsWith("com.squareup.moshi.") ? "moshi"
          : name.startsWith("retrofit2.") ? "retrofit"
          : name.startsWith("okhttp3.") ? "okhttp"
          : name.startsWith("okio.") ? "okio"
          : name.startsWith("kotlin.") ? "kotlin"
          : name.startsWith("java.lang.invoke.") || name.contains("$$Lambda") || name.contains("LambdaForm")
              ? "invoke/lambda"
          : name.startsWith("jdk.proxy") || name.contains("$Proxy") ? "proxies"
          : name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("sun.") || name.startsWith("jdk.")
              ? "jdk" : "other";
      counts.merge(group, 1, Integer::sum);
      total++;
    }
    counts.put("total", total);
    return counts;
  }

  private static List<String> run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command + " exited " + p.exitValue() + ": "
          + lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
    return lines;
  }
}
