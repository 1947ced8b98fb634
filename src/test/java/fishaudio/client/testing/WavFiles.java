package fishaudio.client.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The one builder of WAV files for every suite (unit, reliability, demo, contract, bench): mono
 * 16-bit PCM, a 44-byte RIFF/WAVE header, then the samples. JDK only, so that the bench's stock
 * anchor can compile it alone.
 */
public final class WavFiles {
  /** The size of the header {@link #header} writes. */
  public static final int HEADER_BYTES = 44;

  private WavFiles() {}

  /** The RIFF/WAVE header of a mono 16-bit PCM file holding {@code dataBytes} of samples. */
  public static byte[] header(int sampleRate, long dataBytes) {
    ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    h.put(ascii("RIFF")).putInt((int) (36 + dataBytes)).put(ascii("WAVE"));
    h.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
    h.put(ascii("data")).putInt((int) dataBytes);
    return h.array();
  }

  /** A whole file: the header, then {@code samples} as the data chunk (padded to an even size). */
  public static byte[] pcm16(int sampleRate, byte[] samples) {
    int dataBytes = samples.length + (samples.length & 1);
    byte[] file = new byte[HEADER_BYTES + dataBytes];
    System.arraycopy(header(sampleRate, dataBytes), 0, file, 0, HEADER_BYTES);
    System.arraycopy(samples, 0, file, HEADER_BYTES, samples.length);
    return file;
  }

  /** {@code samples} silent samples. */
  public static byte[] silence(int sampleRate, int samples) {
    return pcm16(sampleRate, new byte[samples * 2]);
  }

  /** {@code samples} samples of noise that depends only on {@code seed}, so two seeds give two files. */
  public static byte[] noise(int sampleRate, int samples, int seed) {
    byte[] data = new byte[samples * 2];
    new Random(seed).nextBytes(data);
    return pcm16(sampleRate, data);
  }

  /** {@code samples} samples of a sine tone at {@code hz}: a file a player or {@code AudioSystem} accepts. */
  public static byte[] tone(int sampleRate, int samples, double hz) {
    ByteBuffer data = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < samples; i++) {
      data.putShort((short) (Math.sin(2 * Math.PI * hz * i / sampleRate) * 8000));
    }
    return pcm16(sampleRate, data.array());
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
