package fishaudio.client.internal.errors;

import fishaudio.client.errors.RedactedCause;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redaction of the API key. Every string the client builds from a server's answer passes
 * through {@link #redact}, and every throwable it hands out as a cause through {@link #cause}.
 *
 * <p>A server can echo the key in other forms than the raw one, so each is matched: the key in any
 * letter case (a host name is lowered), and base64 of it (standard or URL-safe, padded or not) at
 * each of the three byte offsets it can sit at inside a longer base64 text, the whole encoding of
 * {@code Bearer <key>} included; in every one of these, any character may be JSON-escaped
 * ({@code \/}, {@code \u0041}) or percent-encoded (either case). A form cut off at the end of a
 * bounded text is masked too. All forms are one precompiled pattern, so a text is scanned once.
 */
public final class Redactor {
  public static final String MASK = "<redacted>";

  /** Shorter tails of a cut-off form are too likely to be ordinary text. */
  private static final int MIN_CUT_PREFIX = 6;

  private final Pattern forms;
  /** The forms as plain text, for a form cut off at the end of a text; the first is the key. */
  private final List<String> plainForms = new ArrayList<>();

  public Redactor(String key) {
    Set<String> base64 = new LinkedHashSet<>();
    Set<String> whole = new LinkedHashSet<>();
    for (String secret : new String[] {"Bearer " + key, key}) {
      String standard = Base64.getEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
      whole.add(standard);
      whole.add(urlSafe(standard));
    }
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    for (int offset = 0; offset < 3; offset++) {
      String core = base64Core(bytes, offset);
      // A key of a few bytes (a test's) has cores too short to tell from ordinary text.
      if (core.length() >= MIN_CUT_PREFIX) {
        base64.add(core);
        base64.add(urlSafe(core));
      }
    }
    // Every form starts with its first character, a backslash or a percent sign: one character class
    // skips the other positions before any alternative is tried, which keeps a long text fast.
    StringBuilder first = new StringBuilder("\\%").append(Character.toLowerCase(key.charAt(0)))
        .append(Character.toUpperCase(key.charAt(0)));
    StringBuilder regex = new StringBuilder();
    // Longest first: at one position the first alternative that matches wins.
    for (String form : whole) {
      regex.append(regex.length() == 0 ? "" : "|").append(anyEscape(form, false)).append(anyEscape("=", false)).append("{0,2}");
      first.append(form.charAt(0));
    }
    regex.append('|').append(anyEscape(key, true));
    for (String form : base64) {
      regex.append('|').append(anyEscape(form, false));
      first.append(form.charAt(0));
    }
    StringBuilder firstClass = new StringBuilder();
    for (char c : first.toString().toCharArray()) {
      firstClass.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
    }
    this.forms = Pattern.compile("(?=[" + firstClass + "])(?:" + regex + ")");
    plainForms.add(key);
    plainForms.addAll(base64);
  }

  /**
   * The base64 characters that encode only bytes of {@code bytes} when it sits {@code offset} bytes
   * into a 3-byte group of a longer text: what any base64 text holding the key at that alignment
   * contains, whatever comes before or after it.
   */
  private static String base64Core(byte[] bytes, int offset) {
    byte[] shifted = new byte[offset + bytes.length];
    System.arraycopy(bytes, 0, shifted, offset, bytes.length);
    String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
    int first = (8 * offset + 5) / 6; // The first character whose 6 bits all fall inside the key.
    int end = 8 * (offset + bytes.length) / 6; // Past the last such character.
    return encoded.substring(first, end);
  }

  private static String urlSafe(String base64) {
    return base64.replace('+', '-').replace('/', '_');
  }

  /** A pattern for {@code text} in which any character may be JSON-escaped or percent-encoded. */
  private static String anyEscape(String text, boolean anyCase) {
    StringBuilder regex = new StringBuilder();
    for (char c : text.toCharArray()) {
      String hex = String.format("%02x", (int) c);
      String hexAnyCase = "[" + hex.charAt(0) + "][" + hex.charAt(1) + Character.toUpperCase(hex.charAt(1)) + "]";
      regex.append("(?:");
      if (anyCase && Character.isLetter(c)) {
        regex.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
      } else if (Character.isLetterOrDigit(c)) {
        regex.append(c);
      } else {
        regex.append('\\').append(c);
      }
      regex.append("|\\\\u00").append(hexAnyCase).append("|%").append(hexAnyCase);
      if (c == '/' || c == '"' || c == '\\') {
        regex.append("|\\\\\\").append(c);
      }
      regex.append(')');
    }
    return regex.toString();
  }

  /** {@code text} with every form of the key replaced by {@value #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher matcher = forms.matcher(text);
    String result = matcher.find() ? matcher.replaceAll(MASK) : text;
    return maskCutTail(result);
  }

  /** Whether {@code text} shows the key in a form {@link #redact} masks. */
  public boolean shows(String text) {
    return text != null && !text.equals(redact(text));
  }

  /** A bounded text can end inside a form: its start at the very end of the text is masked too. */
  private String maskCutTail(String text) {
    for (int i = 0; i < plainForms.size(); i++) {
      String form = plainForms.get(i);
      boolean anyCase = i == 0;
      for (int length = Math.min(form.length() - 1, text.length()); length >= MIN_CUT_PREFIX; length--) {
        if (text.regionMatches(anyCase, text.length() - length, form, 0, length)) {
          return text.substring(0, text.length() - length) + MASK;
        }
      }
    }
    return text;
  }

  /**
   * What the client hands out as the cause of its exception: {@code cause} itself when no text of
   * it, its causes or its suppressed ones shows the key, which keeps its type for callers who test
   * it; otherwise a {@link RedactedCause} copy of each level down to the last that shows it (the
   * class name, the redacted message, the stack trace), over the original levels below.
   */
  public Throwable cause(Throwable cause) {
    return scrub(cause, new IdentityHashMap<>());
  }

  /** {@code failure} and all below it show nothing of the key. */
  public boolean isClean(Throwable failure) {
    return scrub(failure, new IdentityHashMap<>()) == failure;
  }

  private Throwable scrub(Throwable t, Map<Throwable, Throwable> seen) {
    if (t == null) {
      return null;
    }
    if (seen.containsKey(t)) {
      // A level already done, or, while in progress (mapped to null), a cycle: the copy ends there.
      return seen.get(t);
    }
    seen.put(t, null);
    Throwable cause = scrub(t.getCause(), seen);
    Throwable[] suppressed = t.getSuppressed();
    Throwable[] scrubbed = new Throwable[suppressed.length];
    boolean changed = cause != t.getCause() || showsInOwnText(t);
    for (int i = 0; i < suppressed.length; i++) {
      scrubbed[i] = scrub(suppressed[i], seen);
      changed |= scrubbed[i] != suppressed[i];
    }
    Throwable result = t;
    if (changed) {
      RedactedCause copy = new RedactedCause(t.getClass().getName(), redact(t.getMessage()), redact(t.toString()), cause);
      copy.setStackTrace(t.getStackTrace());
      for (Throwable s : scrubbed) {
        if (s != null) {
          copy.addSuppressed(s);
        }
      }
      result = copy;
    }
    seen.put(t, result);
    return result;
  }

  private boolean showsInOwnText(Throwable t) {
    if (shows(t.getMessage()) || shows(t.getLocalizedMessage()) || shows(t.toString())) {
      return true;
    }
    // The text that failed to parse, which the message abbreviates past 64 characters.
    return t instanceof DateTimeParseException && shows(((DateTimeParseException) t).getParsedString());
  }

  @Override
  public String toString() {
    return "Redactor{key=" + MASK + "}";
  }
}
