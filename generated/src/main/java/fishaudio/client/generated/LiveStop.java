// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The end of the text (client to server); the server speaks what is left, sends `finish` and closes.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class LiveStop implements Received {
  private final LiveStopEvent event;

  private LiveStop(Builder builder) {
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
   * The {@code event} field. See {@link LiveStopEvent}.
   *
   * <p>JSON name {@code event}; required.
   */
  public LiveStopEvent event() {
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
      throw new ConstraintViolation("event", "must be one of " + LiveStopEvent.values() + ", was " + event);
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
    if (!(other instanceof LiveStop)) {
      return false;
    }
    LiveStop that = (LiveStop) other;
    return Objects.equals(event, that.event);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "LiveStop{"
        + "event=" + event
        + "}";
  }

  /** Builds a {@link LiveStop}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable LiveStopEvent event = LiveStopEvent.STOP;

    private Builder() {}

    /** Sets {@code event}: see {@link LiveStop#event()}. */
    public Builder event(LiveStopEvent event) {
      this.event = event;
      return this;
    }

    /** Returns the value. */
    public LiveStop build() {
      return new LiveStop(this);
    }
  }
}

