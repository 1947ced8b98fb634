// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Current state of the model.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ModelState {

  /** The value {@code "created"}. */
  public static final ModelState CREATED = new ModelState("created");

  /** The value {@code "training"}. */
  public static final ModelState TRAINING = new ModelState("training");

  /** The value {@code "trained"}. */
  public static final ModelState TRAINED = new ModelState("trained");

  /** The value {@code "failed"}. */
  public static final ModelState FAILED = new ModelState("failed");


  private static final List<ModelState> KNOWN =
      Collections.unmodifiableList(Arrays.asList(CREATED, TRAINING, TRAINED, FAILED));

  private final String value;

  private ModelState(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static ModelState of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (ModelState known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new ModelState(value);
  }

  /** The values the spec lists, in its order. */
  public static List<ModelState> values() {
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
    return other instanceof ModelState && value.equals(((ModelState) other).value);
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

