// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of text and when it is spoken, in seconds.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TimedText implements Received {
  private final String text;
  private final Double start;
  private final Double end;

  private TimedText(Builder builder) {
    this.text = builder.text;
    this.start = builder.start;
    this.end = builder.end;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.text = text;
    builder.start = start;
    builder.end = end;
    return builder;
  }

  /**
   * The text.
   *
   * <p>JSON name {@code text}; required.
   */
  public String text() {
    return text;
  }

  /**
   * Start, in seconds.
   *
   * <p>JSON name {@code start}; required.
   */
  public Double start() {
    return start;
  }

  /**
   * End, in seconds.
   *
   * <p>JSON name {@code end}; required.
   */
  public Double end() {
    return end;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("text", text);
    ConstraintViolation.required("start", start);
    ConstraintViolation.minimum("start", start, "0", false);
    ConstraintViolation.finite("start", start);
    ConstraintViolation.required("end", end);
    ConstraintViolation.minimum("end", end, "0", false);
    ConstraintViolation.finite("end", end);
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
    ConstraintViolation.minimum("start", start, "0", false);
    ConstraintViolation.minimum("end", end, "0", false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TimedText)) {
      return false;
    }
    TimedText that = (TimedText) other;
    return Objects.equals(text, that.text)
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, start, end);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "TimedText{"
        + "text=" + text + ", "
        + "start=" + start + ", "
        + "end=" + end
        + "}";
  }

  /** Builds a {@link TimedText}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String text;
    private @Nullable Double start;
    private @Nullable Double end;

    private Builder() {}

    /** Sets {@code text}: The text. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Sets {@code start}: Start, in seconds. */
    public Builder start(Double start) {
      this.start = start;
      return this;
    }

    /** Sets {@code start} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder start(double start) {
      this.start = start;
      return this;
    }

    /** Sets {@code end}: End, in seconds. */
    public Builder end(Double end) {
      this.end = end;
      return this;
    }

    /** Sets {@code end} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder end(double end) {
      this.end = end;
      return this;
    }

    /** Returns the value. */
    public TimedText build() {
      return new TimedText(this);
    }
  }
}

