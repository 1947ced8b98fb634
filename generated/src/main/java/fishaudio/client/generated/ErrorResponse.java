// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of an error response.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ErrorResponse implements Received {
  private final Integer status;
  private final String message;
  private final @Nullable String reason;

  private ErrorResponse(Builder builder) {
    this.status = builder.status;
    this.message = builder.message;
    this.reason = builder.reason;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.status = status;
    builder.message = message;
    builder.reason = reason;
    return builder;
  }

  /**
   * The HTTP status code, repeated in the body.
   *
   * <p>JSON name {@code status}; required.
   */
  public Integer status() {
    return status;
  }

  /**
   * What went wrong, for people.
   *
   * <p>JSON name {@code message}; required.
   */
  public String message() {
    return message;
  }

  /**
   * A more specific reason, sent with some errors.
   *
   * <p>JSON name {@code reason}; optional.
   */
  public @Nullable String reason() {
    return reason;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("status", status);
    ConstraintViolation.required("message", message);
  }

  /**
   * Checks this value, as the server sent it, against the bounds the spec states: lengths, bounds
   * and item counts, here and in the models it holds. Unlike {@link #validate()}, it accepts an
   * enum value the spec does not list yet; the adapter has already checked required fields.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  @Override
  public void validateReceived() {
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ErrorResponse)) {
      return false;
    }
    ErrorResponse that = (ErrorResponse) other;
    return Objects.equals(status, that.status)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, message, reason);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ErrorResponse{"
        + "status=" + status + ", "
        + "message=" + message + ", "
        + "reason=" + reason
        + "}";
  }

  /** Builds a {@link ErrorResponse}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable Integer status;
    private @Nullable String message;
    private @Nullable String reason;

    private Builder() {}

    /** Sets {@code status}: The HTTP status code, repeated in the body. */
    public Builder status(Integer status) {
      this.status = status;
      return this;
    }

    /** Sets {@code status} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /** Sets {@code message}: What went wrong, for people. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Sets {@code reason}: A more specific reason, sent with some errors. */
    public Builder reason(@Nullable String reason) {
      this.reason = reason;
      return this;
    }

    /** Returns the value. */
    public ErrorResponse build() {
      return new ErrorResponse(this);
    }
  }
}

