package fishaudio.client.bench;

import com.squareup.moshi.Moshi;
import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.Visibility;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;

/**
 * Run with {@code -Xmx64m}: FILES sparse voice files of MIB_EACH MiB, uploaded ROUNDS times in
 * one create-model call through the client and, in the same rounds, by {@code curl -F}, by a
 * bare {@link Socket} (the floor) and by the client without timeouts (a diagnostic), all to one
 * loopback sink. Writes OUT.
 *
 * <p>The sink ({@link LoopbackServer#main}) runs in a JVM of its own, so that each side's CPU time
 * is its own: this JVM's for the client and the socket, curl's for curl. Given SINK_CPU, the sink
 * is pinned to that CPU with {@code taskset}; {@code scripts/bench} pins this JVM, and with it
 * curl, to another. On these 2-core machines the scheduler otherwise puts writer and reader
 * sometimes on one core and sometimes on two, and a run's time moves with that choice rather
 * than with the code.
 *
 * <p>The order of the four sides turns every round, so a drift in load weighs on each.
 *
 * <p>Arguments: DIR OUT [FILES=4] [MIB_EACH=128] [ROUNDS=7] [SINK_CPU]
 */
public final class UploadVsCurl {
  static final double GOAL = 1.10;
  private static final int SOCKET_WRITE = 64 * 1024;

  private interface Side {
    /** Uploads the files once; returns the CPU time it cost in ns, of this JVM or of curl. */
    long upload() throws Exception;
  }

  private interface Run {
    void run() throws Exception;
  }

  /** A side that uploads from this JVM, costed in this JVM's CPU time. */
  private static Side inThisJvm(Run upload) {
    return () -> {
      long cpu0 = Stats.processCpuNanos();
      upload.run();
      return Stats.processCpuNanos() - cpu0;
    };
  }

  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    int files = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    long each = (args.length > 3 ? Long.parseLong(args[3]) : 128) << 20;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 7;
    String sinkCpu = args.length > 5 ? args[5] : null;
    Files.createDirectories(dir);
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i <= files; i++) {
      Path path = dir.resolve("curl-voice-" + i + ".wav");
      try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
        file.setLength(0);
        file.write(Payloads.wavHeader(each - 44));
        file.setLength(each);
      }
      paths.add(path);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    Process sink = null;
    try {
      List<String> sinkCommand = new ArrayList<>();
      boolean pinned = sinkCpu != null && onPath("taskset");
      if (pinned) {
        sinkCommand.addAll(List.of("taskset", "-c", sinkCpu));
      }
      sinkCommand.addAll(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), LoopbackServer.class.getName()));
      sink = new ProcessBuilder(sinkCommand).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String url = new BufferedReader(new InputStreamReader(sink.getInputStream(), StandardCharsets.UTF_8)).readLine();
      if (url == null || !url.startsWith("http://")) {
        throw new IllegalStateException("the sink did not start: " + url);
      }
      result.put("sink", pinned ? "own JVM, taskset -c " + sinkCpu : "own JVM, not pinned");
      result.put("this_jvm_cpus", Runtime.getRuntime().availableProcessors());
      try (FishAudio fish = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(url).build();
          // The diagnostic: the same client with no read or write timeout, so that Okio's
          // AsyncTimeout never wakes its watchdog thread, as it does for every 64 KiB written.
          FishAudio untimed = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(url).timeout(Duration.ZERO).build()) {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}",
            "-H", "Authorization: Bearer " + Payloads.API_KEY, "-H", "Expect:",
            "-F", "type=tts", "-F", "title=Big upload", "-F", "train_mode=fast", "-F", "visibility=private"));
        for (Path path : paths) {
          command.add("-F");
          command.add("voices=@" + path + ";type=audio/wav");
        }
        command.add(url + "model");
        Map<String, Side> sides = new LinkedHashMap<>();
        sides.put("client", inThisJvm(() -> clientUpload(fish, paths)));
        sides.put("curl", () -> {
          long cpu0 = Stats.childrenCpuNanos();
          curlUpload(command);
          return Stats.childrenCpuNanos() - cpu0;
        });
        sides.put("untimed", inThisJvm(() -> clientUpload(untimed, paths)));
        sides.put("socket", inThisJvm(() -> socketUpload(url, paths)));
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (Map.Entry<String, Side> side : sides.entrySet()) {
          side.getValue().upload(); // once each, unmeasured: the JIT and the page cache
          wall.put(side.getKey(), new ArrayList<>());
          cpu.put(side.getKey(), new ArrayList<>());
        }
        List<String> order = new ArrayList<>(sides.keySet());
        for (int r = 0; r < rounds; r++) {
          for (String name : order) {
            long t0 = System.nanoTime();
            long cpuNanos = sides.get(name).upload();
            wall.get(name).add((System.nanoTime() - t0) / 1e9);
            cpu.get(name).add(cpuNanos / 1e9);
          }
          Collections.rotate(order, 1);
        }
        // One more upload each, with and without timeouts, thread by thread: which threads ran,
        // for how long, and how often they were switched out.
        Map<String, Object> threads = new LinkedHashMap<>();
        for (String name : new String[] {"client", "untimed"}) {
          ThreadProfile before = ThreadProfile.now();
          sides.get(name).upload();
          threads.put(name, ThreadProfile.now().since(before));
        }
        result.put("threads_of_one_upload", threads);
        result.put("file_bytes", files * each);
        result.put("client_s", wall.get("client"));
        result.put("curl_s", wall.get("curl"));
        result.put("socket_s", wall.get("socket"));
        result.put("untimed_client_s", wall.get("untimed"));
        result.put("client_process_cpu_s", cpu.get("client"));
        result.put("curl_cpu_s", cpu.get("curl"));
        result.put("socket_process_cpu_s", cpu.get("socket"));
        result.put("upload_vs_curl", Stats.pairedRatio(wall.get("client"), wall.get("curl"), GOAL));
        // CPU beside wall time, which other load on the machine disturbs less. curl's comes in
        // clock ticks of 10 ms, about 3% of a run, which the rounds average out.
        result.put("upload_cpu_vs_curl", Stats.pairedRatio(cpu.get("client"), cpu.get("curl"), GOAL));
        // The floor for any client on java.net sockets: the same bytes from a FileChannel, written
        // 64 KiB at a time from a byte[], with no HTTP library. What it costs over curl is the
        // JVM's copies in and out of the heap; what the client costs over it is the client's.
        result.put("socket_floor_vs_curl", Stats.pairedRatio(wall.get("socket"), wall.get("curl"), GOAL));
        result.put("client_vs_socket_floor", Stats.pairedRatio(wall.get("client"), wall.get("socket"), GOAL));
        result.put("untimed_client_vs_curl", Stats.pairedRatio(wall.get("untimed"), wall.get("curl"), GOAL));
      }
      result.put("error", null);
    } catch (Throwable e) {
      result.put("error", e.toString());
    } finally {
      if (sink != null) {
        sink.getOutputStream().close();
        if (!sink.waitFor(10, TimeUnit.SECONDS)) {
          sink.destroyForcibly();
        }
      }
      for (Path path : paths) {
        Files.deleteIfExists(path);
      }
    }
    String json = new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ").toJson(result);
    Files.write(out, json.getBytes(StandardCharsets.UTF_8));
    System.out.println(json);
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Paths.get(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static void clientUpload(FishAudio fish, List<Path> paths) {
    List<RequestBody> voices = new ArrayList<>();
    for (Path path : paths) {
      voices.add(Upload.of(path));
    }
    fish.voiceCloning().createModel(CreateModelRequest.builder()
        .type(CreateModelType.TTS).title("Big upload").trainMode(CreateModelTrainMode.FAST)
        .voices(voices).visibility(Visibility.PRIVATE).build());
  }

  private static void curlUpload(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0 || !output.endsWith("201")) {
      throw new IllegalStateException("curl failed: " + output);
    }
  }

  /** The files' bytes as one request body, read through a direct buffer and written from a byte[]. */
  private static void socketUpload(String url, List<Path> paths) throws IOException {
    long length = 0;
    for (Path path : paths) {
      length += Files.size(path);
    }
    URI uri = URI.create(url);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /model HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/octet-stream\r\n"
          + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      ByteBuffer read = ByteBuffer.allocateDirect(SOCKET_WRITE);
      byte[] write = new byte[SOCKET_WRITE];
      for (Path path : paths) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
          while (channel.read(read) != -1) {
            read.flip();
            int n = read.remaining();
            read.get(write, 0, n);
            out.write(write, 0, n);
            read.clear();
          }
        }
      }
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
      if (status == null || !status.contains(" 201 ")) {
        throw new IllegalStateException("socket upload: " + status);
      }
    }
  }
}
