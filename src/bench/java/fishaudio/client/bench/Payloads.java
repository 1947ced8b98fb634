package fishaudio.client.bench;

import fishaudio.client.testing.CandidateJson;
import fishaudio.client.testing.WavFiles;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The payloads every benchmark shares: mono 16-bit PCM WAV files at 44.1 kHz (a sine tone, so the
 * bytes are realistic rather than zeros), and the voice-design response that carries them as
 * base64. The response can be streamed without ever holding it whole, which the heap probe needs.
 */
public final class Payloads {
  public static final int SAMPLE_RATE = 44_100;
  public static final String API_KEY = "bench-key";
  public static final String INSTRUCTION = "Warm, confident studio narrator with a natural tone";
  public static final String MODEL_HEADER = "voice-design-1";

  /**
   * A created model as the service answers (the spec's {@code trained} example), for the
   * create-model benchmarks and probes.
   */
  public static final String MODEL_ENTITY_JSON = "{\"_id\":\"8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a\",\"type\":\"tts\","
      + "\"title\":\"Studio narrator\",\"description\":\"A warm, confident studio narrator.\",\"cover_image\":\"\","
      + "\"state\":\"trained\",\"tags\":[\"narration\"],\"created_at\":\"2026-11-21T12:00:00Z\","
      + "\"updated_at\":\"2026-11-21T12:00:01Z\",\"visibility\":\"private\",\"like_count\":0,\"mark_count\":0,"
      + "\"shared_count\":0,\"task_count\":0,\"author\":{\"_id\":\"3c9e1a7b5d2f4e6a8b0c1d2e3f4a5b6c\","
      + "\"nickname\":\"studio\",\"avatar\":\"https://example.com/avatar/studio.png\"},\"train_mode\":\"fast\","
      + "\"samples\":[],\"languages\":[\"en\"],\"lock_visibility\":false,\"unliked\":false,\"liked\":false,"
      + "\"marked\":false}";

  private Payloads() {}

  /** Size of a WAV file (44-byte header + PCM) of {@code durationMs} at 44.1 kHz, 16-bit, mono. */
  public static long wavSize(int durationMs) {
    return 44 + (long) SAMPLE_RATE * durationMs / 1000 * 2;
  }

  /** Length of the base64 text of {@code bytes} bytes, with padding. */
  public static long base64Length(long bytes) {
    return (bytes + 2) / 3 * 4;
  }

  /** A WAV file of {@code durationMs}; {@code seed} changes the tone. */
  public static byte[] wav(int durationMs, int seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) wavSize(durationMs));
    try {
      writeWav(out, wavSize(durationMs), seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A WAV file of exactly {@code totalBytes} bytes (header included). */
  public static byte[] wavOfSize(int totalBytes, int seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(totalBytes);
    try {
      writeWav(out, totalBytes, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the 44-byte RIFF/WAVE header of a file holding {@code dataBytes} of PCM. */
  public static byte[] wavHeader(long dataBytes) {
    return WavFiles.header(SAMPLE_RATE, dataBytes);
  }

  /** Streams a WAV file of {@code totalBytes} bytes: header, then a periodic sine tone. */
  public static void writeWav(OutputStream out, long totalBytes, int seed) throws IOException {
    long dataBytes = totalBytes - 44;
    out.write(wavHeader(dataBytes));
    int period = 200 + 10 * (seed % 16); // about 220 Hz
    byte[] table = new byte[period * 2];
    for (int i = 0; i < period; i++) {
      short s = (short) Math.round(9000 * Math.sin(2 * Math.PI * i / period));
      table[2 * i] = (byte) s;
      table[2 * i + 1] = (byte) (s >> 8);
    }
    byte[] chunk = new byte[table.length * 40];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = table[i % table.length];
    }
    long left = dataBytes;
    while (left > 0) {
      int n = (int) Math.min(chunk.length, left);
      out.write(chunk, 0, n);
      left -= n;
    }
  }

  private static String candidatePrefix(int index, boolean first) {
    return (first ? "" : ",") + CandidateJson.prefix("cand_" + String.format("%04d", index), index);
  }

  private static String candidateSuffix(int durationMs) {
    return CandidateJson.suffix(SAMPLE_RATE, durationMs, "Welcome to Fish Audio.", INSTRUCTION);
  }

  private static final String RESPONSE_PREFIX = CandidateJson.RESPONSE_PREFIX;
  private static final String RESPONSE_SUFFIX = CandidateJson.RESPONSE_SUFFIX;

  /** Length in bytes of the voice-design response with {@code candidates} WAVs of {@code durationMs}. */
  public static long designResponseLength(int candidates, int durationMs) {
    long length = RESPONSE_PREFIX.length() + RESPONSE_SUFFIX.length();
    for (int i = 1; i <= candidates; i++) {
      length += candidatePrefix(i, i == 1).length() + base64Length(wavSize(durationMs))
          + candidateSuffix(durationMs).length();
    }
    return length;
  }

  /** Streams the voice-design response; memory use is a few kilobytes whatever the size. */
  public static void writeDesignResponse(OutputStream out, int candidates, int durationMs) throws IOException {
    out.write(ascii(RESPONSE_PREFIX));
    for (int i = 1; i <= candidates; i++) {
      out.write(ascii(candidatePrefix(i, i == 1)));
      OutputStream base64 = Base64.getEncoder().wrap(new KeepOpen(out));
      writeWav(base64, wavSize(durationMs), i);
      base64.close(); // writes the padding; KeepOpen leaves `out` open
      out.write(ascii(candidateSuffix(durationMs)));
    }
    out.write(ascii(RESPONSE_SUFFIX));
  }

  /** The voice-design response in memory. */
  public static byte[] designResponse(int candidates, int durationMs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) designResponseLength(candidates, durationMs));
    try {
      writeDesignResponse(out, candidates, durationMs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    if (bytes.length != designResponseLength(candidates, durationMs)) {
      throw new IllegalStateException("response length " + bytes.length + " != computed "
          + designResponseLength(candidates, durationMs));
    }
    return bytes;
  }

  /** The base64 text of each candidate's audio, as the response carries it. */
  public static String[] base64Audio(int candidates, int durationMs) {
    String[] out = new String[candidates];
    for (int i = 1; i <= candidates; i++) {
      out[i - 1] = Base64.getEncoder().encodeToString(wav(durationMs, i));
    }
    return out;
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Passes writes through in bulk and turns close() into flush(). */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
