package fishaudio.client.bench;

import fishaudio.client.testing.CandidateJson;
import fishaudio.client.testing.WavFiles;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What every benchmark sends and serves: mono 16-bit PCM WAV at 44.1 kHz (a sine tone, so the bytes
 * are realistic rather than zeros), the voice-design response that carries it as base64 (streamed
 * without ever being held whole, which the heap probe needs), and a created model.
 */
public final class Payloads {
  public static final int SAMPLE_RATE = 44_100;
  public static final String API_KEY = "bench-key";
  public static final String INSTRUCTION = "Warm, confident studio narrator with a natural tone";
  public static final String MODEL_HEADER = "voice-design-1";
  public static final String MODEL_ID = "8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a";
  /** A created model as the service answers (the spec's {@code trained} example). */
  public static final String MODEL_ENTITY_JSON = "{\"_id\":\"" + MODEL_ID + "\",\"type\":\"tts\","
      + "\"title\":\"Studio narrator\",\"description\":\"A warm, confident studio narrator.\",\"cover_image\":\"\","
      + "\"state\":\"trained\",\"tags\":[\"narration\"],\"created_at\":\"2026-11-21T12:00:00Z\","
      + "\"updated_at\":\"2026-11-21T12:00:01Z\",\"visibility\":\"private\",\"like_count\":0,\"mark_count\":0,"
      + "\"shared_count\":0,\"task_count\":0,\"author\":{\"_id\":\"3c9e1a7b5d2f4e6a8b0c1d2e3f4a5b6c\","
      + "\"nickname\":\"studio\",\"avatar\":\"https://example.com/avatar/studio.png\"},\"train_mode\":\"fast\","
      + "\"samples\":[],\"languages\":[\"en\"],\"lock_visibility\":false,\"unliked\":false,\"liked\":false,"
      + "\"marked\":false}";

  private Payloads() {}

  /** Size of a WAV file (44-byte header + PCM) of {@code durationMs}. */
  public static long wavSize(int durationMs) {
    return 44 + (long) SAMPLE_RATE * durationMs / 1000 * 2;
  }

  /** A WAV file of exactly {@code totalBytes} bytes; {@code seed} changes the tone. */
  public static byte[] wav(long totalBytes, int seed) {
    return inMemory((int) totalBytes, out -> writeWav(out, totalBytes, seed));
  }

  /** COUNT WAV files of BYTES each under DIR, their PCM a hole: silence, and no disk used. */
  public static List<Path> sparseWavs(Path dir, int count, long bytes) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path path = Files.createDirectories(dir).resolve("voice-" + i + ".wav");
      try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
        file.setLength(0);
        file.write(WavFiles.header(SAMPLE_RATE, bytes - 44));
        file.setLength(bytes);
      }
      files.add(path);
    }
    return files;
  }

  /** Streams a WAV file of {@code totalBytes} bytes: header, then a periodic sine tone of about 220 Hz. */
  public static void writeWav(OutputStream out, long totalBytes, int seed) throws IOException {
    out.write(WavFiles.header(SAMPLE_RATE, totalBytes - 44));
    int period = 200 + 10 * (seed % 16);
    byte[] chunk = new byte[period * 2 * 40];
    for (int i = 0; i < chunk.length / 2; i++) {
      short s = (short) Math.round(9000 * Math.sin(2 * Math.PI * (i % period) / period));
      chunk[2 * i] = (byte) s;
      chunk[2 * i + 1] = (byte) (s >> 8);
    }
    for (long left = totalBytes - 44; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }

  private static String prefix(int index) {
    return (index == 1 ? "" : ",") + CandidateJson.prefix("cand_" + String.format("%04d", index), index);
  }

  private static String suffix(int durationMs) {
    return CandidateJson.suffix(SAMPLE_RATE, durationMs, "Welcome to Fish Audio.", INSTRUCTION);
  }

  /** Length in bytes of the voice-design response with {@code candidates} WAVs of {@code durationMs}. */
  public static long designResponseLength(int candidates, int durationMs) {
    long length = CandidateJson.RESPONSE_PREFIX.length() + CandidateJson.RESPONSE_SUFFIX.length();
    for (int i = 1; i <= candidates; i++) {
      length += prefix(i).length() + (wavSize(durationMs) + 2) / 3 * 4 + suffix(durationMs).length();
    }
    return length;
  }

  /** Streams the voice-design response; a few kilobytes of memory whatever its size. */
  public static void writeDesignResponse(OutputStream out, int candidates, int durationMs) throws IOException {
    out.write(ascii(CandidateJson.RESPONSE_PREFIX));
    for (int i = 1; i <= candidates; i++) {
      out.write(ascii(prefix(i)));
      OutputStream base64 = Base64.getEncoder().wrap(new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() {
          // the padding is written; `out` stays open
        }
      });
      writeWav(base64, wavSize(durationMs), i);
      base64.close();
      out.write(ascii(suffix(durationMs)));
    }
    out.write(ascii(CandidateJson.RESPONSE_SUFFIX));
  }

  /** The voice-design response in memory. */
  public static byte[] designResponse(int candidates, int durationMs) {
    return inMemory((int) designResponseLength(candidates, durationMs), out -> writeDesignResponse(out, candidates, durationMs));
  }

  private static byte[] inMemory(int size, Loopback.Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    try {
      writer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
