// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A voice sample and its transcript.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ReferenceAudio implements Received {
  private final okio.ByteString audio;
  private final String text;

  private ReferenceAudio(Builder builder) {
    this.audio = builder.audio;
    this.text = builder.text;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.audio = audio;
    builder.text = text;
    return builder;
  }

  /**
   * The sample's audio (WAV, MP3 or FLAC; 10 to 30 s of clear speech is best).
   *
   * <p>JSON name {@code audio}; required. Travels as MessagePack binary (as base64 text only in JSON); this returns the bytes.
   */
  public okio.ByteString audio() {
    return audio;
  }

  /**
   * What the sample says, exactly.
   *
   * <p>JSON name {@code text}; required.
   */
  public String text() {
    return text;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("audio", audio);
    ConstraintViolation.required("text", text);
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
    if (!(other instanceof ReferenceAudio)) {
      return false;
    }
    ReferenceAudio that = (ReferenceAudio) other;
    return Objects.equals(audio, that.audio)
        && Objects.equals(text, that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audio, text);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ReferenceAudio{"
        + "audio=" + (audio == null ? "null" : "<" + audio.size() + " bytes>") + ", "
        + "text=" + text
        + "}";
  }

  /** Builds a {@link ReferenceAudio}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private okio.@Nullable ByteString audio;
    private @Nullable String text;

    private Builder() {}

    /** Sets {@code audio}: The sample's audio (WAV, MP3 or FLAC; 10 to 30 s of clear speech is best). */
    public Builder audio(okio.ByteString audio) {
      this.audio = audio;
      return this;
    }

    /** Sets {@code text}: What the sample says, exactly. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Returns the value. */
    public ReferenceAudio build() {
      return new ReferenceAudio(this);
    }
  }
}

