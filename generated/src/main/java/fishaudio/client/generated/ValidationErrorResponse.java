// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A validation error, in one of the shapes the live service has used: the seed's `{status, message, reason}`, the framework's `{detail: [...]}`, and the bare array of older provider documents. The client reads all three into `violations()`. 
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ValidationErrorResponse implements Received {
  private final Integer status;
  private final String message;
  private final @Nullable String reason;
  private final java.util.List<ValidationErrorItem> detail;

  private ValidationErrorResponse(Builder builder) {
    this.status = builder.status;
    this.message = builder.message;
    this.reason = builder.reason;
    this.detail = builder.detail == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.detail));
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
    builder.detail = detail;
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
   * The fields that failed validation.
   *
   * <p>JSON name {@code detail}; required.
   */
  public java.util.List<ValidationErrorItem> detail() {
    return detail;
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
    ConstraintViolation.required("detail", detail);
    ConstraintViolation.noNullItems("detail", detail);
    if (detail != null) {
      for (int i = 0; i < detail.size(); i++) {
        if (detail.get(i) != null) {
          try {
            detail.get(i).validate();
          } catch (ConstraintViolation violation) {
            throw violation.within("detail[" + i + "]");
          }
        }
      }
    }
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
    if (detail != null) {
      for (int i = 0; i < detail.size(); i++) {
        try {
          detail.get(i).validateReceived();
        } catch (ConstraintViolation violation) {
          throw violation.within("detail[" + i + "]");
        }
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ValidationErrorResponse)) {
      return false;
    }
    ValidationErrorResponse that = (ValidationErrorResponse) other;
    return Objects.equals(status, that.status)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(detail, that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, message, reason, detail);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ValidationErrorResponse{"
        + "status=" + status + ", "
        + "message=" + message + ", "
        + "reason=" + reason + ", "
        + "detail=" + detail
        + "}";
  }

  /** Builds a {@link ValidationErrorResponse}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable Integer status;
    private @Nullable String message;
    private @Nullable String reason;
    private java.util.@Nullable List<ValidationErrorItem> detail;

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

    /** Sets {@code detail}: The fields that failed validation. */
    public Builder detail(java.util.List<ValidationErrorItem> detail) {
      this.detail = detail;
      return this;
    }

    /** Returns the value. */
    public ValidationErrorResponse build() {
      return new ValidationErrorResponse(this);
    }
  }
}

