// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The latency and quality trade-off: normal is the best quality, low the lowest latency.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsRequestLatency {

  /** The value {@code "low"}. */
  public static final TtsRequestLatency LOW = new TtsRequestLatency("low");

  /** The value {@code "normal"}. */
  public static final TtsRequestLatency NORMAL = new TtsRequestLatency("normal");

  /** The value {@code "balanced"}. */
  public static final TtsRequestLatency BALANCED = new TtsRequestLatency("balanced");


  private static final List<TtsRequestLatency> KNOWN =
      Collections.unmodifiableList(Arrays.asList(LOW, NORMAL, BALANCED));

  private final String value;

  private TtsRequestLatency(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static TtsRequestLatency of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (TtsRequestLatency known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new TtsRequestLatency(value);
  }

  /** The values the spec lists, in its order. */
  public static List<TtsRequestLatency> values() {
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
    return other instanceof TtsRequestLatency && value.equals(((TtsRequestLatency) other).value);
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

