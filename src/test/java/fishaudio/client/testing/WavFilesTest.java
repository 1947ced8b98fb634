package fishaudio.client.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The shared WAV builder makes files the JDK's own reader accepts, with the format they claim. */
class WavFilesTest {
  @Test
  void toneIsAMono16BitPcmFileOfTheGivenLength() throws Exception {
    byte[] wav = WavFiles.tone(16000, 1600, 440);

    try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
      AudioFormat format = in.getFormat();
      assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
      assertEquals(16000f, format.getSampleRate());
      assertEquals(1, format.getChannels());
      assertEquals(16, format.getSampleSizeInBits());
      assertFalse(format.isBigEndian());
      assertEquals(1600, in.getFrameLength());
    }
  }

  @Test
  void headerSizesMatchTheFile() {
    byte[] wav = WavFiles.silence(24000, 8);

    assertEquals(WavFiles.HEADER_BYTES + 16, wav.length);
    assertArrayEquals(WavFiles.header(24000, 16), Arrays.copyOf(wav, WavFiles.HEADER_BYTES));
    assertEquals(wav.length - 8, littleEndianInt(wav, 4), "RIFF size");
    assertEquals(16, littleEndianInt(wav, 40), "data size");
  }

  @Test
  void anOddPayloadIsPaddedToWholeSamples() {
    byte[] wav = WavFiles.pcm16(8000, new byte[] {1, 2, 3});

    assertEquals(WavFiles.HEADER_BYTES + 4, wav.length);
    assertEquals(4, littleEndianInt(wav, 40));
    assertArrayEquals(new byte[] {1, 2, 3, 0}, Arrays.copyOfRange(wav, WavFiles.HEADER_BYTES, wav.length));
  }

  @Test
  void noiseDependsOnlyOnItsSeed() {
    assertArrayEquals(WavFiles.noise(44100, 441, 1), WavFiles.noise(44100, 441, 1));
    assertFalse(Arrays.equals(WavFiles.noise(44100, 441, 1), WavFiles.noise(44100, 441, 2)));
  }

  private static int littleEndianInt(byte[] bytes, int offset) {
    return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16
        | (bytes[offset + 3] & 0xff) << 24;
  }
}
