// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The framework's validation error body.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ValidationErrorDetail implements Received {
  private final java.util.List<ValidationErrorItem> detail;

  private ValidationErrorDetail(Builder builder) {
    this.detail = builder.detail == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.detail));
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.detail = detail;
    return builder;
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
    if (!(other instanceof ValidationErrorDetail)) {
      return false;
    }
    ValidationErrorDetail that = (ValidationErrorDetail) other;
    return Objects.equals(detail, that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(detail);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ValidationErrorDetail{"
        + "detail=" + detail
        + "}";
  }

  /** Builds a {@link ValidationErrorDetail}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private java.util.@Nullable List<ValidationErrorItem> detail;

    private Builder() {}

    /** Sets {@code detail}: The fields that failed validation. */
    public Builder detail(java.util.List<ValidationErrorItem> detail) {
      this.detail = detail;
      return this;
    }

    /** Returns the value. */
    public ValidationErrorDetail build() {
      return new ValidationErrorDetail(this);
    }
  }
}

