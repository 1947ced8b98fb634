package fishaudio.client.internal.codec;

import fishaudio.client.errors.SaveException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Writes a file atomically: into a temporary file beside the target (a short name, so any legal
 * target name fits), forced to disk, then renamed into place and the directory forced too where
 * the platform allows, so neither a failure nor a crash leaves a half-written or empty file under
 * the target's name. Creates missing parent directories and replaces an existing file. One place
 * for every save: candidates' WAV audio and streamed bodies.
 */
public final class AtomicFile {
  private static final Random RANDOM = new SecureRandom();

  /** What goes into the file. */
  public interface Content {
    /** Writes everything to {@code out} and returns the byte count; a failure of the source is a {@link SourceFailure}. */
    long writeTo(FileChannel out) throws IOException;
  }

  /** The content's source failed (a stream that broke), not the file: reported as the source's failure. */
  public static final class SourceFailure extends IOException {
    private static final long serialVersionUID = 1L;

    private final long written;

    public SourceFailure(IOException cause, long written) {
      super(cause.getMessage(), cause);
      this.written = written;
    }

    /** How many bytes had been written when the source failed. */
    public long written() {
      return written;
    }
  }

  private AtomicFile() {}

  /**
   * @param what names the content in a message, such as {@code "candidate 1"}
   * @return the byte count written
   * @throws SaveException naming the path, when the target is unusable or cannot be written
   * @throws SourceFailure when the content's source failed; nothing is left at the target
   */
  public static long write(Path target, String what, Content content) throws SourceFailure {
    if (target == null) {
      throw new SaveException(null, "Cannot save " + what + ": target is null", null);
    }
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null) {
      throw new SaveException(target, "Cannot save " + what + " to " + target + ": not a file path", null);
    }
    if (Files.isDirectory(absolute)) {
      throw new SaveException(target, "Cannot save " + what + " to " + target + ": it is a directory", null);
    }
    Path temporary = null;
    try {
      Files.createDirectories(parent);
      // Not createTempFile: its 0600 mode would stick to the saved file; this one gets the umask's.
      temporary = parent.resolve("." + Long.toHexString(RANDOM.nextLong() >>> 16) + ".part");
      long written;
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        written = content.writeTo(out);
        out.force(true);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(parent);
      return written;
    } catch (SourceFailure e) {
      throw e;
    } catch (IOException e) {
      throw new SaveException(target, "Could not save " + what + " to " + target + ": " + e, e);
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
}
