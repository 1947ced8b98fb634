// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The next piece of audio (server to client), in the request's format; concatenate them in arrival order.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class LiveAudio implements Received {
  private final LiveAudioEvent event;
  private final okio.ByteString audio;

  private LiveAudio(Builder builder) {
    this.event = builder.event;
    this.audio = builder.audio;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.event = event;
    builder.audio = audio;
    return builder;
  }

  /**
   * The {@code event} field. See {@link LiveAudioEvent}.
   *
   * <p>JSON name {@code event}; required.
   */
  public LiveAudioEvent event() {
    return event;
  }

  /**
   * The audio bytes, MessagePack binary.
   *
   * <p>JSON name {@code audio}; required. Travels as MessagePack binary (as base64 text only in JSON); this returns the bytes.
   */
  public okio.ByteString audio() {
    return audio;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("event", event);
    if (event != null && !event.isKnown()) {
      throw new ConstraintViolation("event", "must be one of " + LiveAudioEvent.values() + ", was " + event);
    }
    ConstraintViolation.required("audio", audio);
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
    if (!(other instanceof LiveAudio)) {
      return false;
    }
    LiveAudio that = (LiveAudio) other;
    return Objects.equals(event, that.event)
        && Objects.equals(audio, that.audio);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, audio);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "LiveAudio{"
        + "event=" + event + ", "
        + "audio=" + (audio == null ? "null" : "<" + audio.size() + " bytes>")
        + "}";
  }

  /** Builds a {@link LiveAudio}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable LiveAudioEvent event = LiveAudioEvent.AUDIO;
    private okio.@Nullable ByteString audio;

    private Builder() {}

    /** Sets {@code event}: see {@link LiveAudio#event()}. */
    public Builder event(LiveAudioEvent event) {
      this.event = event;
      return this;
    }

    /** Sets {@code audio}: The audio bytes, MessagePack binary. */
    public Builder audio(okio.ByteString audio) {
      this.audio = audio;
      return this;
    }

    /** Returns the value. */
    public LiveAudio build() {
      return new LiveAudio(this);
    }
  }
}

