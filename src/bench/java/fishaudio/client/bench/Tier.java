package fishaudio.client.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * tier_concurrency_ratio: 50 callers doing voice design (sync threads, then async calls) through a
 * client with {@code maxConcurrentRequests(15)}, against a server that answers after 200 ms and 429
 * to a 16th concurrent request, over the ideal ceil(50/15) x 200 ms. Counts: ROUNDS [20] a mode,
 * after a warm-up round; the 429s and the peak count every round.
 */
final class Tier {
  static final int CALLERS = 50;
  static final int TIER = 15;
  static final int DELAY_MS = 200;

  private static final AtomicInteger inFlight = new AtomicInteger();
  private static final AtomicInteger peak = new AtomicInteger();
  private static final AtomicInteger tooMany = new AtomicInteger();

  private Tier() {}

  static void run(Path out, int[] counts, Bench.Result result) throws Exception {
    // The JDK's HttpServer writes head and body in two sends; without TCP_NODELAY, Nagle holds the
    // body until the client's delayed ACK, 40 ms a wave (measured: ratio 1.20 without, 1.04 with).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] body = Payloads.designResponse(1, 100);
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS + 16);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(pool);
    server.createContext("/", exchange -> answer(exchange, body));
    server.start();
    double ideal = Math.ceil((double) CALLERS / TIER) * DELAY_MS / 1000.0;
    try (FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).maxConcurrentRequests(TIER)
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/").build()) {
      VoiceDesignRequest request = VoiceDesignRequest.builder().instruction(Payloads.INSTRUCTION).n(1).build();
      client.voiceDesign().designVoice(request);
      for (String mode : new String[] {"sync", "async"}) {
        List<Double> seconds = new ArrayList<>();
        int failures = 0;
        tooMany.set(0);
        peak.set(0);
        for (int r = 0; r <= Bench.count(counts, 0, 20); r++) { // round 0: threads and 15 connections started
          long t0 = System.nanoTime();
          CountDownLatch go = new CountDownLatch(1);
          List<CompletableFuture<?>> futures = new ArrayList<>();
          for (int i = 0; i < CALLERS; i++) {
            futures.add(mode.equals("async") ? client.voiceDesign().designVoiceAsync(request) : CompletableFuture.runAsync(() -> {
              try {
                go.await(); // all 50 start together
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              client.voiceDesign().designVoice(request);
            }, callers));
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
          }
        }
        Map<String, Object> row = Pairs.row("tier_concurrency_ratio_" + mode,
            Pairs.ratio(seconds, Collections.nCopies(seconds.size(), ideal), 1.15), 1.15,
            CALLERS + " callers (" + mode + "), maxConcurrentRequests(" + TIER + "), " + DELAY_MS + " ms server / ideal "
                + ideal + " s; no 429 allowed; 429s: " + tooMany.get() + ", peak in flight " + peak.get()
                + ", failed calls " + failures);
        if (tooMany.get() > 0 || failures > 0) {
          row.put("verdict", "missed");
        }
        result.rows.add(row);
        result.details.put(mode + "_seconds", seconds.stream().map(s -> Pairs.round(s, 3)).toList());
      }
    } finally {
      server.stop(0);
      pool.shutdownNow();
      callers.shutdownNow();
    }
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
    int now = inFlight.incrementAndGet();
    peak.accumulateAndGet(now, Math::max);
    try {
      byte[] answer = now > TIER ? "{\"status\":429,\"message\":\"too many requests\"}".getBytes(StandardCharsets.UTF_8) : body;
      if (now > TIER) {
        tooMany.incrementAndGet();
      } else {
        Thread.sleep(DELAY_MS);
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(now > TIER ? 429 : 200, answer.length);
      exchange.getResponseBody().write(answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }
}
