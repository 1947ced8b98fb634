package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The first voice design in a fresh JVM, from JVM start to the end of the call, through the client
 * and through raw OkHttp + Moshi, against one loopback server in the driver's JVM (plain, or TLS
 * with the bench certificate: both sides then build the same trusting OkHttpClient, the client
 * through {@code okHttpClient(...)}).
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
          List<String> lines = Bench.exec(Bench.java(FirstCall.class.getName(), side, server.url(), p12 == null ? "" : p12));
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
      result.details.put("runs_ms", pairs.raw());
    }
  }
}
