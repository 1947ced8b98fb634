// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The first message of a live session (client to server): how to speak, as for `/v1/tts`. Its request's text is usually empty; the words follow in `LiveText` messages. 
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class LiveStart implements Received {
  private final LiveStartEvent event;
  private final TtsRequest request;

  private LiveStart(Builder builder) {
    this.event = builder.event;
    this.request = builder.request;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.event = event;
    builder.request = request;
    return builder;
  }

  /**
   * The {@code event} field. See {@link LiveStartEvent}.
   *
   * <p>JSON name {@code event}; required.
   */
  public LiveStartEvent event() {
    return event;
  }

  /**
   * The {@code request} field.
   *
   * <p>JSON name {@code request}; required.
   */
  public TtsRequest request() {
    return request;
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
      throw new ConstraintViolation("event", "must be one of " + LiveStartEvent.values() + ", was " + event);
    }
    ConstraintViolation.required("request", request);
    if (request != null) {
      try {
        request.validate();
      } catch (ConstraintViolation violation) {
        throw violation.within("request");
      }
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
    if (request != null) {
      try {
        request.validateReceived();
      } catch (ConstraintViolation violation) {
        throw violation.within("request");
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof LiveStart)) {
      return false;
    }
    LiveStart that = (LiveStart) other;
    return Objects.equals(event, that.event)
        && Objects.equals(request, that.request);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, request);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "LiveStart{"
        + "event=" + event + ", "
        + "request=" + request
        + "}";
  }

  /** Builds a {@link LiveStart}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable LiveStartEvent event = LiveStartEvent.START;
    private @Nullable TtsRequest request;

    private Builder() {}

    /** Sets {@code event}: see {@link LiveStart#event()}. */
    public Builder event(LiveStartEvent event) {
      this.event = event;
      return this;
    }

    /** Sets {@code request}: see {@link LiveStart#request()}. */
    public Builder request(TtsRequest request) {
      this.request = request;
      return this;
    }

    /** Returns the value. */
    public LiveStart build() {
      return new LiveStart(this);
    }
  }
}

