package fishaudio.client.errors;

/**
 * A request breaks the spec's constraints or a voice file cannot be read. Thrown before any byte
 * is sent; {@link #field()} names the field by its JSON name, such as {@code n} or
 * {@code voices[2]}.
 */
public final class InvalidRequestException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidRequestException(String field, String message, Throwable cause) {
    super(message, cause);
    this.field = field;
  }

  /** The JSON name of the offending field. */
  public String field() {
    return field;
  }
}
