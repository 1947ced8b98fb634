// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The message type.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class LiveFinishEvent {

  /** The value {@code "finish"}. */
  public static final LiveFinishEvent FINISH = new LiveFinishEvent("finish");


  private static final List<LiveFinishEvent> KNOWN =
      Collections.unmodifiableList(Arrays.asList(FINISH));

  private final String value;

  private LiveFinishEvent(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static LiveFinishEvent of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (LiveFinishEvent known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new LiveFinishEvent(value);
  }

  /** The values the spec lists, in its order. */
  public static List<LiveFinishEvent> values() {
    return KNOWN;
  }

  /** The value as the server sent it. */
  public String value() {
    return value;
  }

  /** Whether the spec lists this value. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LiveFinishEvent && value.equals(((LiveFinishEvent) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}

