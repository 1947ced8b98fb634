package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.OkHttpClient;

/**
 * The first voice design in a fresh JVM, from JVM start to the end of the call, through the client
 * and through raw OkHttp + Moshi, against one loopback server in the driver's JVM (plain, or TLS
 * with the bench certificate: both sides then build the same trusting OkHttpClient, the client
 * through {@code okHttpClient(...)}). Then one more JVM a side with {@code -Xlog:class+load}, to
 * count the classes each loads.
 *
 * <p>Counts: RUNS [60 plain, 40 TLS] fresh JVMs a side, alternating.
 */
final class FirstCall {
  private FirstCall() {}

  /** The child: {@code FirstCall client|raw URL KEYSTORE|""}; prints "MS_SINCE_JVM_START PROCESS_CPU_MS". */
  public static void main(String[] args) throws Exception {
    OkHttpClient http = args[2].isEmpty() ? null : Tls.okHttp(Path.of(args[2]), null);
    long bytes;
    if (args[0].equals("client")) {
      try (FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(args[1]).okHttpClient(http).build()) {
        bytes = Design.design(client);
      }
    } else {
      try (RawClients raw = http == null ? new RawClients(args[1]) : new RawClients(args[1], http)) {
        bytes = RawClients.size(raw.designVoice(Design.CANDIDATES));
      }
    }
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println(ms + " " + Pairs.processCpuNanos() / 1_000_000 + " " + bytes);
    System.exit(0);
  }

  static void run(Path out, boolean tls, int[] counts, Bench.Result result) throws Exception {
    String p12 = tls ? Tls.keystore(out.resolve("tls")).toString() : null;
    String prefix = tls ? "first_call_tls" : "first_call";
    try (Loopback server = Design.server(tls ? Tls.context(Path.of(p12), null) : null)) {
      Pairs pairs = new Pairs();
      for (String side : new String[] {"client", "raw"}) {
        pairs.side(side, () -> {
          List<String> lines = Bench.exec(command(server.url(), side, p12));
          String[] f = lines.get(lines.size() - 1).split(" ");
          return new Pairs.Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
        });
      }
      pairs.measure(1, 0, Bench.count(counts, 0, tls ? 40 : 60));
      double client = Pairs.median(pairs.wall("client"));
      result.rows.add(Pairs.value(prefix + "_ms", Pairs.round(client, 0), null, null,
          "ms from JVM start to the end of the first design call (raw OkHttp + Moshi: "
              + Pairs.round(Pairs.median(pairs.wall("raw")), 0) + " ms)"));
      result.rows.add(pairs.key(prefix + "_vs_raw", "client", "raw", 1.30,
          "first design call in fresh JVMs" + (tls ? " over TLS" : "") + ", client / raw OkHttp + Moshi"));
      result.rows.add(pairs.cpuKey(prefix + "_cpu_vs_raw", "client", "raw", "process CPU time of the same runs (beside wall)"));
      Map<String, Object> classes = new TreeMap<>();
      for (String side : new String[] {"client", "raw"}) {
        List<String> command = command(server.url(), side, p12);
        command.add(1, "-Xlog:class+load=info:stdout:none");
        classes.put(side, classCounts(Bench.exec(command)));
      }
      result.details.put("runs_ms", pairs.raw());
      result.details.put("classes_loaded", classes);
      result.note("**" + prefix + "**: classes loaded by group (-Xlog:class+load): " + classes + ".");
    }
  }

  private static List<String> command(String url, String side, String p12) {
    return new ArrayList<>(Bench.java(FirstCall.class.getName(), side, url, p12 == null ? "" : p12));
  }

  private static Map<String, Integer> classCounts(List<String> lines) {
    Map<String, Integer> counts = new TreeMap<>();
    lines.stream().filter(line -> line.contains(" source: ")).map(line -> library(line.substring(0, line.indexOf(' '))))
        .forEach(library -> counts.merge(library, 1, Integer::sum));
    counts.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
    return counts;
  }

  /** The library a class belongs to: the JDK (its TLS apart), else its package's first name, or three for ours and com. */
  static String library(String type) {
    String[] names = type.split("\\.");
    return type.matches("(sun\\.security|javax\\.net)\\..*") ? "JDK TLS" : type.matches("(java|javax|jdk|sun|com\\.sun)\\..*") ? "JDK"
        : String.join(".", List.of(names).subList(0, Math.min(names[0].matches("fishaudio|com") ? 3 : 1, names.length - 1)));
  }
}
