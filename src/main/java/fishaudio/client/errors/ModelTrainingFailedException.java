package fishaudio.client.errors;

import fishaudio.client.generated.ModelEntity;

/** A model being waited for reached the state {@code failed}; {@link #model()} is its last answer. */
public final class ModelTrainingFailedException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final transient ModelEntity model;

  public ModelTrainingFailedException(ModelEntity model) {
    super("Training of model " + model.id() + " failed", null);
    this.model = model;
  }

  /** The model as the server last described it. */
  public ModelEntity model() {
    return model;
  }
}
