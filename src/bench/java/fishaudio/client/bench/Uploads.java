package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * Big uploads: FILES sparse voice files of MIB_EACH MiB in one create-model call, to one loopback
 * sink in a JVM of its own (pinned to SINK_CPU with taskset, while scripts/bench pins this JVM, and
 * curl its child, to another: on 2 cores the scheduler otherwise moves writer and reader between
 * one core and two, and a run's time moves with that choice). Over plain HTTP: the client, curl -F,
 * a bare java.net.Socket writing the same bytes 64 KiB at a time (the floor) and the client with no
 * timeouts (Okio's watchdog never armed). Over TLS (a self-signed certificate, see {@link Tls}):
 * the client, curl, a bare SSLSocket (the floor), raw OkHttp, and the client on Conscrypt when its
 * jar is on the classpath. The system property bench.sides picks other sides (socket8k: the floor
 * in 8 KiB writes, as Okio hands a socket).
 *
 * <p>Counts: FILES [4], MIB_EACH [128], ROUNDS [70 plain, 40 TLS], SINK_CPU [none].
 */
final class Uploads {
  private Uploads() {}

  static void run(Path out, boolean tls, int[] counts, Bench.Result result) throws Exception {
    long each = (long) Bench.count(counts, 1, 128) << 20;
    List<Path> files = Payloads.sparseWavs(out.resolve("tmp-upload"), Bench.count(counts, 0, 4), each);
    Path p12 = tls ? Tls.keystore(out.resolve("tls")) : null;
    List<String> sinkCommand = new ArrayList<>(counts.length > 3 ? List.of("taskset", "-c", String.valueOf(counts[3])) : List.of());
    sinkCommand.addAll(Bench.java(Loopback.class.getName(), tls ? p12.toString() : ""));
    Process sink = new ProcessBuilder(sinkCommand).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader sinkOut = new BufferedReader(new InputStreamReader(sink.getInputStream(), StandardCharsets.UTF_8));
    String url = sinkOut.readLine();
    String prefix = tls ? "upload_tls_" : "upload_";
    Provider conscrypt = Tls.conscrypt();
    String defaults = tls ? "client,curl,socket,socket8k,raw_okhttp" + (conscrypt == null ? "" : ",conscrypt") : "client,curl,socket,untimed";
    try (FishAudio client = client(url, tls ? Tls.okHttp(p12, null) : null, null);
        FishAudio untimed = client(url, null, Duration.ZERO);
        FishAudio onConscrypt = conscrypt == null || !tls ? null : client(url, Tls.okHttp(p12, conscrypt), null);
        RawClients raw = tls ? new RawClients(url, Tls.okHttp(p12, null)) : null) {
      List<String> curl = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}",
          "-H", "Authorization: Bearer " + Payloads.API_KEY, "-H", "Expect:", "-F", "type=tts", "-F", "title=Big upload",
          "-F", "train_mode=fast", "-F", "visibility=private"));
      files.forEach(f -> curl.addAll(List.of("-F", "voices=@" + f + ";type=audio/wav")));
      curl.addAll(tls ? List.of("--cacert", Tls.pem(p12).toString(), url + "model") : List.of(url + "model"));
      Map<String, Pairs.Side> all = new LinkedHashMap<>();
      all.put("client", Pairs.inJvm(() -> upload(client, files)));
      all.put("curl", () -> {
        double cpu = Pairs.cpuSeconds("self", true);
        long t0 = System.nanoTime();
        List<String> lines = Bench.exec(curl);
        if (!lines.get(lines.size() - 1).endsWith("201")) {
          throw new IllegalStateException("curl: " + lines);
        }
        return new Pairs.Run((System.nanoTime() - t0) / 1e9, Pairs.cpuSeconds("self", true) - cpu);
      });
      all.put("socket", Pairs.inJvm(() -> socketUpload(url, p12, files, 64 * 1024)));
      all.put("socket8k", Pairs.inJvm(() -> socketUpload(url, p12, files, 8 * 1024)));
      all.put("untimed", Pairs.inJvm(() -> upload(untimed, files)));
      all.put("raw_okhttp", Pairs.inJvm(() -> raw.createModel(files.stream().map(f -> RequestBody.create(f.toFile(), RawClients.WAV)).toList(), List.of())));
      all.put("conscrypt", Pairs.inJvm(() -> upload(onConscrypt, files)));
      Pairs pairs = new Pairs();
      Map<String, List<Double>> sinkCpu = new LinkedHashMap<>(); // the sink's CPU seconds, per upload of each side
      for (String side : System.getProperty("bench.sides", defaults).split(",")) {
        pairs.side(side, () -> {
          double cpu = Pairs.cpuSeconds(String.valueOf(sink.pid()), false);
          Pairs.Run run = all.get(side).run();
          sinkCpu.computeIfAbsent(side, k -> new ArrayList<>()).add(Pairs.round(Pairs.cpuSeconds(String.valueOf(sink.pid()), false) - cpu, 2));
          return run;
        });
      }
      pairs.measure(1, 0, Bench.count(counts, 2, tls ? 40 : 70));
      String how = files.size() + " x " + (each >> 20) + " MiB from disk, " + (tls ? "TLS, " : "") + "alternating";
      result.rows.add(pairs.key(prefix + "vs_curl", "client", "curl", 1.10, "client create-model (Upload.of(Path)) / curl -F, same sink; " + how));
      result.rows.add(pairs.cpuKey(prefix + "cpu_vs_curl", "client", "curl", "CPU: the client's JVM / curl's (beside wall)"));
      String floor = tls ? "a bare SSLSocket, 64 KiB writes" : "a bare java.net.Socket, 64 KiB writes";
      result.rows.add(pairs.key(prefix + "socket_floor_vs_curl", "socket", "curl", Double.NaN, floor + " / curl (anchor)"));
      result.rows.add(pairs.key(prefix + "client_vs_socket_floor", "client", "socket", Double.NaN, "client / " + floor));
      for (String[] extra : new String[][] {
          {"untimed", "untimed_client_vs_curl", "the client with timeout(Duration.ZERO): no watchdog / curl"},
          {"raw_okhttp", "raw_okhttp_vs_curl", "raw OkHttp (MultipartBody of RequestBody.create(File)) / curl"},
          {"conscrypt", "conscrypt_vs_curl", "the client on Conscrypt's TLS (okHttpClient(...)) / curl"},
          {"socket8k", "socket8k_vs_curl", "the bare socket in 8 KiB writes / curl (diagnostic)"}}) {
        if (sinkCpu.containsKey(extra[0])) {
          result.rows.add(pairs.key(prefix + extra[1], extra[0], "curl", Double.NaN, extra[2]));
        }
      }
      Map<String, Object> threads = threads(() -> upload(client, files));
      sink.getOutputStream().close();
      String ciphers = sinkOut.readLine();
      result.details.putAll(Map.of("runs_s", pairs.raw(), "sink_cpu_s", sinkCpu, "sink_ciphers", String.valueOf(ciphers),
          "threads_of_one_client_upload", threads));
      result.note("**" + prefix + "vs_curl**: the client is " + pairs.text("client", "socket") + " x the floor (" + floor
          + "), the floor " + pairs.text("socket", "curl") + " x curl: the floor's part is the JVM's" + (tls ? " and SunJSSE's" : "")
          + ", the client's part is ours (the rows above give the other sides). Median CPU seconds of the sink per upload, by side: "
          + Pairs.medians(sinkCpu) + (tls ? "; TLS suites the sink negotiated (connections): " + ciphers : "")
          + ". One more client upload, by thread (run ms, voluntary/involuntary switches): " + threads + ".");
    } finally {
      sink.destroy();
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static FishAudio client(String url, OkHttpClient http, Duration timeout) {
    FishAudio.Builder builder = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(url).okHttpClient(http);
    return (timeout == null ? builder : builder.timeout(timeout)).build();
  }

  static Object upload(FishAudio client, List<Path> files) {
    return client.voiceCloning().createModel(Design.createModelRequest(files));
  }

  /** The files' bytes as one request body, read through a direct buffer and written WRITE bytes at a time. */
  private static Object socketUpload(String url, Path p12, List<Path> files, int write) throws Exception {
    long length = 0;
    for (Path f : files) {
      length += Files.size(f);
    }
    URI uri = URI.create(url);
    try (Socket socket = p12 == null ? new Socket(uri.getHost(), uri.getPort())
        : Tls.context(p12, null).getSocketFactory().createSocket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /model HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/octet-stream\r\n"
          + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      ByteBuffer buffer = ByteBuffer.wrap(new byte[write]); // read through the JDK's direct buffer, as the client's
      for (Path f : files) {
        try (FileChannel channel = FileChannel.open(f)) {
          for (; channel.read(buffer) != -1; buffer.clear()) {
            out.write(buffer.array(), 0, buffer.position());
          }
        }
      }
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
      if (status == null || !status.contains(" 201 ")) {
        throw new IllegalStateException("socket upload: " + status);
      }
    }
    return null;
  }

  /** upload_streamed_mib_under_xmx64m: run with -Xmx64m; FILES [4] of MIB_EACH [160] MiB in one call. */
  static void underSmallHeap(Path out, int[] counts, Bench.Result result) throws Exception {
    long each = (long) Bench.count(counts, 1, 160) << 20;
    List<Path> files = Payloads.sparseWavs(out.resolve("tmp-small-heap"), Bench.count(counts, 0, 4), each);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong sent = new AtomicLong();
    try (Loopback server = Design.server(null);
        FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build()) {
      String error = null;
      try {
        client.voiceCloning().createModel(Design.createModelRequest(files), (bytes, total) -> sent.set(bytes));
      } catch (RuntimeException e) {
        error = e.toString();
      }
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      double mib = (error == null && server.bodyBytes() >= files.size() * each ? files.size() * each : sent.get()) / 1048576.0;
      result.rows.add(Pairs.value("upload_streamed_mib_under_xmx64m", Pairs.round(mib, 0), ">= 512", mib >= 512,
          files.size() + " sparse files x " + (each >> 20) + " MiB, one create-model call, -Xmx"
              + (Runtime.getRuntime().maxMemory() >> 20) + "m"));
      result.details.putAll(Map.of("server_body_bytes", server.bodyBytes(), "heap_pool_peak_mib", Pairs.round(peak / 1048576.0, 1),
          "error", String.valueOf(error)));
    } finally {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** Per thread name (digits folded): run ms and voluntary/involuntary switches during WORK, busiest first. */
  static Map<String, Object> threads(Callable<?> work) throws Exception {
    Map<String, long[]> before = tasks();
    work.call();
    Map<String, long[]> byName = new TreeMap<>();
    tasks().forEach((task, now) -> {
      long[] was = before.getOrDefault(task, new long[3]);
      long[] sum = byName.computeIfAbsent(task.substring(task.indexOf(' ') + 1), k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        sum[i] += now[i] - was[i];
      }
    });
    Map<String, Object> out = new LinkedHashMap<>();
    byName.entrySet().stream().filter(e -> e.getValue()[0] > 1_000_000)
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> out.put(e.getKey(), e.getValue()[0] / 1_000_000 + " ms, " + e.getValue()[1] + "/" + e.getValue()[2]));
    return out;
  }

  private static Map<String, long[]> tasks() throws Exception {
    Map<String, long[]> tasks = new HashMap<>();
    try (var dirs = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : dirs) {
        try {
          long[] t = {Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]), 0, 0};
          for (String line : Files.readAllLines(task.resolve("status"))) {
            t[1] += line.startsWith("voluntary_ctxt_switches:") ? Long.parseLong(line.split("\\s+")[1]) : 0;
            t[2] += line.startsWith("nonvoluntary_ctxt_switches:") ? Long.parseLong(line.split("\\s+")[1]) : 0;
          }
          tasks.put(task.getFileName() + " " + Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+$", "#"), t);
        } catch (Exception e) {
          // the thread ended while being read
        }
      }
    }
    return tasks;
  }
}
