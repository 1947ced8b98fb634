package fishaudio.client.errors;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A model was not trained within the time given. {@link #model()} is its last answer, or null when
 * no poll was answered in time (every one failed with a retryable error, or hung); the cause is then
 * the last poll's failure, if one failed.
 */
public final class ModelTrainingTimeoutException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable ModelEntity model;

  public ModelTrainingTimeoutException(ModelEntity model, Duration timeout) {
    this(model.id(), model, timeout, null);
  }

  /**
   * @param model the last answer, or null when none came in time
   * @param lastFailure the last poll's retryable failure, or null
   */
  public ModelTrainingTimeoutException(String modelId, @Nullable ModelEntity model, Duration timeout,
      @Nullable Throwable lastFailure) {
    super(model != null
        ? "Model " + modelId + " was still " + model.state().value() + " after " + timeout
        : "Model " + modelId + ": no poll was answered within " + timeout, lastFailure);
    this.model = model;
  }

  /** With a message of the caller's, such as the default one with the API key masked, and a cause. */
  public ModelTrainingTimeoutException(@Nullable ModelEntity model, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.model = model;
  }

  /** The model as the server last described it, or null when no poll was answered in time. */
  public @Nullable ModelEntity model() {
    return model;
  }

  /** The state the model was last seen in, or null when no poll was answered in time. */
  public @Nullable ModelState lastState() {
    return model == null ? null : model.state();
  }
}
