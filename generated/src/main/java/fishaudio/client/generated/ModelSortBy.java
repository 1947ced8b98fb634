// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The order of a model list.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ModelSortBy {

  /** The value {@code "score"}. */
  public static final ModelSortBy SCORE = new ModelSortBy("score");

  /** The value {@code "task_count"}. */
  public static final ModelSortBy TASK_COUNT = new ModelSortBy("task_count");

  /** The value {@code "created_at"}. */
  public static final ModelSortBy CREATED_AT = new ModelSortBy("created_at");


  private static final List<ModelSortBy> KNOWN =
      Collections.unmodifiableList(Arrays.asList(SCORE, TASK_COUNT, CREATED_AT));

  private final String value;

  private ModelSortBy(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static ModelSortBy of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (ModelSortBy known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new ModelSortBy(value);
  }

  /** The values the spec lists, in its order. */
  public static List<ModelSortBy> values() {
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
    return other instanceof ModelSortBy && value.equals(((ModelSortBy) other).value);
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

