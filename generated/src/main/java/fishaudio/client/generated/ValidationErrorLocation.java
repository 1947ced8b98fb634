// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which part of the request holds the field.
 *
 * <p>An open enumeration: a value the server adds after this client was generated is kept,
 * not rejected. {@link #isKnown()} says whether the spec lists a value and {@link #value()}
 * gives it as sent.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ValidationErrorLocation {

  /** The value {@code "path"}. */
  public static final ValidationErrorLocation PATH = new ValidationErrorLocation("path");

  /** The value {@code "query"}. */
  public static final ValidationErrorLocation QUERY = new ValidationErrorLocation("query");

  /** The value {@code "header"}. */
  public static final ValidationErrorLocation HEADER = new ValidationErrorLocation("header");

  /** The value {@code "cookie"}. */
  public static final ValidationErrorLocation COOKIE = new ValidationErrorLocation("cookie");

  /** The value {@code "body"}. */
  public static final ValidationErrorLocation BODY = new ValidationErrorLocation("body");


  private static final List<ValidationErrorLocation> KNOWN =
      Collections.unmodifiableList(Arrays.asList(PATH, QUERY, HEADER, COOKIE, BODY));

  private final String value;

  private ValidationErrorLocation(String value) {
    this.value = value;
  }

  /** Returns the constant for {@code value}, or an instance that keeps a value the spec does not list. */
  public static ValidationErrorLocation of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    for (ValidationErrorLocation known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new ValidationErrorLocation(value);
  }

  /** The values the spec lists, in its order. */
  public static List<ValidationErrorLocation> values() {
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
    return other instanceof ValidationErrorLocation && value.equals(((ValidationErrorLocation) other).value);
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

