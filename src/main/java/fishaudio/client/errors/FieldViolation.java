package fishaudio.client.errors;

/**
 * One field the server rejected: where, why, and the server's error type. Parsed from either of the
 * validation shapes the live service uses (see {@link Violations}).
 */
public final class FieldViolation {
  private final String field;
  private final String message;
  private final String type;

  public FieldViolation(String field, String message, String type) {
    this.field = field;
    this.message = message;
    this.type = type;
  }

  /**
   * The field's path in the request, such as {@code reference_text} or {@code voices[2]}; the
   * leading {@code body} the server puts first is dropped. Empty when the server named no field.
   */
  public String field() {
    return field;
  }

  /** The server's message for this field, e.g. {@code String should have at most 150 characters}. */
  public String message() {
    return message;
  }

  /** The server's error type, e.g. {@code string_too_long}, or empty when it sent none. */
  public String type() {
    return type;
  }

  @Override
  public String toString() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
