// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * 
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class DesignVoiceModel {

  /** The value {@code "voice-design-1"}. */
  public static final DesignVoiceModel VOICE_DESIGN_1 = new DesignVoiceModel("voice-design-1");


  private static final List<DesignVoiceModel> KNOWN =
      Collections.unmodifiableList(Arrays.asList(VOICE_DESIGN_1));

  private final String value;

  private DesignVoiceModel(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static DesignVoiceModel of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (DesignVoiceModel known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new DesignVoiceModel(value);
  }

  /** The values the spec lists, in its order. */
  public static List<DesignVoiceModel> values() {
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
    return other instanceof DesignVoiceModel && value.equals(((DesignVoiceModel) other).value);
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

