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
  private final String problem;

  /** Creates a violation of {@code field}; the message is the field name, then {@code problem}. */
  public ConstraintViolation(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** This violation as one of the value at {@code path} holds, such as {@code candidates[1]}. */
  ConstraintViolation within(String path) {
    ConstraintViolation nested = new ConstraintViolation(path + "." + field, problem);
    nested.setStackTrace(getStackTrace());
    return nested;
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

  /**
   * A path parameter is one segment of the path: {@code .} and {@code ..} would name another path
   * once a server or proxy normalises it, and a lone surrogate has no UTF-8 form (it would go out as
   * {@code ?}, naming something else).
   */
  static void pathSegment(String field, String value) {
    if (value == null) {
      return;
    }
    if (value.equals(".") || value.equals("..")) {
      throw new ConstraintViolation(field, "must not be \"" + value + "\", which names another path");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ConstraintViolation(field, "must be valid Unicode text; it holds a lone surrogate at index " + i);
      }
    }
  }

  /** A header value is visible ASCII, space and tab: anything else could split the header or be refused by OkHttp. */
  static void headerValue(String field, String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new ConstraintViolation(field, "holds a character an HTTP header cannot carry (a control character, "
            + "CR, LF or non-ASCII) at index " + i);
      }
    }
  }

  /** At least {@code min} of the fields are set: an update that sets nothing would change nothing. */
  static void minProperties(String model, int min, Object... fields) {
    int set = 0;
    for (Object field : fields) {
      if (field != null) {
        set++;
      }
    }
    if (set < min) {
      throw new ConstraintViolation(model, "must set at least " + min + " field(s), set " + set);
    }
  }

  private static final okio.ByteString RIFF = okio.ByteString.encodeUtf8("RIFF");
  private static final okio.ByteString WAVE = okio.ByteString.encodeUtf8("WAVE");

  /**
   * {@code x-media-type}: bytes the spec says are a file of that type start with its signature.
   * ClientSpec refuses a media type this method has no signature for.
   */
  static void mediaType(String field, okio.ByteString bytes, String mediaType) {
    if (bytes == null) {
      return;
    }
    switch (mediaType) {
      case "audio/wav":
        if (bytes.size() < 12 || !bytes.rangeEquals(0, RIFF, 0, 4) || !bytes.rangeEquals(8, WAVE, 0, 4)) {
          throw new ConstraintViolation(field, "is not a RIFF/WAVE file (" + mediaType + ")");
        }
        return;
      default:
        throw new IllegalStateException("no signature known for " + mediaType);
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
