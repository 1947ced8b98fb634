package fishaudio.client.bench;

import com.squareup.moshi.Moshi;
import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.Visibility;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;

/**
 * Run with {@code -Xmx64m}: FILES sparse voice files of MIB_EACH MiB, uploaded ROUNDS times in
 * one create-model call through the client and, alternating with it, by {@code curl -F} to the
 * same loopback sink (which reads and discards the body and answers with a model). Writes OUT.
 *
 * <p>CPU time is reported beside wall time: this JVM's (client and sink) for the client's runs,
 * curl's plus this JVM's (the sink) for curl's.
 *
 * <p>Arguments: DIR OUT [FILES=4] [MIB_EACH=128] [ROUNDS=7]
 */
public final class UploadVsCurl {
  static final double GOAL = 1.10;

  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    int files = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    long each = (args.length > 3 ? Long.parseLong(args[3]) : 128) << 20;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 7;
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
    List<Double> client = new ArrayList<>();
    List<Double> curl = new ArrayList<>();
    List<Double> clientCpu = new ArrayList<>();
    List<Double> curlCpu = new ArrayList<>();
    Map<String, Object> result = new LinkedHashMap<>();
    try (LoopbackServer server = new LoopbackServer()
            .route("POST", "/model", 201, "application/json", LoopbackServer.utf8(Payloads.MODEL_ENTITY_JSON))
            .start();
        FishAudio fish = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build()) {
      List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}",
          "-H", "Authorization: Bearer " + Payloads.API_KEY, "-H", "Expect:",
          "-F", "type=tts", "-F", "title=Big upload", "-F", "train_mode=fast", "-F", "visibility=private"));
      for (Path path : paths) {
        command.add("-F");
        command.add("voices=@" + path + ";type=audio/wav");
      }
      command.add(server.url() + "model");
      // One of each first, unmeasured: warms the JIT and the page cache for both sides.
      clientUpload(fish, paths);
      curlUpload(command);
      for (int r = 0; r < rounds; r++) {
        // Alternate which side goes first, so a drift in load weighs on both.
        for (int side = 0; side < 2; side++) {
          if ((side == 0) == (r % 2 == 0)) {
            long cpu0 = Stats.processCpuNanos();
            long t0 = System.nanoTime();
            clientUpload(fish, paths);
            client.add((System.nanoTime() - t0) / 1e9);
            clientCpu.add((Stats.processCpuNanos() - cpu0) / 1e9);
          } else {
            // curl's own CPU time plus this JVM's (the sink, which serves both sides).
            long cpu0 = Stats.processCpuNanos() + Stats.childrenCpuNanos();
            long t0 = System.nanoTime();
            curlUpload(command);
            curl.add((System.nanoTime() - t0) / 1e9);
            curlCpu.add((Stats.processCpuNanos() + Stats.childrenCpuNanos() - cpu0) / 1e9);
          }
        }
      }
      result.put("file_bytes", files * each);
      result.put("server_requests", server.requests());
      result.put("client_s", client);
      result.put("curl_s", curl);
      result.put("client_process_cpu_s", clientCpu);
      result.put("curl_plus_sink_cpu_s", curlCpu);
      result.put("upload_vs_curl", Stats.pairedRatio(client, curl, GOAL));
      // CPU beside wall time: the client and the sink against curl and the same sink. No goal of
      // its own; other load on the machine disturbs it much less than wall time.
      result.put("upload_cpu_vs_curl", Stats.pairedRatio(clientCpu, curlCpu, GOAL));
      result.put("error", null);
    } catch (Throwable e) {
      result.put("error", e.toString());
    } finally {
      for (Path path : paths) {
        Files.deleteIfExists(path);
      }
    }
    String json = new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ").toJson(result);
    Files.write(out, json.getBytes(StandardCharsets.UTF_8));
    System.out.println(json);
  }

  private static void clientUpload(FishAudio fish, List<Path> paths) {
    List<RequestBody> voices = new ArrayList<>();
    for (Path path : paths) {
      voices.add(Upload.of(path));
    }
    fish.createModel(CreateModelRequest.builder()
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
}
