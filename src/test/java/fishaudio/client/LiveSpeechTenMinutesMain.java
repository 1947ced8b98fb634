package fishaudio.client;

import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import fishaudio.client.helpers.LiveSpeech;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run by {@link LiveSpeechHeapTest} in a JVM with a small heap: one live session that speaks ten
 * minutes (the text fed word by word, a flush after each sentence), its audio read as it arrives, from
 * the server at {@code args[0]}. Prints what it received and the heap it used, and exits 0 when the
 * whole audio ({@code args[2]} bytes) came. With {@code args[1] = "hold"} it keeps the audio in memory,
 * which must fail: the control that shows the heap is too small to hold ten minutes of audio.
 */
final class LiveSpeechTenMinutesMain {
  static final int SENTENCES = 150;
  static final String SENTENCE = "This is one more sentence of a reading that lasts for ten minutes.";

  private LiveSpeechTenMinutesMain() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    boolean hold = args[1].equals("hold");
    long expected = Long.parseLong(args[2]);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakUsed = new AtomicLong();
    AtomicLong peakAfterGc = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    long received;
    long start;
    try (FishAudio client = FishAudio.builder().apiKey(ClientFixture.API_KEY).baseUrl(baseUrl).build()) {
      System.gc();
      long baseline = memory.getHeapMemoryUsage().getUsed();
      sampler.start();
      start = System.nanoTime();
      try (LiveSpeech live = client.speech().liveSpeech(TtsRequest.builder().text("").format(TtsRequestFormat.PCM).build())) {
        Thread writer = new Thread(() -> {
          for (int i = 0; i < SENTENCES; i++) {
            for (String word : SENTENCE.split(" ")) {
              live.sendText(word + " ");
            }
            live.flush();
          }
          live.finish();
        }, "text writer");
        writer.start();
        ByteArrayOutputStream kept = hold ? new ByteArrayOutputStream() : null;
        InputStream audio = live.audio();
        byte[] chunk = new byte[16 * 1024];
        long count = 0;
        long nextGc = 4L << 20;
        for (int read; (read = audio.read(chunk)) != -1; ) {
          count += read;
          if (kept != null) {
            kept.write(chunk, 0, read);
          }
          if (count >= nextGc) {
            // The live set, now and then: what the session keeps, garbage aside.
            System.gc();
            peakAfterGc.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            nextGc += 4L << 20;
          }
        }
        live.finish().get(60, TimeUnit.SECONDS);
        writer.join();
        received = count;
      }
      sampler.interrupt();
      System.out.println(String.format(Locale.ROOT,
          "received %d bytes of audio (%.1f minutes of 44.1 kHz 16-bit mono PCM) in %d ms; heap: max %d, "
              + "baseline after GC %d, peak used %d, peak live after GC %d",
          received, received / (44100.0 * 2 * 60), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
          Runtime.getRuntime().maxMemory(), baseline, peakUsed.get(), peakAfterGc.get()));
    }
    System.exit(received == expected ? 0 : 2);
  }
}
