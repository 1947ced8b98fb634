// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Speak what is buffered now (client to server), without waiting for a chunk's worth of text.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class LiveFlush implements Received {
  private final LiveFlushEvent event;

  private LiveFlush(Builder builder) {
    this.event = builder.event;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.event = event;
    return builder;
  }

  /**
   * The {@code event} field. See {@link LiveFlushEvent}.
   *
   * <p>JSON name {@code event}; required.
   */
  public LiveFlushEvent event() {
    return event;
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
      throw new ConstraintViolation("event", "must be one of " + LiveFlushEvent.values() + ", was " + event);
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
    if (!(other instanceof LiveFlush)) {
      return false;
    }
    LiveFlush that = (LiveFlush) other;
    return Objects.equals(event, that.event);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "LiveFlush{"
        + "event=" + event
        + "}";
  }

  /** Builds a {@link LiveFlush}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable LiveFlushEvent event = LiveFlushEvent.FLUSH;

    private Builder() {}

    /** Sets {@code event}: see {@link LiveFlush#event()}. */
    public Builder event(LiveFlushEvent event) {
      this.event = event;
      return this;
    }

    /** Returns the value. */
    public LiveFlush build() {
      return new LiveFlush(this);
    }
  }
}

