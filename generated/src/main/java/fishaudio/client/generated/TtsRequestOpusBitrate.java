// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The opus bitrate in bps; -1000 for automatic.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsRequestOpusBitrate {

  /** The value {@code -1000}. */
  public static final TtsRequestOpusBitrate NUMBER_MINUS_1000 = new TtsRequestOpusBitrate(-1000);

  /** The value {@code 24000}. */
  public static final TtsRequestOpusBitrate NUMBER_24000 = new TtsRequestOpusBitrate(24000);

  /** The value {@code 32000}. */
  public static final TtsRequestOpusBitrate NUMBER_32000 = new TtsRequestOpusBitrate(32000);

  /** The value {@code 48000}. */
  public static final TtsRequestOpusBitrate NUMBER_48000 = new TtsRequestOpusBitrate(48000);

  /** The value {@code 64000}. */
  public static final TtsRequestOpusBitrate NUMBER_64000 = new TtsRequestOpusBitrate(64000);


  private static final List<TtsRequestOpusBitrate> KNOWN =
      Collections.unmodifiableList(Arrays.asList(NUMBER_MINUS_1000, NUMBER_24000, NUMBER_32000, NUMBER_48000, NUMBER_64000));

  private final Integer value;

  private TtsRequestOpusBitrate(Integer value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static TtsRequestOpusBitrate of(int value) {
    for (TtsRequestOpusBitrate known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new TtsRequestOpusBitrate(value);
  }

  /** The values the spec lists, in its order. */
  public static List<TtsRequestOpusBitrate> values() {
    return KNOWN;
  }

  /** The value as the server sent it. */
  public int value() {
    return value;
  }

  /** Whether the spec lists this value. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TtsRequestOpusBitrate && value.equals(((TtsRequestOpusBitrate) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}

