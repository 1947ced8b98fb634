// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A value breaks a constraint the spec states. The generated {@code validate()} methods throw
 * it, so a request is checked before any byte is sent. The message names the field by its JSON
 * name, the bound, and what the value was.
 */
public final class ConstraintViolation extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates a violation of {@code field}; the message is the field name, then {@code problem}. */
  public ConstraintViolation(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  /** The JSON name of the field that breaks the constraint. */
  public String field() {
    return field;
  }

  /** Required means present, as in JSON Schema; emptiness is what minLength and minItems bound. */
  static void required(String field, Object value) {
    if (value == null) {
      throw new ConstraintViolation(field, "is required");
    }
  }

  static void minLength(String field, String value, int min) {
    if (value != null && length(value) < min) {
      throw new ConstraintViolation(field, "must be at least " + min + " characters, was " + length(value));
    }
  }

  static void maxLength(String field, String value, int max) {
    if (value != null && length(value) > max) {
      throw new ConstraintViolation(field, "must be at most " + max + " characters, was " + length(value));
    }
  }

  // JSON Schema patterns are not anchored: the value matches when the pattern occurs anywhere in it.
  static void pattern(String field, String value, String regex) {
    if (value != null && !java.util.regex.Pattern.compile(regex).matcher(value).find()) {
      throw new ConstraintViolation(field, "must match the pattern " + regex + ", was " + value);
    }
  }

  static void minimum(String field, Number value, String bound, boolean exclusive) {
    if (value != null && isFinite(value)) {
      int comparison = decimal(value).compareTo(new BigDecimal(bound));
      if (exclusive ? comparison <= 0 : comparison < 0) {
        throw new ConstraintViolation(field, "must be " + (exclusive ? "greater than " : "at least ") + bound + ", was " + value);
      }
    }
  }

  static void maximum(String field, Number value, String bound, boolean exclusive) {
    if (value != null && isFinite(value)) {
      int comparison = decimal(value).compareTo(new BigDecimal(bound));
      if (exclusive ? comparison >= 0 : comparison > 0) {
        throw new ConstraintViolation(field, "must be " + (exclusive ? "less than " : "at most ") + bound + ", was " + value);
      }
    }
  }

  static void finite(String field, Number value) {
    if (value != null && !isFinite(value)) {
      throw new ConstraintViolation(field, "must be a finite number, was " + value);
    }
  }

  // Retrofit skips a null item of a repeated part, which would pair the next text with the wrong voice.
  static void noNullItems(String field, java.util.List<?> value) {
    if (value != null && value.contains(null)) {
      throw new ConstraintViolation(field, "must not contain null items, found one at index " + value.indexOf(null));
    }
  }

  static void minItems(String field, Collection<?> value, int min) {
    if (value != null && value.size() < min) {
      throw new ConstraintViolation(field, "must have at least " + min + " item(s), was " + value.size());
    }
  }

  static void maxItems(String field, Collection<?> value, int max) {
    if (value != null && value.size() > max) {
      throw new ConstraintViolation(field, "must have at most " + max + " item(s), was " + value.size());
    }
  }

  // JSON Schema counts characters as code points; String.length() counts UTF-16 units.
  private static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  private static boolean isFinite(Number value) {
    double asDouble = value.doubleValue();
    return !Double.isNaN(asDouble) && !Double.isInfinite(asDouble);
  }

  // Compare as decimals so 3.01 > 3 and large integers stay exact.
  private static BigDecimal decimal(Number value) {
    return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
  }
}
