package fishaudio.client.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a captured {@code multipart/form-data} body into its parts, byte-exact (RFC 7578). */
final class MultipartParts {
  private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");

  static final class Part {
    final Map<String, String> headers;
    final byte[] content;

    Part(Map<String, String> headers, byte[] content) {
      this.headers = headers;
      this.content = content;
    }

    String disposition() {
      return headers.getOrDefault("content-disposition", "");
    }

    String name() {
      Matcher m = NAME.matcher(disposition().replaceFirst("^form-data", ""));
      return m.find() ? m.group(1) : null;
    }

    String filename() {
      Matcher m = FILENAME.matcher(disposition());
      return m.find() ? m.group(1) : null;
    }

    String contentType() {
      return headers.get("content-type");
    }

    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "Part{" + disposition() + ", " + contentType() + ", " + content.length + " bytes}";
    }
  }

  static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] crlfDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos != 0) {
      throw new AssertionError("body does not start with the boundary --" + boundary);
    }
    pos += delimiter.length;
    while (true) {
      if (startsWith(body, pos, "--")) {
        return parts; // close delimiter
      }
      if (!startsWith(body, pos, "\r\n")) {
        throw new AssertionError("no CRLF after a boundary at byte " + pos);
      }
      pos += 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
      if (headersEnd < 0) {
        throw new AssertionError("part headers never end, from byte " + pos);
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line : new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8).split("\r\n")) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      int contentStart = headersEnd + 4;
      int next = indexOf(body, crlfDelimiter, contentStart);
      if (next < 0) {
        throw new AssertionError("a part never ends (no closing boundary)");
      }
      parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, next)));
      pos = next + crlfDelimiter.length;
    }
  }

  private static boolean startsWith(byte[] body, int pos, String text) {
    byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
    return pos + t.length <= body.length && Arrays.equals(Arrays.copyOfRange(body, pos, pos + t.length), t);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
