// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One generated voice candidate.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class VoiceDesignCandidate implements Received, fishaudio.client.helpers.AudioFile {
  private final String id;
  private final Integer index;
  private final okio.ByteString audio;
  private final Integer sampleRate;
  private final Integer durationMs;
  private final @Nullable String text;
  private final @Nullable String instruct;
  private final @Nullable String language;

  private VoiceDesignCandidate(Builder builder) {
    this.id = builder.id;
    this.index = builder.index;
    this.audio = builder.audio;
    this.sampleRate = builder.sampleRate;
    this.durationMs = builder.durationMs;
    this.text = builder.text;
    this.instruct = builder.instruct;
    this.language = builder.language;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.index = index;
    builder.audio = audio;
    builder.sampleRate = sampleRate;
    builder.durationMs = durationMs;
    builder.text = text;
    builder.instruct = instruct;
    builder.language = language;
    return builder;
  }

  /**
   * Identifier of the candidate.
   *
   * <p>JSON name {@code id}; required.
   */
  public String id() {
    return id;
  }

  /**
   * Position of the candidate in the response.
   *
   * <p>JSON name {@code index}; required.
   */
  public Integer index() {
    return index;
  }

  /**
   * The candidate's audio, a whole WAV file (RIFF/WAVE), base64-encoded.
   *
   * <p>JSON name {@code audio_base64}; required. Sent as base64 text; this returns the bytes it decodes to, decoded once while parsing.
   */
  public okio.ByteString audio() {
    return audio;
  }

  /**
   * Sample rate of the audio, in Hz.
   *
   * <p>JSON name {@code sample_rate}; required.
   */
  public Integer sampleRate() {
    return sampleRate;
  }

  /**
   * Duration of the audio, in milliseconds.
   *
   * <p>JSON name {@code duration_ms}; required.
   */
  public Integer durationMs() {
    return durationMs;
  }

  /**
   * The text the candidate speaks.
   *
   * <p>JSON name {@code text}; optional, may be null.
   */
  public @Nullable String text() {
    return text;
  }

  /**
   * The instruction the candidate was generated from.
   *
   * <p>JSON name {@code instruct}; optional, may be null.
   */
  public @Nullable String instruct() {
    return instruct;
  }

  /**
   * The language of the candidate.
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
    ConstraintViolation.required("id", id);
    ConstraintViolation.required("index", index);
    ConstraintViolation.minimum("index", index, "0", false);
    ConstraintViolation.required("audio_base64", audio);
    ConstraintViolation.required("sample_rate", sampleRate);
    ConstraintViolation.minimum("sample_rate", sampleRate, "1", false);
    ConstraintViolation.required("duration_ms", durationMs);
    ConstraintViolation.minimum("duration_ms", durationMs, "0", false);
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
    ConstraintViolation.minimum("index", index, "0", false);
    ConstraintViolation.mediaType("audio_base64", audio, "audio/wav");
    ConstraintViolation.minimum("sample_rate", sampleRate, "1", false);
    ConstraintViolation.minimum("duration_ms", durationMs, "0", false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VoiceDesignCandidate)) {
      return false;
    }
    VoiceDesignCandidate that = (VoiceDesignCandidate) other;
    return Objects.equals(id, that.id)
        && Objects.equals(index, that.index)
        && Objects.equals(audio, that.audio)
        && Objects.equals(sampleRate, that.sampleRate)
        && Objects.equals(durationMs, that.durationMs)
        && Objects.equals(text, that.text)
        && Objects.equals(instruct, that.instruct)
        && Objects.equals(language, that.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, index, audio, sampleRate, durationMs, text, instruct, language);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "VoiceDesignCandidate{"
        + "id=" + id + ", "
        + "index=" + index + ", "
        + "audio_base64=" + (audio == null ? "null" : "<" + audio.size() + " bytes>") + ", "
        + "sample_rate=" + sampleRate + ", "
        + "duration_ms=" + durationMs + ", "
        + "text=" + text + ", "
        + "instruct=" + instruct + ", "
        + "language=" + language
        + "}";
  }

  /** Builds a {@link VoiceDesignCandidate}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Integer index;
    private okio.@Nullable ByteString audio;
    private @Nullable Integer sampleRate;
    private @Nullable Integer durationMs;
    private @Nullable String text;
    private @Nullable String instruct;
    private @Nullable String language;

    private Builder() {}

    /** Sets {@code id}: Identifier of the candidate. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets {@code index}: Position of the candidate in the response. */
    public Builder index(Integer index) {
      this.index = index;
      return this;
    }

    /** Sets {@code index} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder index(int index) {
      this.index = index;
      return this;
    }

    /** Sets {@code audio_base64}: The candidate's audio, a whole WAV file (RIFF/WAVE), base64-encoded. */
    public Builder audio(okio.ByteString audio) {
      this.audio = audio;
      return this;
    }

    /** Sets {@code sample_rate}: Sample rate of the audio, in Hz. */
    public Builder sampleRate(Integer sampleRate) {
      this.sampleRate = sampleRate;
      return this;
    }

    /** Sets {@code sample_rate} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder sampleRate(int sampleRate) {
      this.sampleRate = sampleRate;
      return this;
    }

    /** Sets {@code duration_ms}: Duration of the audio, in milliseconds. */
    public Builder durationMs(Integer durationMs) {
      this.durationMs = durationMs;
      return this;
    }

    /** Sets {@code duration_ms} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder durationMs(int durationMs) {
      this.durationMs = durationMs;
      return this;
    }

    /** Sets {@code text}: The text the candidate speaks. */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /** Sets {@code instruct}: The instruction the candidate was generated from. */
    public Builder instruct(@Nullable String instruct) {
      this.instruct = instruct;
      return this;
    }

    /** Sets {@code language}: The language of the candidate. */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /** Returns the value. */
    public VoiceDesignCandidate build() {
      return new VoiceDesignCandidate(this);
    }
  }
}

