package fishaudio.client.bench;

import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * tier_concurrency_ratio: 50 callers doing voice design (50 threads with sync calls, then 50
 * async calls) against a loopback server that answers after 200 ms and answers 429 to a 16th
 * concurrent request, through a client built with {@code maxConcurrentRequests(15)}, divided by
 * the ideal ceil(50/15) x 200 ms.
 *
 * <p>Arguments: OUT [ROUNDS=5], each mode measured over ROUNDS rounds after one warm-up round. The
 * 429s and the peak count every round, the warm-up too.
 */
public final class TierConcurrency {
  static final double GOAL = 1.15;
  static final int CALLERS = 50;
  static final int TIER = 15;
  static final int DELAY_MS = 200;

  private static final AtomicInteger inFlight = new AtomicInteger();
  private static final AtomicInteger peak = new AtomicInteger();
  private static final AtomicInteger tooMany = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    // The JDK's HttpServer writes the headers and the body in two sends, and without TCP_NODELAY
    // Nagle holds the body until the client's delayed ACK: 40 ms a wave, a server's delay that the
    // ideal does not count (measured: ratio 1.20 without, 1.04 with, 3 rounds each).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    byte[] body = Payloads.designResponse(1, 100);
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS + 16);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(pool);
    server.createContext("/", exchange -> answer(exchange, body));
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    double ideal = Math.ceil((double) CALLERS / TIER) * DELAY_MS / 1000.0;
    Map<String, Object> result = new LinkedHashMap<>();
    FishAudio.Builder builder = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(url).maxConcurrentRequests(TIER);
    result.put("ideal_s", ideal);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try (FishAudio client = builder.build()) {
      VoiceDesignRequest request = VoiceDesignRequest.builder().instruction(Payloads.INSTRUCTION).n(1).build();
      client.voiceDesign().designVoice(request); // warm-up, unmeasured
      for (String mode : new String[] {"sync", "async"}) {
        List<Double> seconds = new ArrayList<>();
        List<Double> ideals = new ArrayList<>();
        int failures = 0;
        tooMany.set(0);
        peak.set(0);
        // Round 0 is a warm-up, not counted: it starts the caller threads and opens the 15 connections.
        for (int r = 0; r <= rounds; r++) {
          long t0 = System.nanoTime();
          List<CompletableFuture<?>> futures = new ArrayList<>();
          CountDownLatch go = new CountDownLatch(1);
          for (int i = 0; i < CALLERS; i++) {
            if (mode.equals("sync")) {
              futures.add(CompletableFuture.runAsync(() -> {
                awaitQuietly(go);
                client.voiceDesign().designVoice(request);
              }, callers));
            } else {
              futures.add(client.voiceDesign().designVoiceAsync(request));
            }
          }
          go.countDown();
          for (CompletableFuture<?> f : futures) {
            try {
              f.join();
            } catch (RuntimeException e) {
              failures++;
            }
          }
          if (r > 0) {
            seconds.add((System.nanoTime() - t0) / 1e9);
            ideals.add(ideal);
          }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", seconds);
        m.put("ratio", Stats.pairedRatio(seconds, ideals, GOAL));
        m.put("server_429s", tooMany.get());
        m.put("server_peak_in_flight", peak.get());
        m.put("failed_calls", failures);
        result.put(mode, m);
      }
      result.put("error", null);
    } catch (Throwable e) {
      result.put("error", e.toString());
    } finally {
      server.stop(0);
      pool.shutdownNow();
      callers.shutdownNow();
    }
    String json = new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ").toJson(result);
    Files.write(Paths.get(args[0]), json.getBytes(StandardCharsets.UTF_8));
    System.out.println(json);
    System.exit(0);
  }

  private static void answer(HttpExchange exchange, byte[] body) throws java.io.IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    int now = inFlight.incrementAndGet();
    peak.accumulateAndGet(now, Math::max);
    try {
      if (now > TIER) {
        tooMany.incrementAndGet();
        byte[] error = "{\"status\":429,\"message\":\"too many concurrent requests\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(429, error.length);
        exchange.getResponseBody().write(error);
      } else {
        Thread.sleep(DELAY_MS);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
