// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field that failed validation.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ValidationErrorItem implements Received {
  private final java.util.List<Object> loc;
  private final String msg;
  private final String type;
  private final @Nullable ValidationErrorLocation in;
  private final @Nullable Object ctx;

  private ValidationErrorItem(Builder builder) {
    this.loc = builder.loc == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.loc));
    this.msg = builder.msg;
    this.type = builder.type;
    this.in = builder.in;
    this.ctx = builder.ctx;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.loc = loc;
    builder.msg = msg;
    builder.type = type;
    builder.in = in;
    builder.ctx = ctx;
    return builder;
  }

  /**
   * Where the field is, such as `[body, voices, 2]`.
   *
   * <p>JSON name {@code loc}; required.
   */
  public java.util.List<Object> loc() {
    return loc;
  }

  /**
   * What is wrong with the field, for people.
   *
   * <p>JSON name {@code msg}; required.
   */
  public String msg() {
    return msg;
  }

  /**
   * The error type, such as `string_too_long`.
   *
   * <p>JSON name {@code type}; required.
   */
  public String type() {
    return type;
  }

  /**
   * The {@code in} field. See {@link ValidationErrorLocation}.
   *
   * <p>JSON name {@code in}; optional.
   */
  public @Nullable ValidationErrorLocation in() {
    return in;
  }

  /**
   * Details of the constraint that failed.
   *
   * <p>JSON name {@code ctx}; optional.
   */
  public @Nullable Object ctx() {
    return ctx;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("loc", loc);
    ConstraintViolation.required("msg", msg);
    ConstraintViolation.required("type", type);
    if (in != null && !in.isKnown()) {
      throw new ConstraintViolation("in", "must be one of " + ValidationErrorLocation.values() + ", was " + in);
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
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ValidationErrorItem)) {
      return false;
    }
    ValidationErrorItem that = (ValidationErrorItem) other;
    return Objects.equals(loc, that.loc)
        && Objects.equals(msg, that.msg)
        && Objects.equals(type, that.type)
        && Objects.equals(in, that.in)
        && Objects.equals(ctx, that.ctx);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loc, msg, type, in, ctx);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ValidationErrorItem{"
        + "loc=" + loc + ", "
        + "msg=" + msg + ", "
        + "type=" + type + ", "
        + "in=" + in + ", "
        + "ctx=" + ctx
        + "}";
  }

  /** Builds a {@link ValidationErrorItem}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private java.util.@Nullable List<Object> loc;
    private @Nullable String msg;
    private @Nullable String type;
    private @Nullable ValidationErrorLocation in;
    private @Nullable Object ctx;

    private Builder() {}

    /** Sets {@code loc}: Where the field is, such as `[body, voices, 2]`. */
    public Builder loc(java.util.List<Object> loc) {
      this.loc = loc;
      return this;
    }

    /** Sets {@code msg}: What is wrong with the field, for people. */
    public Builder msg(String msg) {
      this.msg = msg;
      return this;
    }

    /** Sets {@code type}: The error type, such as `string_too_long`. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** Sets {@code in}: see {@link ValidationErrorItem#in()}. */
    public Builder in(@Nullable ValidationErrorLocation in) {
      this.in = in;
      return this;
    }

    /** Sets {@code ctx}: Details of the constraint that failed. */
    public Builder ctx(@Nullable Object ctx) {
      this.ctx = ctx;
      return this;
    }

    /** Returns the value. */
    public ValidationErrorItem build() {
      return new ValidationErrorItem(this);
    }
  }
}

