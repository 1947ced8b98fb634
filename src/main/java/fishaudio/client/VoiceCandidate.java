package fishaudio.client;

import fishaudio.client.generated.VoiceDesignCandidate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import okio.ByteString;

/**
 * One voice-design candidate with its audio: a whole WAV file. The base64 text was decoded once,
 * while the response was parsed; this is where the bytes are checked to be RIFF/WAVE.
 */
public final class VoiceCandidate {
  private static final ByteString RIFF = ByteString.encodeUtf8("RIFF");
  private static final ByteString WAVE = ByteString.encodeUtf8("WAVE");

  private final VoiceDesignCandidate candidate;

  private VoiceCandidate(VoiceDesignCandidate candidate) {
    this.candidate = candidate;
  }

  static VoiceCandidate of(VoiceDesignCandidate candidate) {
    ByteString audio = candidate.audio();
    if (audio.size() < 12 || !audio.rangeEquals(0, RIFF, 0, 4) || !audio.rangeEquals(8, WAVE, 0, 4)) {
      throw new MalformedResponseException(
          "Candidate " + candidate.index() + " (id " + candidate.id() + "): audio_base64 is not a RIFF/WAVE file ("
              + audio.size() + " bytes)",
          null);
    }
    return new VoiceCandidate(candidate);
  }

  /** The candidate's identifier. */
  public String id() {
    return candidate.id();
  }

  /** The candidate's position, as the server numbered it. */
  public int index() {
    return candidate.index();
  }

  /** Sample rate of the audio, in Hz. */
  public int sampleRate() {
    return candidate.sampleRate();
  }

  /** Duration of the audio, in milliseconds. */
  public int durationMs() {
    return candidate.durationMs();
  }

  /** The text the candidate speaks, or null when the server did not say. */
  public String text() {
    return candidate.text();
  }

  /** A copy of the WAV file's bytes. */
  public byte[] wav() {
    return candidate.audio().toByteArray();
  }

  /** The size of the WAV file, in bytes. */
  public int size() {
    return candidate.audio().size();
  }

  /** Writes the WAV file's bytes to {@code out}, without copying them first. */
  public void writeTo(OutputStream out) throws IOException {
    candidate.audio().write(out);
  }

  /**
   * Writes the WAV file to {@code target} atomically: into a temporary file beside it, then
   * renamed into place, so a failure never leaves a half-written file. Creates missing parent
   * directories and replaces an existing file.
   *
   * @return {@code target}
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path save(Path target) {
    Path absolute = target.toAbsolutePath();
    Path temporary = null;
    try {
      Files.createDirectories(absolute.getParent());
      // Not createTempFile: its 0600 mode would stick to the saved file; this one gets the umask's.
      temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save candidate " + index() + " to " + target, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // Best effort: the rename already happened, or the original failure is the one to report.
        }
      }
    }
  }

  /** The generated candidate model, for fields this class does not surface. */
  public VoiceDesignCandidate generated() {
    return candidate;
  }

  @Override
  public String toString() {
    return "VoiceCandidate{index=" + index() + ", id=" + id() + ", sampleRate=" + sampleRate()
        + ", durationMs=" + durationMs() + ", wav=<" + size() + " bytes>}";
  }
}
