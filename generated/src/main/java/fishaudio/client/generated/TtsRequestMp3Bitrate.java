// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The mp3 bitrate in kbps.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsRequestMp3Bitrate {

  /** The value {@code 64}. */
  public static final TtsRequestMp3Bitrate NUMBER_64 = new TtsRequestMp3Bitrate(64);

  /** The value {@code 128}. */
  public static final TtsRequestMp3Bitrate NUMBER_128 = new TtsRequestMp3Bitrate(128);

  /** The value {@code 192}. */
  public static final TtsRequestMp3Bitrate NUMBER_192 = new TtsRequestMp3Bitrate(192);


  private static final List<TtsRequestMp3Bitrate> KNOWN =
      Collections.unmodifiableList(Arrays.asList(NUMBER_64, NUMBER_128, NUMBER_192));

  private final Integer value;

  private TtsRequestMp3Bitrate(Integer value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static TtsRequestMp3Bitrate of(int value) {
    for (TtsRequestMp3Bitrate known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new TtsRequestMp3Bitrate(value);
  }

  /** The values the spec lists, in its order. */
  public static List<TtsRequestMp3Bitrate> values() {
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
    return other instanceof TtsRequestMp3Bitrate && value.equals(((TtsRequestMp3Bitrate) other).value);
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

