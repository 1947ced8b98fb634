package fishaudio.client.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A candidate could not be saved: the target is unusable (a directory, no file name) or the write failed. */
public final class SaveException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Path path;

  public SaveException(@Nullable Path path, String message, @Nullable IOException cause) {
    super(message, cause == null ? new IOException(message) : cause);
    this.path = path;
  }

  /** The target that could not be written, as the caller passed it; null when none was. */
  public @Nullable Path path() {
    return path;
  }
}
