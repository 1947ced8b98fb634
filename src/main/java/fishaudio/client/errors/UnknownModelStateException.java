package fishaudio.client.errors;

import fishaudio.client.generated.ModelEntity;

/**
 * A model being waited for reported a state the spec does not list, so the client cannot tell
 * whether it will ever be trained; {@link #model()} is that answer.
 */
public final class UnknownModelStateException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final transient ModelEntity model;

  public UnknownModelStateException(ModelEntity model) {
    this(model, "Model " + model.id() + " is in state '" + model.state().value() + "', which the spec does not list");
  }

  /** With a message of the caller's, such as the default one with the API key masked. */
  public UnknownModelStateException(ModelEntity model, String message) {
    super(message, null);
    this.model = model;
  }

  /** The model as the server last described it. */
  public ModelEntity model() {
    return model;
  }
}
