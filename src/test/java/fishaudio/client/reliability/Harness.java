package fishaudio.client.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.DynamicTest;

/**
 * One fault case's world: a MockWebServer (or a {@link RawServer}), an OkHttpClient the test
 * owns and passes to the client, a directory for saved audio, and a log sink. {@link #finish()}
 * tears it down and returns every leak it finds: calls still running, connections still in use,
 * {@code .part} files, and threads that outlive the case.
 */
final class Harness {
  static final String KEY = "sk-test-reliability-key";

  private final Set<Thread> threadsBefore = liveThreads();
  final MockWebServer server = new MockWebServer();
  final OkHttpClient ok = new OkHttpClient();
  final Path dir;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final List<FishAudio> clients = new ArrayList<>();
  private RawServer raw;

  Harness() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      dir = Files.createTempDirectory("reliability-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves the case from a raw socket instead of the MockWebServer. */
  RawServer raw(RawServer.Handler handler) throws IOException {
    raw = RawServer.start(handler);
    return raw;
  }

  HttpUrl url() {
    return raw != null ? raw.url() : server.url("/");
  }

  /** A client on the test's OkHttpClient, pointed at this case's server, with no retries unless configured. */
  FishAudio client(Consumer<FishAudio.Builder> config) {
    FishAudio.Builder builder = FishAudio.builder()
        .apiKey(KEY)
        .baseUrl(url().toString())
        .okHttpClient(ok)
        .timeout(Duration.ofSeconds(5))
        .maxRetries(0)
        .logger(log::add);
    config.accept(builder);
    FishAudio client = builder.build();
    clients.add(client);
    return client;
  }

  FishAudio client() {
    return client(b -> {});
  }

  /** Names of the regular files left in the output directory, sorted. */
  List<String> outputFiles() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tears the case down and returns the leaks found, empty when there are none. */
  List<String> finish() {
    List<String> leaks = new ArrayList<>();
    // An async callback may still be unwinding on a dispatcher thread.
    if (!await(() -> ok.dispatcher().runningCallsCount() == 0, 2_000)) {
      leaks.add("calls still running: " + ok.dispatcher().runningCallsCount());
    }
    if (!await(() -> ok.connectionPool().connectionCount() == ok.connectionPool().idleConnectionCount(), 1_000)) {
      leaks.add("connections in use after the call: "
          + (ok.connectionPool().connectionCount() - ok.connectionPool().idleConnectionCount()));
    }
    for (String file : outputFiles()) {
      if (file.endsWith(".part")) {
        leaks.add("partial output file " + file);
      }
    }
    for (FishAudio client : clients) {
      client.close();
    }
    try {
      server.shutdown();
      if (raw != null) {
        raw.close();
      }
    } catch (IOException e) {
      leaks.add("server did not shut down: " + e);
    }
    // The test owns this OkHttpClient, so releasing its threads and sockets is the test's job.
    ok.dispatcher().executorService().shutdown();
    ok.connectionPool().evictAll();
    List<Thread> lingering = new ArrayList<>();
    await(() -> {
      lingering.clear();
      lingering.addAll(newThreads());
      return lingering.isEmpty();
    }, 3_000);
    for (Thread thread : lingering) {
      leaks.add("thread outlived the case: " + thread.getName() + (thread.isDaemon() ? " (daemon)" : ""));
    }
    deleteRecursively(dir);
    return leaks;
  }

  /**
   * Threads started since the case began and still alive, except OkHttp's and Okio's daemon
   * housekeeping threads (TaskRunner, Watchdog), which end on their own after a minute idle, and
   * the JDK's "process reaper" daemon, which a case that forks a JVM starts and which ends so too.
   * Non-daemon threads are never excused: one of those keeps a JVM from exiting.
   */
  private List<Thread> newThreads() {
    return liveThreads().stream()
        .filter(t -> !threadsBefore.contains(t))
        .filter(t -> !(t.isDaemon() && (t.getName().startsWith("OkHttp") || t.getName().startsWith("Okio")
            || t.getName().equals("process reaper"))))
        .collect(Collectors.toList());
  }

  private static Set<Thread> liveThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive()) {
        threads.add(thread);
      }
    }
    return threads;
  }

  /** A case's body, run inside a fresh harness. */
  interface Body {
    void run(Harness harness) throws Exception;
  }

  /** A counted case that runs {@code body} in a fresh harness and fails on any leak it leaves. */
  static DynamicTest test(Tally tally, String name, Body body) {
    return tally.test(name, () -> {
      Harness harness = new Harness();
      Throwable failure = null;
      try {
        body.run(harness);
      } catch (Throwable e) {
        failure = e;
      }
      List<String> leaks = harness.finish();
      if (!leaks.isEmpty()) {
        tally.leak(name, leaks);
      }
      if (failure != null) {
        throw failure;
      }
      assertTrue(leaks.isEmpty(), () -> "leaks: " + leaks);
    });
  }

  interface Condition {
    boolean holds();
  }

  static boolean await(Condition condition, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return condition.holds();
      }
    }
    return true;
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        path.toFile().setWritable(true);
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
