package fishaudio.client.reliability;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Paths;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;

/**
 * Run by {@link HeapBoundTest} in a JVM of its own, with a bounded heap and
 * {@code -XX:+ExitOnOutOfMemoryError} (exit code 3): serves the gzip file {@code args[1]} as a
 * gzip-encoded JSON answer to {@code args[0]} ({@code getModel} or {@code listModels}) and prints
 * one line, {@code outcome=<class> peak-heap-mb=<n> retained-mb=<n> message=<first line>}.
 */
final class HeapBoundMain {
  private HeapBoundMain() {}

  public static void main(String[] args) throws Exception {
    byte[] gzip = Files.readAllBytes(Paths.get(args[1]));
    MockWebServer server = new MockWebServer();
    String outcome;
    String message = "";
    Object kept = null;
    try {
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
          .setHeader("Content-Encoding", "gzip").setBody(new Buffer().write(gzip)));
      server.start();
      try (FishAudio client = FishAudio.builder().apiKey("sk-heap-bound-key").baseUrl(server.url("/").toString())
          .maxRetries(0).build()) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          pool.resetPeakUsage();
        }
        try {
          kept = args[0].equals("listModels") ? client.voiceCloning().listModels(ListModelsQuery.builder().build()) : client.voiceCloning().getModel("m1");
          outcome = "success";
        } catch (RuntimeException e) {
          outcome = e.getClass().getSimpleName();
          message = String.valueOf(e.getMessage()).split("\n")[0];
        }
      }
    } finally {
      server.shutdown();
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long retained = runtime.totalMemory() - runtime.freeMemory();
    System.out.println("outcome=" + outcome + " peak-heap-mb=" + (peak >> 20) + " retained-mb=" + (retained >> 20)
        + " kept=" + (kept != null) + " message=" + message);
  }
}
