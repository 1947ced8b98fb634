package fishaudio.client.internal.codec;

import com.squareup.moshi.Moshi;
import fishaudio.client.generated.LiveAudio;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import okio.ByteString;

/**
 * The cost of reading one live audio frame (16 KiB of audio) into its generated model, the way the
 * session does (bin held aside, the rest through JSON, the adapter handed the bytes), beside the plain
 * way (the bytes as base64 text through {@code fromJsonValue}, which the adapter decodes again). Three
 * rounds of 50,000 frames each; the first is warm-up. Run it with the test classpath.
 */
final class LiveFrameDecodeMain {
  private LiveFrameDecodeMain() {}

  public static void main(String[] args) throws Exception {
    Moshi moshi = new Moshi.Builder().build();
    byte[] audio = new byte[16 * 1024];
    new Random(1).nextBytes(audio);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("event", "audio");
    message.put("audio", ByteString.of(audio));
    ByteString frame = ByteString.of(MessagePack.encode(message));
    int frames = 50_000;
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      long bytes = 0;
      for (int i = 0; i < frames; i++) {
        Object tree = MessagePack.decode(frame.toByteArray(), MessagePack.Limits.defaults());
        bytes += MessagePackModels.decode(moshi, tree, LiveAudio.class).audio().size();
      }
      report(round, "bin held aside", System.nanoTime() - start, frames, bytes);
      start = System.nanoTime();
      bytes = 0;
      for (int i = 0; i < frames; i++) {
        Map<?, ?> tree = (Map<?, ?>) MessagePack.decode(frame.toByteArray(), MessagePack.Limits.defaults());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", tree.get("event"));
        json.put("audio", ((ByteString) tree.get("audio")).base64());
        bytes += moshi.adapter(LiveAudio.class).fromJsonValue(json).audio().size();
      }
      report(round, "through base64", System.nanoTime() - start, frames, bytes);
    }
  }

  private static void report(int round, String how, long nanos, int frames, long bytes) {
    System.out.println(String.format(Locale.ROOT, "round %d, %s: %.1f us a frame, %.0f MB/s", round, how,
        nanos / 1000.0 / frames, bytes / (nanos / 1e9) / 1e6));
  }
}
