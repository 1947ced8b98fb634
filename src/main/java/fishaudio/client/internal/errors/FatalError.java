package fishaudio.client.internal.errors;

import java.io.IOException;

/**
 * Carries an {@link Error} thrown while a response body was decoded (an {@link OutOfMemoryError},
 * say) out through Retrofit, which rethrows a fatal error past its callback onto OkHttp's
 * dispatcher thread, leaving an async call's future pending forever. The call's failure path
 * rethrows the Error itself, to a sync caller or into the future.
 */
public final class FatalError extends IOException {
  private static final long serialVersionUID = 1L;

  public FatalError(Error error) {
    super("Fatal error while decoding: " + error, error);
  }
}
