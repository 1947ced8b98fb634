package fishaudio.client.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the API key in what a throwable shows, by an oracle of its own rather than the client's
 * redaction: every text a throwable and its causes and suppressed ones give (message, localized
 * message, {@code toString()}, the printed stack trace, a parse error's input), searched for the
 * key raw, in any case, JSON-unescaped, percent-decoded, and in base64 decoded at every alignment.
 */
final class KeyLeaks {
  static final String KEY = "sk-live-RECOGNISABLE-0123456789";
  /** The distinctive part of the key: any form that decodes to it is a leak. */
  private static final String MARK = "RECOGNISABLE";
  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/_-]{12,}");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
  private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");

  private KeyLeaks() {}

  /** Every text the throwable and its chain show, the stack trace as {@code printStackTrace} prints it included. */
  static String everyText(Throwable failure) {
    StringBuilder text = new StringBuilder();
    walk(failure, text, Collections.newSetFromMap(new IdentityHashMap<>()));
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return text.append("stack trace: ").append(trace).toString();
  }

  private static void walk(Throwable t, StringBuilder text, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    text.append(t.getClass().getName()).append(" message: ").append(t.getMessage()).append('\n')
        .append("localized: ").append(t.getLocalizedMessage()).append('\n')
        .append("toString: ").append(t).append('\n');
    if (t instanceof DateTimeParseException) {
      text.append("parsed string: ").append(((DateTimeParseException) t).getParsedString()).append('\n');
    }
    for (Throwable suppressed : t.getSuppressed()) {
      walk(suppressed, text, seen);
    }
    walk(t.getCause(), text, seen);
  }

  /** Where the key shows in {@code text}, with a little context, or null when it does not. */
  static String find(String text) {
    if (text == null) {
      return null;
    }
    for (String form : new String[] {text, percentDecode(jsonUnescape(text))}) {
      int at = form.toUpperCase(Locale.ROOT).indexOf(MARK);
      if (at >= 0) {
        return "raw: ..." + form.substring(Math.max(0, at - 40), Math.min(form.length(), at + 30)) + "...";
      }
      Matcher run = BASE64_RUN.matcher(form);
      while (run.find()) {
        String chars = run.group().replace('-', '+').replace('_', '/');
        for (int offset = 0; offset < 4 && offset < chars.length(); offset++) {
          String aligned = chars.substring(offset);
          aligned = aligned.substring(0, aligned.length() / 4 * 4);
          String decoded = new String(Base64.getDecoder().decode(aligned), StandardCharsets.ISO_8859_1);
          if (decoded.contains(MARK)) {
            return "base64: " + run.group();
          }
        }
      }
    }
    return null;
  }

  /** Fails with where the key shows, in any text of the throwable. */
  static void assertNoKey(Throwable failure) {
    assertNoKey("the throwable", everyText(failure));
  }

  static void assertNoKey(String where, String text) {
    String found = find(text);
    if (found != null) {
      throw new AssertionError("the key shows in " + where + ": " + found.replace(KEY, "<THE KEY>"));
    }
  }

  private static String jsonUnescape(String text) {
    Matcher m = UNICODE_ESCAPE.matcher(text.replace("\\/", "/"));
    StringBuffer out = new StringBuffer();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    return m.appendTail(out).toString();
  }

  private static String percentDecode(String text) {
    Matcher m = PERCENT.matcher(text);
    StringBuffer out = new StringBuffer();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    return m.appendTail(out).toString();
  }
}
