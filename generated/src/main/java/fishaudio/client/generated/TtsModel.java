// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text-to-speech model.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsModel {

  /** The value {@code "s1"}. */
  public static final TtsModel S1 = new TtsModel("s1");

  /** The value {@code "s2-pro"}. */
  public static final TtsModel S2_PRO = new TtsModel("s2-pro");

  /** The value {@code "s2.1-pro"}. */
  public static final TtsModel S2_1_PRO = new TtsModel("s2.1-pro");

  /** The value {@code "s2.1-pro-free"}. */
  public static final TtsModel S2_1_PRO_FREE = new TtsModel("s2.1-pro-free");


  private static final List<TtsModel> KNOWN =
      Collections.unmodifiableList(Arrays.asList(S1, S2_PRO, S2_1_PRO, S2_1_PRO_FREE));

  private final String value;

  private TtsModel(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static TtsModel of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (TtsModel known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new TtsModel(value);
  }

  /** The values the spec lists, in its order. */
  public static List<TtsModel> values() {
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
    return other instanceof TtsModel && value.equals(((TtsModel) other).value);
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

