package fishaudio.client;

import fishaudio.client.testing.LiveServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures the time to first audio of a live session with and without a pre-warmed socket, against a
 * loopback server that takes {@code args[0]} ms (default 300) for each handshake, as a TLS and WebSocket
 * handshake does: from {@code liveSpeech(...)} to the first byte of audio, with one word and a flush.
 * {@code args[1]} rounds (default 20) after 5 rounds of warm-up, cold and warm interleaved. The numbers
 * {@link LiveSpeechPrewarmTest} asserts on, at more rounds; run it with the test classpath.
 */
final class LiveSpeechLatencyMain {
  private LiveSpeechLatencyMain() {}

  public static void main(String[] args) throws Exception {
    long handshakeMillis = args.length > 0 ? Long.parseLong(args[0]) : LiveSpeechPrewarmTest.HANDSHAKE_MILLIS;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    try (LiveServer server = new LiveServer();
        FishAudio cold = FishAudio.builder().apiKey(ClientFixture.API_KEY).baseUrl(server.baseUrl("/")).build();
        FishAudio warm = FishAudio.builder().apiKey(ClientFixture.API_KEY).baseUrl(server.baseUrl("/"))
            .livePrewarm(1, null).build()) {
      server.answerEach(request ->
          server.upgrade(LiveServer.speaking(LiveSpeechTest.FIRST)).setHeadersDelay(handshakeMillis, TimeUnit.MILLISECONDS));
      List<Long> coldMillis = new ArrayList<>();
      List<Long> warmMillis = new ArrayList<>();
      for (int i = -5; i < rounds; i++) {
        long c = LiveSpeechPrewarmTest.timeToFirstAudio(cold);
        while (warm.speech().runtime().live().readySockets() == 0) {
          Thread.sleep(5);
        }
        long w = LiveSpeechPrewarmTest.timeToFirstAudio(warm);
        if (i >= 0) {
          coldMillis.add(c);
          warmMillis.add(w);
        }
      }
      System.out.println(String.format(Locale.ROOT, "handshake delay %d ms, %d sessions each (after 5 of warm-up)",
          handshakeMillis, rounds));
      System.out.println("without a pre-warmed socket: " + summary(coldMillis));
      System.out.println("with a pre-warmed socket:    " + summary(warmMillis));
      if (!server.violations().isEmpty()) {
        throw new AssertionError(server.violations().toString());
      }
    }
  }

  private static String summary(List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "min %d ms, median %d ms, p90 %d ms, max %d ms", sorted.get(0),
        sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(sorted.size() - 1));
  }
}
