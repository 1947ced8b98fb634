package fishaudio.client.internal.errors;

import java.io.IOException;

/**
 * Carries a network failure in the middle of an answer that had already named what the server
 * created, out through Retrofit (which passes an {@link IOException} from a converter on as it is)
 * to the call's failure path, where it becomes a {@code TransportException} with
 * {@code createdModelId()}. The cause is the network failure.
 */
public final class CutOffAnswer extends IOException {
  private static final long serialVersionUID = 1L;

  private final String createdId;

  public CutOffAnswer(IOException failure, String createdId) {
    super("The answer broke after naming what the server created: " + failure, failure);
    this.createdId = createdId;
  }

  /** The id the answer named before it broke. */
  public String createdId() {
    return createdId;
  }
}
