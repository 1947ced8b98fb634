package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * decode_peak_heap_vs_payload: the smallest {@code -Xmx} (1 MiB steps, G1) at which a JVM of its
 * own decodes one voice-design answer of 4 candidates of 60 s (21.2 MB of WAV from 28.2 MB of JSON,
 * streamed by a loopback server that never holds it whole), less the live heap before the call,
 * over the decoded bytes. A size passes when two JVMs in a row complete: near the limit G1's timing
 * decides, and one lucky run would understate it. For the client, and the raw anchor beside it.
 */
final class Heap {
  static final int CANDIDATES = 4;
  static final int DURATION_MS = 60_000;
  static final long DECODED = CANDIDATES * Payloads.wavSize(DURATION_MS);

  private Heap() {}

  static void run(Path out, int[] counts, Bench.Result result) throws Exception {
    Map<String, Object> variants = new LinkedHashMap<>();
    for (String variant : new String[] {"client", "raw"}) {
      List<Object> runs = new ArrayList<>();
      int lo = 8; // cannot hold the 21.2 MB the call returns
      int hi = 512;
      if (!passes(variant, hi, runs)) {
        variants.put(variant, Map.of("error", "fails even with -Xmx" + hi + "m", "runs", runs));
        continue;
      }
      while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (passes(variant, mid, runs)) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      Map<String, Object> at = child(variant, hi, runs);
      double ratio = (hi * 1048576.0 - ((Number) at.getOrDefault("baseline_bytes", 0)).doubleValue()) / DECODED;
      variants.put(variant, Map.of("min_xmx_mib", hi, "ratio", Pairs.round(ratio, 2), "at_min", at, "runs", runs));
      if (variant.equals("client")) {
        result.rows.add(Pairs.value("decode_peak_heap_vs_payload", Pairs.round(ratio, 2), "<= 2.0", ratio <= 2.0,
            "(smallest -Xmx that decodes 4 x 60 s candidates, " + hi + " MiB, - live heap before) / decoded bytes; "
                + "1 MiB steps = 0.05"));
      }
    }
    result.details.put("variants", variants);
    result.note("**decode_peak_heap_vs_payload**: the raw anchor (nextString, then java.util.Base64) needs "
        + ((Map<?, ?>) variants.get("raw")).get("min_xmx_mib") + " MiB where the client needs the figure above.");
  }

  private static boolean passes(String variant, int xmxMib, List<Object> runs) throws Exception {
    return Boolean.TRUE.equals(child(variant, xmxMib, runs).get("ok")) && Boolean.TRUE.equals(child(variant, xmxMib, runs).get("ok"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(String variant, int xmxMib, List<Object> runs) throws Exception {
    Process process = new ProcessBuilder(Bench.java("-Xmx" + xmxMib + "m", Heap.class.getName(), variant)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    Map<String, Object> run = new LinkedHashMap<>(Map.of("xmx_mib", xmxMib, "ok", false));
    String json = output.lines().filter(l -> l.startsWith("{")).findFirst().orElse(null);
    if (json != null) {
      run.putAll((Map<String, Object>) Bench.JSON.fromJson(json));
    } else {
      run.put("error", output.substring(Math.max(0, output.length() - 200)).trim());
    }
    runs.add(run);
    return run;
  }

  /** The child: {@code Heap VARIANT}; prints one JSON line. */
  public static void main(String[] args) throws Exception {
    Loopback.Body body = new Loopback.Body(Payloads.designResponseLength(CANDIDATES, DURATION_MS),
        out -> Payloads.writeDesignResponse(out, CANDIDATES, DURATION_MS));
    try (Loopback server = new Loopback().route("POST", "/v1/voice-design", 200, "application/json", body).start(null);
        FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
        RawClients raw = new RawClients(server.url())) {
      VoiceDesignRequest request = VoiceDesignRequest.builder().instruction(Payloads.INSTRUCTION).n(CANDIDATES).build();
      System.gc();
      Thread.sleep(100);
      long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      // The call completes only if the heap holds all it returns.
      long decoded = args[0].equals("client") ? Design.audioBytes(client.voiceDesign().designVoice(request).candidates())
          : RawClients.size(raw.designVoice(CANDIDATES));
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.println("{\"ok\":" + (decoded == DECODED) + ",\"baseline_bytes\":" + baseline
          + ",\"pool_peak_bytes\":" + peak + "}");
    } catch (Throwable e) {
      System.out.println("{\"ok\":false,\"error\":\"" + e.toString().replace("\"", "'").replace("\\", "/") + "\"}");
    }
    System.exit(0);
  }
}
