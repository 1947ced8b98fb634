// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a text-to-speech stream with timestamps.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsTimestampEvent implements Received {
  private final okio.ByteString audio;
  private final String content;
  private final @Nullable TtsTimestampAlignment alignment;
  private final Integer chunkSeq;
  private final Double chunkAudioOffsetSec;

  private TtsTimestampEvent(Builder builder) {
    this.audio = builder.audio;
    this.content = builder.content;
    this.alignment = builder.alignment;
    this.chunkSeq = builder.chunkSeq;
    this.chunkAudioOffsetSec = builder.chunkAudioOffsetSec;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.audio = audio;
    builder.content = content;
    builder.alignment = alignment;
    builder.chunkSeq = chunkSeq;
    builder.chunkAudioOffsetSec = chunkAudioOffsetSec;
    return builder;
  }

  /**
   * The next chunk of audio; concatenate every chunk in arrival order.
   *
   * <p>JSON name {@code audio_base64}; required. Sent as base64 text; this returns the bytes it decodes to, decoded once while parsing.
   */
  public okio.ByteString audio() {
    return audio;
  }

  /**
   * The text the alignment describes.
   *
   * <p>JSON name {@code content}; required.
   */
  public String content() {
    return content;
  }

  /**
   * The latest timing of `chunk_seq`'s text; it replaces the one before it. Null until there is one.
   *
   * <p>JSON name {@code alignment}; optional, may be null.
   */
  public @Nullable TtsTimestampAlignment alignment() {
    return alignment;
  }

  /**
   * The text chunk the alignment belongs to.
   *
   * <p>JSON name {@code chunk_seq}; required.
   */
  public Integer chunkSeq() {
    return chunkSeq;
  }

  /**
   * Where the text chunk starts in the whole audio, in seconds; add it to segment times.
   *
   * <p>JSON name {@code chunk_audio_offset_sec}; required.
   */
  public Double chunkAudioOffsetSec() {
    return chunkAudioOffsetSec;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("audio_base64", audio);
    ConstraintViolation.required("content", content);
    if (alignment != null) {
      try {
        alignment.validate();
      } catch (ConstraintViolation violation) {
        throw violation.within("alignment");
      }
    }
    ConstraintViolation.required("chunk_seq", chunkSeq);
    ConstraintViolation.minimum("chunk_seq", chunkSeq, "0", false);
    ConstraintViolation.required("chunk_audio_offset_sec", chunkAudioOffsetSec);
    ConstraintViolation.minimum("chunk_audio_offset_sec", chunkAudioOffsetSec, "0", false);
    ConstraintViolation.finite("chunk_audio_offset_sec", chunkAudioOffsetSec);
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
    if (alignment != null) {
      try {
        alignment.validateReceived();
      } catch (ConstraintViolation violation) {
        throw violation.within("alignment");
      }
    }
    ConstraintViolation.minimum("chunk_seq", chunkSeq, "0", false);
    ConstraintViolation.minimum("chunk_audio_offset_sec", chunkAudioOffsetSec, "0", false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TtsTimestampEvent)) {
      return false;
    }
    TtsTimestampEvent that = (TtsTimestampEvent) other;
    return Objects.equals(audio, that.audio)
        && Objects.equals(content, that.content)
        && Objects.equals(alignment, that.alignment)
        && Objects.equals(chunkSeq, that.chunkSeq)
        && Objects.equals(chunkAudioOffsetSec, that.chunkAudioOffsetSec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audio, content, alignment, chunkSeq, chunkAudioOffsetSec);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "TtsTimestampEvent{"
        + "audio_base64=" + (audio == null ? "null" : "<" + audio.size() + " bytes>") + ", "
        + "content=" + content + ", "
        + "alignment=" + alignment + ", "
        + "chunk_seq=" + chunkSeq + ", "
        + "chunk_audio_offset_sec=" + chunkAudioOffsetSec
        + "}";
  }

  /** Builds a {@link TtsTimestampEvent}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private okio.@Nullable ByteString audio;
    private @Nullable String content;
    private @Nullable TtsTimestampAlignment alignment;
    private @Nullable Integer chunkSeq;
    private @Nullable Double chunkAudioOffsetSec;

    private Builder() {}

    /** Sets {@code audio_base64}: The next chunk of audio; concatenate every chunk in arrival order. */
    public Builder audio(okio.ByteString audio) {
      this.audio = audio;
      return this;
    }

    /** Sets {@code content}: The text the alignment describes. */
    public Builder content(String content) {
      this.content = content;
      return this;
    }

    /** Sets {@code alignment}: The latest timing of `chunk_seq`'s text; it replaces the one before it. Null until there is one. */
    public Builder alignment(@Nullable TtsTimestampAlignment alignment) {
      this.alignment = alignment;
      return this;
    }

    /** Sets {@code chunk_seq}: The text chunk the alignment belongs to. */
    public Builder chunkSeq(Integer chunkSeq) {
      this.chunkSeq = chunkSeq;
      return this;
    }

    /** Sets {@code chunk_seq} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder chunkSeq(int chunkSeq) {
      this.chunkSeq = chunkSeq;
      return this;
    }

    /** Sets {@code chunk_audio_offset_sec}: Where the text chunk starts in the whole audio, in seconds; add it to segment times. */
    public Builder chunkAudioOffsetSec(Double chunkAudioOffsetSec) {
      this.chunkAudioOffsetSec = chunkAudioOffsetSec;
      return this;
    }

    /** Sets {@code chunk_audio_offset_sec} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder chunkAudioOffsetSec(double chunkAudioOffsetSec) {
      this.chunkAudioOffsetSec = chunkAudioOffsetSec;
      return this;
    }

    /** Returns the value. */
    public TtsTimestampEvent build() {
      return new TtsTimestampEvent(this);
    }
  }
}

