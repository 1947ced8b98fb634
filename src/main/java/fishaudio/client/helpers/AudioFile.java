package fishaudio.client.helpers;

import fishaudio.client.internal.codec.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import okio.ByteString;

/**
 * A model that holds a whole audio file ({@code x-java-implements} in the spec), such as a voice
 * design candidate: it can save the file and write it out. The bytes were checked to be of the
 * spec's media type when the response was read.
 */
public interface AudioFile {
  /** The audio file's bytes, decoded once while the response was read; the generated accessor. */
  ByteString audio();

  /**
   * Writes the audio to {@code target} atomically: into a temporary file beside it, forced to disk,
   * then renamed into place, so neither a failure nor a crash leaves a half-written or empty file
   * under the target's name. Creates missing parent directories and replaces an existing file.
   *
   * @return {@code target}
   * @throws fishaudio.client.errors.SaveException naming the path, when the target is unusable or cannot be written
   */
  default Path save(Path target) {
    ByteString audio = audio();
    try {
      AtomicFile.write(target, "the audio (" + audio.size() + " bytes)", out -> {
        ByteBuffer bytes = audio.asByteBuffer();
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        return audio.size();
      });
    } catch (AtomicFile.SourceFailure e) {
      throw new IllegalStateException("bytes in memory cannot fail", e);
    }
    return target;
  }

  /** Writes the audio's bytes to {@code out}, without copying them first. */
  default void writeTo(OutputStream out) throws IOException {
    audio().write(out);
  }
}
