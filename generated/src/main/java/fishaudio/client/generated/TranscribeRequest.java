// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The multipart form of a transcription.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TranscribeRequest implements Received {
  private final okhttp3.RequestBody audio;
  private final @Nullable String language;
  private final @Nullable Boolean ignoreTimestamps;

  private TranscribeRequest(Builder builder) {
    this.audio = builder.audio;
    this.language = builder.language;
    this.ignoreTimestamps = builder.ignoreTimestamps;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.audio = audio;
    builder.language = language;
    builder.ignoreTimestamps = ignoreTimestamps;
    return builder;
  }

  /**
   * The audio file to transcribe.
   *
   * <p>JSON name {@code audio}; required.
   */
  public okhttp3.RequestBody audio() {
    return audio;
  }

  /**
   * A language hint; the language is detected regardless.
   *
   * <p>JSON name {@code language}; optional.
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * Skip precise timestamps, which add latency for audio under 30 s.
   *
   * <p>JSON name {@code ignore_timestamps}; optional. The spec gives a default for when it is not sent: see {@link #ignoreTimestampsOrDefault()}.
   */
  public @Nullable Boolean ignoreTimestamps() {
    return ignoreTimestamps;
  }

  /** {@link #ignoreTimestamps()}, or the spec's default when it was not sent: {@code true}. */
  public boolean ignoreTimestampsOrDefault() {
    return ignoreTimestamps != null ? ignoreTimestamps : true;
  }

  /** The content type of each text part: the live service reads titles and tags as UTF-8. */
  private static final okhttp3.MediaType TEXT_PART = okhttp3.MediaType.get("text/plain; charset=UTF-8");

  /**
   * This form as a multipart body: one part per field that is set, in the spec's order. A list
   * becomes one part per item under the field's name, with no {@code []} suffix; an enum goes
   * as its string value; {@code files} supplies each file part.
   */
  public okhttp3.MultipartBody toMultipart(FileParts files) {
    okhttp3.MultipartBody.Builder body = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM);
    if (audio != null) {
      body.addPart(files.file("audio", audio));
    }
    if (language != null) {
      body.addFormDataPart("language", null, okhttp3.RequestBody.create(language, TEXT_PART));
    }
    if (ignoreTimestamps != null) {
      body.addFormDataPart("ignore_timestamps", null, okhttp3.RequestBody.create(String.valueOf(ignoreTimestamps), TEXT_PART));
    }
    return body.build();
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("audio", audio);
    ConstraintViolation.minLength("language", language, 1);
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
    ConstraintViolation.minLength("language", language, 1);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TranscribeRequest)) {
      return false;
    }
    TranscribeRequest that = (TranscribeRequest) other;
    return Objects.equals(audio, that.audio)
        && Objects.equals(language, that.language)
        && Objects.equals(ignoreTimestamps, that.ignoreTimestamps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audio, language, ignoreTimestamps);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "TranscribeRequest{"
        + "audio=" + audio + ", "
        + "language=" + language + ", "
        + "ignore_timestamps=" + ignoreTimestamps
        + "}";
  }

  /** Builds a {@link TranscribeRequest}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private okhttp3.@Nullable RequestBody audio;
    private @Nullable String language;
    private @Nullable Boolean ignoreTimestamps;

    private Builder() {}

    /** Sets {@code audio}: The audio file to transcribe. */
    public Builder audio(okhttp3.RequestBody audio) {
      this.audio = audio;
      return this;
    }

    /** Sets {@code language}: A language hint; the language is detected regardless. */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /** Sets {@code ignore_timestamps}: Skip precise timestamps, which add latency for audio under 30 s. */
    public Builder ignoreTimestamps(@Nullable Boolean ignoreTimestamps) {
      this.ignoreTimestamps = ignoreTimestamps;
      return this;
    }

    /** Sets {@code ignore_timestamps} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder ignoreTimestamps(boolean ignoreTimestamps) {
      this.ignoreTimestamps = ignoreTimestamps;
      return this;
    }

    /** Returns the value. */
    public TranscribeRequest build() {
      return new TranscribeRequest(this);
    }
  }
}

