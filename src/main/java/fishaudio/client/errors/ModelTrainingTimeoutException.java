package fishaudio.client.errors;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.time.Duration;

/** A model was not trained within the time given; {@link #model()} is its last answer. */
public final class ModelTrainingTimeoutException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final transient ModelEntity model;

  public ModelTrainingTimeoutException(ModelEntity model, Duration timeout) {
    this(model, "Model " + model.id() + " was still " + model.state().value() + " after " + timeout);
  }

  /** With a message of the caller's, such as the default one with the API key masked. */
  public ModelTrainingTimeoutException(ModelEntity model, String message) {
    super(message, null);
    this.model = model;
  }

  /** The model as the server last described it. */
  public ModelEntity model() {
    return model;
  }

  /** The state the model was last seen in. */
  public ModelState lastState() {
    return model.state();
  }
}
