package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.Visibility;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.RequestBody;

/**
 * Run in a JVM of its own with {@code -Xmx64m}: creates FILES sparse WAV files of MIB_EACH MiB
 * under DIR, uploads them in one create-model call to a loopback server that counts and discards
 * the body, and prints one JSON object. If the client held a file in memory, it could not.
 *
 * <p>Arguments: DIR [FILES=4] [MIB_EACH=160]
 */
public final class UploadUnderSmallHeap {
  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    long each = (args.length > 2 ? Long.parseLong(args[2]) : 160) << 20;
    Files.createDirectories(dir);
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i <= files; i++) {
      Path path = dir.resolve("voice-" + i + ".wav");
      try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
        file.setLength(0);
        file.write(Payloads.wavHeader(each - 44));
        file.setLength(each); // the rest is a hole: silence, and no disk used
      }
      paths.add(path);
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    AtomicLong sent = new AtomicLong();
    String error = null;
    boolean ok = false;
    long start = System.nanoTime();
    try (LoopbackServer server = new LoopbackServer()
            .route("POST", "/model", 201, "application/json", LoopbackServer.utf8(Payloads.MODEL_ENTITY_JSON))
            .start();
        FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build()) {
      List<RequestBody> voices = new ArrayList<>();
      for (Path path : paths) {
        voices.add(Upload.of(path));
      }
      try {
        client.voiceCloning().createModel(CreateModelRequest.builder()
                .type(CreateModelType.TTS).title("Big upload").trainMode(CreateModelTrainMode.FAST)
                .voices(voices).visibility(Visibility.PRIVATE).build(),
            (bytes, total) -> sent.set(bytes));
        ok = true;
      } catch (Throwable e) {
        error = e.toString();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println("{\"ok\":" + ok
          + ",\"files\":" + files
          + ",\"file_bytes\":" + files * each
          + ",\"client_sent_file_bytes\":" + sent.get()
          + ",\"server_body_bytes\":" + server.requestBodyBytes()
          + ",\"max_heap_bytes\":" + Runtime.getRuntime().maxMemory()
          + ",\"heap_pool_peak_sum_bytes\":" + peak
          + ",\"seconds\":" + String.format(java.util.Locale.ROOT, "%.2f", seconds)
          + ",\"error\":" + (error == null ? "null" : "\"" + error.replace("\\", "\\\\").replace("\"", "'") + "\"")
          + "}");
    } finally {
      for (Path path : paths) {
        Files.deleteIfExists(path);
      }
    }
    System.exit(ok ? 0 : 1);
  }
}
