package fishaudio.client.bench;

import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;

import com.squareup.moshi.Moshi;
import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Peak heap to decode one voice-design response of 4 candidates of 60 s (44.1 kHz, 16-bit, mono:
 * 5,292,044 bytes of WAV each, 21.2 MB decoded, from 28.2 MB of JSON streamed by a loopback server
 * that never holds it whole).
 *
 * <p>{@code DecodeHeap OUT.json [VARIANT...]} (VARIANT = client, raw, raw-stream; see
 * {@link RawClients.Decode}) finds, for each variant, the
 * smallest {@code -Xmx} (1 MiB steps) at which JVMs of their own complete the call (twice in a row,
 * see {@link #confirmed}): a bisection over child JVMs ({@code DecodeHeap child VARIANT}). Each child also reports its live heap before the
 * call (after GC), the heap pools' peak usage during it (reset before; garbage included) and the
 * live heap after it with the result still held. One more child per variant runs with a large heap
 * and a JFR recording, for the allocation profile.
 */
public final class DecodeHeap {
  static final int CANDIDATES = 4;
  static final int DURATION_MS = 60_000;
  static final long DECODED_BYTES = CANDIDATES * Payloads.wavSize(DURATION_MS);

  public static void main(String[] args) throws Exception {
    if (args[0].equals("child")) {
      child(args[1]);
      return;
    }
    String out = args[0];
    List<String> variants = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      variants.add(args[i]);
    }
    if (variants.isEmpty()) {
      variants.add("client");
      variants.add("raw");
      variants.add("raw-stream");
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("candidates", CANDIDATES);
    report.put("duration_ms", DURATION_MS);
    report.put("decoded_bytes", DECODED_BYTES);
    report.put("response_bytes", Payloads.designResponseLength(CANDIDATES, DURATION_MS));
    Map<String, Object> results = new LinkedHashMap<>();
    for (String variant : variants) {
      results.put(variant, bisect(variant, Paths.get(out).getParent().resolve("profiles")));
    }
    report.put("variants", results);
    Files.write(Paths.get(out), new Moshi.Builder().build().adapter(Object.class).indent("  ").toJson(report)
        .getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> bisect(String variant, java.nio.file.Path profiles) throws Exception {
    List<Object> runs = new ArrayList<>();
    Map<String, Object> result = new LinkedHashMap<>();
    int hi = 64;
    Map<String, Object> hiRun;
    while (true) {
      hiRun = run(variant, hi, runs, null);
      if (ok(hiRun) || hi >= 2048) {
        break;
      }
      hi *= 2;
    }
    if (!ok(hiRun)) {
      result.put("error", "failed even with -Xmx" + hi + "m: " + hiRun.get("error"));
      result.put("runs", runs);
      return result;
    }
    int lo = hi / 2;
    while (lo > 1 && confirmed(variant, lo, runs)) {
      hi = lo;
      lo /= 2;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) / 2;
      if (confirmed(variant, mid, runs)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    Map<String, Object> atMin = null;
    for (Object r : runs) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) r;
      if (((Number) m.get("xmx_mib")).intValue() == hi && ok(m)) {
        atMin = m;
      }
    }
    Files.createDirectories(profiles);
    String jfr = profiles.resolve("decode-heap-" + variant + ".jfr").toString();
    Map<String, Object> big = run(variant, 1024, new ArrayList<>(), jfr);
    result.put("min_xmx_mib", hi);
    result.put("max_failing_xmx_mib", lo);
    result.put("at_min", atMin);
    result.put("large_heap_run", big);
    result.put("jfr", jfr);
    result.put("runs", runs);
    return result;
  }

  /**
   * A size passes only if two JVMs in a row complete the call at it: near the limit G1's timing
   * decides, and one lucky run would understate the heap needed.
   */
  private static boolean confirmed(String variant, int xmxMib, List<Object> runs) throws Exception {
    return ok(run(variant, xmxMib, runs, null)) && ok(run(variant, xmxMib, runs, null));
  }

  private static boolean ok(Map<String, Object> run) {
    return Boolean.TRUE.equals(run.get("ok"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> run(String variant, int xmxMib, List<Object> runs, String jfr) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + xmxMib + "m");
    if (jfr != null) {
      command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DecodeHeap.class.getName());
    command.add("child");
    command.add(variant);
    File log = File.createTempFile("decode-heap", ".out");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    Map<String, Object> result;
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      result = new LinkedHashMap<>();
      result.put("ok", false);
      result.put("error", "timed out after 180 s");
    } else {
      String output = new String(Files.readAllBytes(log.toPath()), StandardCharsets.UTF_8);
      result = null;
      for (String line : output.split("\n")) {
        if (line.startsWith("{")) {
          result = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(line);
        }
      }
      if (result == null) {
        result = new LinkedHashMap<>();
        result.put("ok", false);
        String tail = output.length() > 400 ? output.substring(output.length() - 400) : output;
        result.put("error", "exit " + process.exitValue() + ": " + tail.trim());
      } else if (process.exitValue() != 0) {
        result.put("ok", false);
      }
    }
    log.delete();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("xmx_mib", xmxMib);
    entry.putAll(result);
    runs.add(entry);
    System.err.println("decode-heap: " + variant + " -Xmx" + xmxMib + "m -> " + (ok(entry) ? "ok" : "fails"));
    return entry;
  }

  // ---- the child JVM ----

  private static void child(String variant) {
    try {
      LoopbackServer.Body body = new LoopbackServer.Body() {
        @Override
        public long length() {
          return Payloads.designResponseLength(CANDIDATES, DURATION_MS);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
          Payloads.writeDesignResponse(out, CANDIDATES, DURATION_MS);
        }
      };
      try (LoopbackServer server = new LoopbackServer()
          .route("POST", "/v1/voice-design", 200, "application/json", body).start()) {
        FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
        RawClients raw = new RawClients(server.url(), Payloads.API_KEY);
        VoiceDesignRequest request = VoiceDesignRequest.builder().instruction(Payloads.INSTRUCTION).n(CANDIDATES).build();
        System.gc();
        System.gc();
        Thread.sleep(100);
        long baseline = heapUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) {
            pool.resetPeakUsage();
          }
        }
        long start = System.nanoTime();
        Object result;
        long decoded = 0;
        if (variant.equals("client")) {
          VoiceDesignResponse r = client.voiceDesign().designVoice(request);
          for (VoiceDesignCandidate candidate : r.candidates()) {
            decoded += candidate.audio().size();
          }
          result = r;
        } else {
          RawClients.Decode decode = variant.equals("raw-stream") ? RawClients.Decode.STREAM : RawClients.Decode.JDK;
          List<RawClients.Candidate> r = raw.designVoice(Payloads.INSTRUCTION, CANDIDATES, decode);
          for (RawClients.Candidate candidate : r) {
            decoded += candidate.size();
          }
          result = r;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakSum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) {
            peakSum += pool.getPeakUsage().getUsed();
          }
        }
        System.gc();
        long after = heapUsed();
        StringBuilder gcs = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
          gcs.append(gcs.length() == 0 ? "" : ", ").append(gc.getName());
        }
        System.out.println("{\"ok\":" + (decoded == DECODED_BYTES)
            + ",\"decoded_bytes\":" + decoded
            + ",\"baseline_used_bytes\":" + baseline
            + ",\"pool_peak_sum_bytes\":" + peakSum
            + ",\"used_after_gc_with_result_bytes\":" + after
            + ",\"seconds\":" + String.format(java.util.Locale.ROOT, "%.3f", seconds)
            + ",\"gc\":\"" + gcs + "\""
            + ",\"held\":" + (result != null)
            + "}");
        client.close();
        raw.close();
      }
      System.exit(0);
    } catch (Throwable e) {
      System.out.println("{\"ok\":false,\"error\":\"" + String.valueOf(e).replace("\\", "\\\\").replace("\"", "'") + "\"}");
      System.exit(3);
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
