package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.helpers.LiveSpeech;
import fishaudio.client.testing.LiveServer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okio.ByteString;

/**
 * live_first_audio_ms, cold and pre-warmed: from opening a live session to the first byte of its
 * audio (one word, a flush), against the test suite's loopback WebSocket server answering each
 * handshake after HANDSHAKE_MS (the TLS and upgrade a new connection costs in front of the service),
 * through a client that opens a socket per session and one with {@code livePrewarm(1, null)}.
 *
 * <p>Counts: ROUNDS [20], HANDSHAKE_MS [300].
 */
final class Live {
  private Live() {}

  static void run(Path out, int[] counts, Bench.Result result) throws Exception {
    int handshakeMs = Bench.count(counts, 1, 300);
    try (LiveServer server = new LiveServer()) {
      server.answerEach(request -> server.upgrade(LiveServer.speaking(ByteString.of(new byte[4096])))
          .setHeadersDelay(handshakeMs, TimeUnit.MILLISECONDS));
      try (FishAudio cold = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.baseUrl("/")).build();
          FishAudio warm = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.baseUrl("/")).livePrewarm(1, null).build()) {
        Pairs pairs = new Pairs().side("cold", () -> firstAudio(cold)).side("prewarmed", () -> {
          for (int i = 0; i < 1000 && warm.speech().runtime().live().readySockets() == 0; i++) {
            Thread.sleep(10); // the pool opens its next socket after each session takes one
          }
          return firstAudio(warm);
        }).measure(1, 0, Bench.count(counts, 0, 20));
        for (String side : new String[] {"cold", "prewarmed"}) {
          result.rows.add(Pairs.value("live_first_audio_ms_" + side, Pairs.round(Pairs.median(pairs.wall(side)), 1), null, null,
              "median ms from liveSpeech(...) to the first audio byte, " + side + ", handshake " + handshakeMs + " ms"));
        }
        result.details.put("runs_ms", pairs.raw());
      }
    }
  }

  private static Pairs.Run firstAudio(FishAudio client) throws Exception {
    long start = System.nanoTime();
    try (LiveSpeech live = client.speech().liveSpeech(TtsRequest.builder().text("").build())) {
      live.sendText("Hello.");
      live.flush();
      if (live.audio().read() == -1) {
        throw new IllegalStateException("no audio");
      }
      double ms = (System.nanoTime() - start) / 1e6;
      live.finish().get(5, TimeUnit.SECONDS);
      return new Pairs.Run(ms, Double.NaN);
    }
  }
}
