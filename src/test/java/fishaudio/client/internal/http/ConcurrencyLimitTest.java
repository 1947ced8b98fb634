package fishaudio.client.internal.http;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.generated.VoiceDesignResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.testing.CandidateJson;
import fishaudio.client.testing.WavFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** maxConcurrentRequests: sync and async callers together never have more requests in flight. */
class ConcurrencyLimitTest {
  private static final String BODY = CandidateJson.designResponse(
      CandidateJson.candidate("c", 1, WavFiles.silence(8000, 4), 8000, 1, "Hi", "Calm"));

  /** Answers after a pause and records the most requests it held at once; 429 past the tier. */
  private static final class TierServer extends Dispatcher {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    private final int tier;

    TierServer(int tier) {
      this.tier = tier;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      int now = inFlight.incrementAndGet();
      peak.accumulateAndGet(now, Math::max);
      try {
        if (now > tier) {
          rejected.incrementAndGet();
          return new MockResponse().setResponseCode(429).setBody("{\"status\":429,\"message\":\"too many\"}");
        }
        Thread.sleep(50);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(BODY);
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Test
  void syncAndAsyncCallersShareTheLimitAndCollectNo429s() throws Exception {
    TierServer tier = new TierServer(3);
    ExecutorService threads = Executors.newFixedThreadPool(12);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(tier);
      server.start();
      try (FishAudio client = FishAudio.builder().apiKey("k").baseUrl(server.url("/").toString())
          .maxRetries(0).maxConcurrentRequests(3).build()) {
        VoiceDesignRequest request = VoiceDesignRequest.builder().instruction("x").build();
        List<Future<VoiceDesignResponse>> sync = new ArrayList<>();
        List<CompletableFuture<VoiceDesignResponse>> async = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          sync.add(threads.submit(() -> client.voiceDesign().designVoice(request)));
          async.add(client.voiceDesign().designVoiceAsync(request));
        }
        for (Future<VoiceDesignResponse> call : sync) {
          assertEquals(1, call.get().candidates().size());
        }
        for (CompletableFuture<VoiceDesignResponse> call : async) {
          assertEquals(1, call.get().candidates().size());
        }
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(0, tier.rejected.get(), "no call went past the tier");
    assertTrue(tier.peak.get() <= 3, "peak in flight " + tier.peak.get());
  }

  @Test
  void aSlotIsHeldUntilTheResponseBodyIsReadNotOnlyItsHeaders() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      // Headers at once, the body 600 ms later: the server still counts the first request then.
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(BODY)
          .setBodyDelay(600, java.util.concurrent.TimeUnit.MILLISECONDS));
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(BODY));
      server.start();
      try (FishAudio client = FishAudio.builder().apiKey("k").baseUrl(server.url("/").toString())
          .maxRetries(0).maxConcurrentRequests(1).build()) {
        VoiceDesignRequest request = VoiceDesignRequest.builder().instruction("x").build();
        CompletableFuture<VoiceDesignResponse> first = client.voiceDesign().designVoiceAsync(request);
        server.takeRequest();
        CompletableFuture<VoiceDesignResponse> second = client.voiceDesign().designVoiceAsync(request);
        Thread.sleep(300);
        assertEquals(1, server.getRequestCount(), "the second request went out while the first body was unread");
        assertEquals(1, first.get().candidates().size());
        assertEquals(1, second.get().candidates().size());
        assertEquals(2, server.getRequestCount());
      }
    }
  }

  @Test
  void aLimitBelowOneIsAConfigurationError() {
    assertThrows(ConfigurationException.class, () -> FishAudio.builder().maxConcurrentRequests(0));
  }
}
