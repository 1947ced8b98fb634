// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Model visibility. public will display on the discovery page, unlist allows anyone with the link to access, private is visible only to the creator.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class Visibility {

  /** The value {@code "public"}. */
  public static final Visibility PUBLIC = new Visibility("public");

  /** The value {@code "unlist"}. */
  public static final Visibility UNLIST = new Visibility("unlist");

  /** The value {@code "private"}. */
  public static final Visibility PRIVATE = new Visibility("private");


  private static final List<Visibility> KNOWN =
      Collections.unmodifiableList(Arrays.asList(PUBLIC, UNLIST, PRIVATE));

  private final String value;

  private Visibility(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static Visibility of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (Visibility known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new Visibility(value);
  }

  /** The values the spec lists, in its order. */
  public static List<Visibility> values() {
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
    return other instanceof Visibility && value.equals(((Visibility) other).value);
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

