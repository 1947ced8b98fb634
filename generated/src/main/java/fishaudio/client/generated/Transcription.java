// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A transcript.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class Transcription implements Received {
  private final String text;
  private final Double duration;
  private final java.util.List<TimedText> segments;
  private final @Nullable String languageCode;
  private final @Nullable String language;

  private Transcription(Builder builder) {
    this.text = builder.text;
    this.duration = builder.duration;
    this.segments = builder.segments == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.segments));
    this.languageCode = builder.languageCode;
    this.language = builder.language;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.text = text;
    builder.duration = duration;
    builder.segments = segments;
    builder.languageCode = languageCode;
    builder.language = language;
    return builder;
  }

  /**
   * The whole transcript.
   *
   * <p>JSON name {@code text}; required.
   */
  public String text() {
    return text;
  }

  /**
   * The audio's duration, in seconds.
   *
   * <p>JSON name {@code duration}; required.
   */
  public Double duration() {
    return duration;
  }

  /**
   * Timed pieces of the transcript.
   *
   * <p>JSON name {@code segments}; required.
   */
  public java.util.List<TimedText> segments() {
    return segments;
  }

  /**
   * The detected language, as an ISO 639-1 code.
   *
   * <p>JSON name {@code language_code}; optional, may be null.
   */
  public @Nullable String languageCode() {
    return languageCode;
  }

  /**
   * The detected language's name, for display.
   *
   * <p>JSON name {@code language}; optional, may be null.
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("text", text);
    ConstraintViolation.required("duration", duration);
    ConstraintViolation.minimum("duration", duration, "0", false);
    ConstraintViolation.finite("duration", duration);
    ConstraintViolation.required("segments", segments);
    ConstraintViolation.noNullItems("segments", segments);
    if (segments != null) {
      for (int i = 0; i < segments.size(); i++) {
        if (segments.get(i) != null) {
          try {
            segments.get(i).validate();
          } catch (ConstraintViolation violation) {
            throw violation.within("segments[" + i + "]");
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
    ConstraintViolation.minimum("duration", duration, "0", false);
    if (segments != null) {
      for (int i = 0; i < segments.size(); i++) {
        try {
          segments.get(i).validateReceived();
        } catch (ConstraintViolation violation) {
          throw violation.within("segments[" + i + "]");
        }
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Transcription)) {
      return false;
    }
    Transcription that = (Transcription) other;
    return Objects.equals(text, that.text)
        && Objects.equals(duration, that.duration)
        && Objects.equals(segments, that.segments)
        && Objects.equals(languageCode, that.languageCode)
        && Objects.equals(language, that.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, duration, segments, languageCode, language);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "Transcription{"
        + "text=" + text + ", "
        + "duration=" + duration + ", "
        + "segments=" + segments + ", "
        + "language_code=" + languageCode + ", "
        + "language=" + language
        + "}";
  }

  /** Builds a {@link Transcription}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String text;
    private @Nullable Double duration;
    private java.util.@Nullable List<TimedText> segments;
    private @Nullable String languageCode;
    private @Nullable String language;

    private Builder() {}

    /** Sets {@code text}: The whole transcript. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Sets {@code duration}: The audio's duration, in seconds. */
    public Builder duration(Double duration) {
      this.duration = duration;
      return this;
    }

    /** Sets {@code duration} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder duration(double duration) {
      this.duration = duration;
      return this;
    }

    /** Sets {@code segments}: Timed pieces of the transcript. */
    public Builder segments(java.util.List<TimedText> segments) {
      this.segments = segments;
      return this;
    }

    /** Sets {@code language_code}: The detected language, as an ISO 639-1 code. */
    public Builder languageCode(@Nullable String languageCode) {
      this.languageCode = languageCode;
      return this;
    }

    /** Sets {@code language}: The detected language's name, for display. */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /** Returns the value. */
    public Transcription build() {
      return new Transcription(this);
    }
  }
}

