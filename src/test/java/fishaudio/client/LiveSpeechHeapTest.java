package fishaudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.testing.LiveServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session that speaks ten minutes (52,920,000 bytes of 44.1 kHz 16-bit mono PCM, in 16 KiB frames,
 * sent as the client reads) runs in a client JVM of 32 MiB heap, reading its audio as it arrives; the
 * same session keeping its audio in memory runs out of that heap, which shows the heap is really too
 * small to hold it. The server is in this JVM, so the client's heap holds only the client.
 */
@Timeout(300)
class LiveSpeechHeapTest {
  static final int SAMPLE_RATE = 44100;
  static final long TEN_MINUTES_OF_PCM = 10L * 60 * SAMPLE_RATE * 2;
  static final int FRAME = 16 * 1024;
  static final String HEAP = "-Xmx32m";

  @TempDir Path dir;

  @Test
  void aTenMinuteSessionRunsInASmallHeapWhenItsAudioIsReadAsItArrives() throws Exception {
    try (LiveServer server = new LiveServer()) {
      server.answerEach(request -> server.upgrade(tenMinutes()));

      Fork streamed = fork(server.baseUrl("/"), "stream");
      Fork held = fork(server.baseUrl("/"), "hold");

      System.out.println("streamed (" + HEAP + "): " + streamed.output.trim());
      assertEquals(0, streamed.exitCode, streamed.output);
      assertTrue(streamed.output.contains("received " + TEN_MINUTES_OF_PCM + " bytes"), streamed.output);
      assertNotEquals(0, held.exitCode, "the control kept 50 MB of audio in " + HEAP + ": " + held.output);
      assertEquals(List.of(), server.violations());
    }
  }

  /** Per flush, four seconds of a 440 Hz tone; at stop, finish. Sent as fast as the client reads. */
  static LiveServer.Behaviour tenMinutes() {
    ByteString frame = tone(FRAME);
    long perSentence = TEN_MINUTES_OF_PCM / LiveSpeechTenMinutesMain.SENTENCES;
    return (session, message) -> {
      String event = String.valueOf(message.get("event"));
      if (event.equals("flush")) {
        for (long left = perSentence; left > 0; left -= FRAME) {
          while (session.queueSize() > (1 << 20) && !session.isEnded()) {
            try {
              Thread.sleep(1);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
          if (session.isEnded()) {
            return;
          }
          session.sendAudio(left >= FRAME ? frame : frame.substring(0, (int) left));
        }
      } else if (event.equals("stop")) {
        session.finish("stop");
        session.close(1000, "");
      }
    };
  }

  static ByteString tone(int bytes) {
    Buffer pcm = new Buffer();
    for (int i = 0; i < bytes / 2; i++) {
      pcm.writeShortLe((short) (8000 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE)));
    }
    return pcm.readByteString();
  }

  private record Fork(int exitCode, String output) {}

  private Fork fork(String baseUrl, String mode) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-XX:+ExitOnOutOfMemoryError",
        "-cp", classpath,
        LiveSpeechTenMinutesMain.class.getName(), baseUrl, mode, String.valueOf(TEN_MINUTES_OF_PCM)));
    File output = dir.resolve("fork-" + mode + ".txt").toFile();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return new Fork(-1, "timed out: " + Files.readString(output.toPath(), StandardCharsets.UTF_8));
    }
    return new Fork(process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
  }
}
