// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * More text to speak (client to server); the server buffers it until it has a chunk's worth, or a flush.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class LiveText implements Received {
  private final LiveTextEvent event;
  private final String text;

  private LiveText(Builder builder) {
    this.event = builder.event;
    this.text = builder.text;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.event = event;
    builder.text = text;
    return builder;
  }

  /**
   * The {@code event} field. See {@link LiveTextEvent}.
   *
   * <p>JSON name {@code event}; required.
   */
  public LiveTextEvent event() {
    return event;
  }

  /**
   * The next piece of text, as written (a word, a token, a sentence).
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
    ConstraintViolation.required("event", event);
    if (event != null && !event.isKnown()) {
      throw new ConstraintViolation("event", "must be one of " + LiveTextEvent.values() + ", was " + event);
    }
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
    if (!(other instanceof LiveText)) {
      return false;
    }
    LiveText that = (LiveText) other;
    return Objects.equals(event, that.event)
        && Objects.equals(text, that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, text);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "LiveText{"
        + "event=" + event + ", "
        + "text=" + text
        + "}";
  }

  /** Builds a {@link LiveText}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable LiveTextEvent event = LiveTextEvent.TEXT;
    private @Nullable String text;

    private Builder() {}

    /** Sets {@code event}: see {@link LiveText#event()}. */
    public Builder event(LiveTextEvent event) {
      this.event = event;
      return this;
    }

    /** Sets {@code text}: The next piece of text, as written (a word, a token, a sentence). */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Returns the value. */
    public LiveText build() {
      return new LiveText(this);
    }
  }
}

