package fishaudio.client.internal.errors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redaction of the API key from text a server sent: every error message, body, header
 * value and decode error the client builds passes through {@link #redact}. A server can echo the
 * key in other encodings than the raw one, so each is covered: JSON escapes ({@code \/},
 * {@code \u0041}), percent-encoding (either case), base64 (standard or URL-safe, padded or not, of
 * the key or of {@code Bearer <key>}), and a key cut off at the end of a bounded body.
 */
public final class Redactor {
  public static final String MASK = "<redacted>";

  /** Shorter tails of a cut-off key are too likely to be ordinary text. */
  private static final int MIN_CUT_PREFIX = 6;

  private final String key;
  private final Pattern anyEscape;
  private final List<String> encoded = new ArrayList<>();

  public Redactor(String key) {
    this.key = key;
    StringBuilder regex = new StringBuilder();
    for (char c : key.toCharArray()) {
      String hex = String.format("%02x", (int) c);
      regex.append("(?:").append(Pattern.quote(String.valueOf(c)))
          .append("|\\\\u00").append(hex)
          .append("|%").append(hex);
      if (c == '/') {
        regex.append("|\\\\/");
      }
      regex.append(')');
    }
    this.anyEscape = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    for (String secret : new String[] {key, "Bearer " + key}) {
      byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
      String standard = Base64.getEncoder().encodeToString(bytes);
      String urlSafe = Base64.getUrlEncoder().encodeToString(bytes);
      encoded.add(standard);
      encoded.add(urlSafe);
      encoded.add(standard.replace("=", ""));
      encoded.add(urlSafe.replace("=", ""));
    }
  }

  /** {@code text} with every form of the key replaced by {@value #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = anyEscape.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    for (String form : encoded) {
      result = result.replace(form, MASK);
    }
    return maskCutTail(result);
  }

  /**
   * {@code failure} as it is when no message in it or its causes shows the key; otherwise an
   * {@link java.io.IOException} in its place whose message is its redacted text, with its stack trace,
   * so that a cause built from what a server sent (an HTTP reason phrase, say) cannot carry the key.
   */
  public Throwable redactFailure(Throwable failure) {
    boolean clean = true;
    for (Throwable t = failure; t != null && clean; t = t.getCause() == t ? null : t.getCause()) {
      String text = String.valueOf(t);
      clean = text.equals(redact(text));
    }
    if (clean) {
      return failure;
    }
    java.io.IOException copy = new java.io.IOException(redact(String.valueOf(failure)));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  /** A bounded body can end inside the key: its start at the very end of the text is masked too. */
  private String maskCutTail(String text) {
    for (int length = Math.min(key.length() - 1, text.length()); length >= MIN_CUT_PREFIX; length--) {
      if (text.regionMatches(text.length() - length, key, 0, length)) {
        return text.substring(0, text.length() - length) + MASK;
      }
    }
    return text;
  }

  @Override
  public String toString() {
    return "Redactor{key=" + MASK + "}";
  }
}
