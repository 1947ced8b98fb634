// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When each piece of a text chunk is spoken.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsTimestampAlignment implements Received {
  private final java.util.List<TimedText> segments;
  private final Double audioDuration;

  private TtsTimestampAlignment(Builder builder) {
    this.segments = builder.segments == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.segments));
    this.audioDuration = builder.audioDuration;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.segments = segments;
    builder.audioDuration = audioDuration;
    return builder;
  }

  /**
   * Timed pieces of text, in order.
   *
   * <p>JSON name {@code segments}; required.
   */
  public java.util.List<TimedText> segments() {
    return segments;
  }

  /**
   * The chunk's audio duration, in seconds.
   *
   * <p>JSON name {@code audio_duration}; required.
   */
  public Double audioDuration() {
    return audioDuration;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
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
    ConstraintViolation.required("audio_duration", audioDuration);
    ConstraintViolation.minimum("audio_duration", audioDuration, "0", false);
    ConstraintViolation.finite("audio_duration", audioDuration);
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
    if (segments != null) {
      for (int i = 0; i < segments.size(); i++) {
        try {
          segments.get(i).validateReceived();
        } catch (ConstraintViolation violation) {
          throw violation.within("segments[" + i + "]");
        }
      }
    }
    ConstraintViolation.minimum("audio_duration", audioDuration, "0", false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TtsTimestampAlignment)) {
      return false;
    }
    TtsTimestampAlignment that = (TtsTimestampAlignment) other;
    return Objects.equals(segments, that.segments)
        && Objects.equals(audioDuration, that.audioDuration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segments, audioDuration);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "TtsTimestampAlignment{"
        + "segments=" + segments + ", "
        + "audio_duration=" + audioDuration
        + "}";
  }

  /** Builds a {@link TtsTimestampAlignment}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private java.util.@Nullable List<TimedText> segments;
    private @Nullable Double audioDuration;

    private Builder() {}

    /** Sets {@code segments}: Timed pieces of text, in order. */
    public Builder segments(java.util.List<TimedText> segments) {
      this.segments = segments;
      return this;
    }

    /** Sets {@code audio_duration}: The chunk's audio duration, in seconds. */
    public Builder audioDuration(Double audioDuration) {
      this.audioDuration = audioDuration;
      return this;
    }

    /** Sets {@code audio_duration} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder audioDuration(double audioDuration) {
      this.audioDuration = audioDuration;
      return this;
    }

    /** Returns the value. */
    public TtsTimestampAlignment build() {
      return new TtsTimestampAlignment(this);
    }
  }
}

