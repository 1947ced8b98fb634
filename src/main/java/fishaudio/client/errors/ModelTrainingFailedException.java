package fishaudio.client.errors;

import fishaudio.client.generated.ModelEntity;

/** A model being waited for reached the state {@code failed}; {@link #model()} is its last answer. */
public final class ModelTrainingFailedException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final transient ModelEntity model;

  public ModelTrainingFailedException(ModelEntity model) {
    this(model, "Training of model " + model.id() + " failed");
  }

  /** With a message of the caller's, such as the default one with the API key masked. */
  public ModelTrainingFailedException(ModelEntity model, String message) {
    super(message, null);
    this.model = model;
  }

  /** The model as the server last described it. */
  public ModelEntity model() {
    return model;
  }
}
