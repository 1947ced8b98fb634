package fishaudio.client.contract;

import fishaudio.client.testing.WavFiles;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** A minimal RIFF/WAVE reader: enough to prove decoded audio is a whole, playable PCM WAV file. */
final class Wav {
  final int channels;
  final int sampleRate;
  final int bitsPerSample;
  final int dataBytes;

  private Wav(int channels, int sampleRate, int bitsPerSample, int dataBytes) {
    this.channels = channels;
    this.sampleRate = sampleRate;
    this.bitsPerSample = bitsPerSample;
    this.dataBytes = dataBytes;
  }

  long durationMs() {
    long frameBytes = (long) channels * (bitsPerSample / 8);
    return frameBytes == 0 || sampleRate == 0 ? 0 : dataBytes * 1000L / (frameBytes * sampleRate);
  }

  /** Parses {@code bytes}, or throws AssertionError saying what is wrong with them. */
  static Wav parse(byte[] bytes) {
    check(bytes.length >= 12, "shorter than a RIFF header: " + bytes.length + " bytes");
    check(ascii(bytes, 0).equals("RIFF"), "does not start with RIFF but " + ascii(bytes, 0));
    check(ascii(bytes, 8).equals("WAVE"), "RIFF form is not WAVE but " + ascii(bytes, 8));
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long riffSize = b.getInt(4) & 0xffffffffL;
    check(riffSize == bytes.length - 8, "RIFF size " + riffSize + " does not match the file (" + (bytes.length - 8) + ")");
    int pos = 12;
    Integer channels = null;
    Integer rate = null;
    Integer bits = null;
    Integer data = null;
    while (pos + 8 <= bytes.length) {
      String id = ascii(bytes, pos);
      long size = b.getInt(pos + 4) & 0xffffffffL;
      check(pos + 8 + size <= bytes.length, "chunk '" + id + "' runs past the end of the file");
      if (id.equals("fmt ")) {
        check(size >= 16, "fmt chunk too short");
        int format = b.getShort(pos + 8) & 0xffff;
        check(format == 1 || format == 3 || format == 0xfffe, "not PCM/float/extensible: format " + format);
        channels = b.getShort(pos + 10) & 0xffff;
        rate = b.getInt(pos + 12);
        int byteRate = b.getInt(pos + 16);
        int blockAlign = b.getShort(pos + 20) & 0xffff;
        bits = b.getShort(pos + 22) & 0xffff;
        check(blockAlign == channels * bits / 8, "block align " + blockAlign + " inconsistent");
        check(byteRate == rate * blockAlign, "byte rate " + byteRate + " inconsistent");
      } else if (id.equals("data")) {
        data = (int) size;
      }
      pos += 8 + (int) size + (int) (size & 1);
    }
    check(channels != null, "no fmt chunk");
    check(data != null, "no data chunk");
    return new Wav(channels, rate, bits, data);
  }

  private static String ascii(byte[] bytes, int offset) {
    return new String(bytes, offset, Math.min(4, bytes.length - offset), StandardCharsets.ISO_8859_1);
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError("not a valid RIFF/WAVE file: " + problem);
    }
  }

  /** A tiny valid PCM WAV (16-bit mono) followed by {@code payload} as its samples. */
  static byte[] build(int sampleRate, byte[] payload) {
    return WavFiles.pcm16(sampleRate, payload);
  }
}
