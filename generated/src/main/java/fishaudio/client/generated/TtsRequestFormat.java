// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The audio format.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsRequestFormat {

  /** The value {@code "wav"}. */
  public static final TtsRequestFormat WAV = new TtsRequestFormat("wav");

  /** The value {@code "pcm"}. */
  public static final TtsRequestFormat PCM = new TtsRequestFormat("pcm");

  /** The value {@code "mp3"}. */
  public static final TtsRequestFormat MP3 = new TtsRequestFormat("mp3");

  /** The value {@code "opus"}. */
  public static final TtsRequestFormat OPUS = new TtsRequestFormat("opus");


  private static final List<TtsRequestFormat> KNOWN =
      Collections.unmodifiableList(Arrays.asList(WAV, PCM, MP3, OPUS));

  private final String value;

  private TtsRequestFormat(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static TtsRequestFormat of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (TtsRequestFormat known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new TtsRequestFormat(value);
  }

  /** The values the spec lists, in its order. */
  public static List<TtsRequestFormat> values() {
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
    return other instanceof TtsRequestFormat && value.equals(((TtsRequestFormat) other).value);
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

