package fishaudio.client.helpers;

import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.SaveException;

import fishaudio.client.generated.VoiceDesignCandidate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Random;
import okio.ByteString;

/**
 * One voice-design candidate with its audio: a whole WAV file. The base64 text was decoded once,
 * while the response was parsed; this is where the bytes are checked to be RIFF/WAVE.
 */
public final class VoiceCandidate {
  private static final ByteString RIFF = ByteString.encodeUtf8("RIFF");
  private static final ByteString WAVE = ByteString.encodeUtf8("WAVE");

  private static final Random RANDOM = new SecureRandom();

  private final VoiceDesignCandidate candidate;

  private VoiceCandidate(VoiceDesignCandidate candidate) {
    this.candidate = candidate;
  }

  public static VoiceCandidate of(VoiceDesignCandidate candidate) {
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
   * Writes the WAV file to {@code target} atomically: into a temporary file beside it (a short
   * name, so any legal target name fits), forced to disk, then renamed into place and the
   * directory forced too where the platform allows, so neither a failure nor a crash leaves a
   * half-written or empty file under the target's name. Creates missing parent directories and
   * replaces an existing file.
   *
   * @return {@code target}
   * @throws SaveException naming the path, when the target is unusable or cannot be written
   */
  public Path save(Path target) {
    if (target == null) {
      throw new SaveException(null, "Cannot save candidate " + index() + ": target is null", null);
    }
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null) {
      throw new SaveException(target, "Cannot save candidate " + index() + " to " + target + ": not a file path", null);
    }
    if (Files.isDirectory(absolute)) {
      throw new SaveException(target, "Cannot save candidate " + index() + " to " + target + ": it is a directory", null);
    }
    Path temporary = null;
    try {
      Files.createDirectories(parent);
      // Not createTempFile: its 0600 mode would stick to the saved file; this one gets the umask's.
      temporary = parent.resolve("." + Long.toHexString(RANDOM.nextLong() >>> 16) + ".part");
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = candidate.audio().asByteBuffer();
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(parent);
      return target;
    } catch (IOException e) {
      throw new SaveException(target, "Could not save candidate " + index() + " to " + target + ": " + e, e);
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

  // The rename is durable only once the directory entry is on disk; not every platform can open a
  // directory for that (Windows cannot), and there the rename stands as it is.
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Not supported here.
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
