// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The end of a live session (server to client), after the last audio; the server then closes.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class LiveFinish implements Received {
  private final LiveFinishEvent event;
  private final LiveFinishReason reason;

  private LiveFinish(Builder builder) {
    this.event = builder.event;
    this.reason = builder.reason;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.event = event;
    builder.reason = reason;
    return builder;
  }

  /**
   * The {@code event} field. See {@link LiveFinishEvent}.
   *
   * <p>JSON name {@code event}; required.
   */
  public LiveFinishEvent event() {
    return event;
  }

  /**
   * The {@code reason} field. See {@link LiveFinishReason}.
   *
   * <p>JSON name {@code reason}; required.
   */
  public LiveFinishReason reason() {
    return reason;
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
      throw new ConstraintViolation("event", "must be one of " + LiveFinishEvent.values() + ", was " + event);
    }
    ConstraintViolation.required("reason", reason);
    if (reason != null && !reason.isKnown()) {
      throw new ConstraintViolation("reason", "must be one of " + LiveFinishReason.values() + ", was " + reason);
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
    if (!(other instanceof LiveFinish)) {
      return false;
    }
    LiveFinish that = (LiveFinish) other;
    return Objects.equals(event, that.event)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, reason);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "LiveFinish{"
        + "event=" + event + ", "
        + "reason=" + reason
        + "}";
  }

  /** Builds a {@link LiveFinish}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable LiveFinishEvent event = LiveFinishEvent.FINISH;
    private @Nullable LiveFinishReason reason;

    private Builder() {}

    /** Sets {@code event}: see {@link LiveFinish#event()}. */
    public Builder event(LiveFinishEvent event) {
      this.event = event;
      return this;
    }

    /** Sets {@code reason}: see {@link LiveFinish#reason()}. */
    public Builder reason(LiveFinishReason reason) {
      this.reason = reason;
      return this;
    }

    /** Returns the value. */
    public LiveFinish build() {
      return new LiveFinish(this);
    }
  }
}

