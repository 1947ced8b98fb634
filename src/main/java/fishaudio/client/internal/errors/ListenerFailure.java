package fishaudio.client.internal.errors;

import java.io.IOException;

/**
 * Carries what a caller's listener threw out through OkHttp, which turns any other throwable into
 * a vague "canceled" failure and rethrows it on its dispatcher thread. The call's failure path
 * unwraps it: a {@link ListenerException} for an exception, the {@link Error} itself for an error.
 */
public final class ListenerFailure extends IOException {
  private static final long serialVersionUID = 1L;

  public ListenerFailure(Throwable thrown) {
    super("A listener threw: " + thrown, thrown);
  }

  /** Runs a caller's listener; whatever it throws comes out as a {@code ListenerFailure}. */
  public static void run(Runnable listener) throws ListenerFailure {
    try {
      listener.run();
    } catch (RuntimeException | Error e) {
      throw new ListenerFailure(e);
    }
  }
}
