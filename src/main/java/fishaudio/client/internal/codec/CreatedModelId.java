package fishaudio.client.internal.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Finds the top-level id (such as {@code _id}) of a JSON answer as its bytes go by, so that what a
 * server created, and billed, is not lost with an answer that breaks: cut off, reset, stalled, or
 * failing to decode. It keeps no more than the id: the structure is followed byte by byte (nesting,
 * strings, escapes), names are compared only at the top level, and everything else is skipped, so
 * an id after megabytes of other fields is found in constant memory. The first string value of the
 * name wins. Not thread-safe: one per body.
 */
public final class CreatedModelId {
  /** Longer strings are not ids; a server cannot make the client hold more. */
  private static final int MAX_ID_CHARS = 1024;

  private enum Capture {
    NONE,
    NAME,
    VALUE
  }

  private final String name;

  private int depth;
  private boolean started;
  private boolean finished;
  private String id;

  private boolean expectName;
  private boolean nameIsId;
  private boolean idValueNext;

  private boolean inString;
  private Capture capture = Capture.NONE;
  private boolean escaped;
  private int unicodeDigits = -1;
  private int unicode;
  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream pendingUtf8 = new ByteArrayOutputStream();
  private boolean tooLong;

  /** @param name the JSON name of the id at the top level, such as {@code _id} */
  public CreatedModelId(String name) {
    this.name = name;
  }

  /** The top-level id string seen so far, or null. */
  public String id() {
    return id;
  }

  /** Feeds the body's next bytes, {@code data[from..to)}. */
  public void accept(byte[] data, int from, int to) {
    int i = from;
    while (i < to && !finished) {
      if (inString) {
        if (capture == Capture.NONE && !escaped && unicodeDigits < 0) {
          // Most of a body is strings nobody asked for: skipped to the next quote or backslash.
          while (i < to && data[i] != '"' && data[i] != '\\') {
            i++;
          }
          if (i == to) {
            return;
          }
        }
        inString(data[i++]);
      } else {
        outside(data[i++]);
      }
    }
  }

  /** The id {@code name} in a body given as text, whole, or null; for bodies already read. */
  public static String scan(String body, String name) {
    CreatedModelId scanner = new CreatedModelId(name);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    scanner.accept(bytes, 0, bytes.length);
    return scanner.id();
  }

  private void outside(byte b) {
    switch (b) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        return;
      default:
    }
    if (!started) {
      if ((b & 0xff) == 0xef || (b & 0xff) == 0xbb || (b & 0xff) == 0xbf) {
        return; // A UTF-8 byte order mark, which Moshi's converter skips too.
      }
      started = true;
      if (b != '{') {
        finished = true; // Not an object: no top-level id.
        return;
      }
      depth = 1;
      expectName = true;
      return;
    }
    switch (b) {
      case '{':
      case '[':
        idValueNext = false;
        depth++;
        return;
      case '}':
      case ']':
        depth--;
        finished = depth <= 0;
        return;
      case '"':
        inString = true;
        if (depth == 1 && expectName) {
          capture = Capture.NAME;
          expectName = false;
        } else if (depth == 1 && idValueNext) {
          capture = Capture.VALUE;
        } else {
          capture = Capture.NONE;
        }
        idValueNext = false;
        text.setLength(0);
        tooLong = false;
        return;
      case ':':
        if (depth == 1) {
          idValueNext = nameIsId;
        }
        return;
      case ',':
        if (depth == 1) {
          expectName = true;
          nameIsId = false;
          idValueNext = false;
        }
        return;
      default:
        // A number, true, false or null: not a string id.
        idValueNext = false;
    }
  }

  private void inString(byte b) {
    if (unicodeDigits >= 0) {
      int digit = Character.digit(b, 16);
      unicode = unicode * 16 + Math.max(digit, 0);
      if (++unicodeDigits == 4) {
        unicodeDigits = -1;
        append((char) unicode);
      }
      return;
    }
    if (escaped) {
      escaped = false;
      if (capture == Capture.NONE) {
        return; // Skipped: its unicode digits, if any, are no quote or backslash.
      }
      switch (b) {
        case 'u':
          unicodeDigits = 0;
          unicode = 0;
          return;
        case 'b':
          append('\b');
          return;
        case 'f':
          append('\f');
          return;
        case 'n':
          append('\n');
          return;
        case 'r':
          append('\r');
          return;
        case 't':
          append('\t');
          return;
        default:
          append((char) b); // \" \\ \/
          return;
      }
    }
    if (b == '\\') {
      escaped = true;
    } else if (b == '"') {
      endString();
    } else if (capture != Capture.NONE) {
      if (b >= 0) {
        append((char) b);
      } else {
        pendingUtf8.write(b);
      }
    }
  }

  private void append(char c) {
    if (capture == Capture.NONE) {
      return;
    }
    flushUtf8();
    if (text.length() < MAX_ID_CHARS) {
      text.append(c);
    } else {
      tooLong = true;
    }
  }

  private void flushUtf8() {
    if (pendingUtf8.size() > 0) {
      String decoded = new String(pendingUtf8.toByteArray(), StandardCharsets.UTF_8);
      pendingUtf8.reset();
      if (text.length() + decoded.length() <= MAX_ID_CHARS) {
        text.append(decoded);
      } else {
        tooLong = true;
      }
    }
  }

  private void endString() {
    inString = false;
    if (capture == Capture.NAME) {
      flushUtf8();
      nameIsId = !tooLong && name.contentEquals(text);
    } else if (capture == Capture.VALUE) {
      flushUtf8();
      if (!tooLong) {
        id = text.toString();
        finished = true;
      }
    }
    capture = Capture.NONE;
  }
}
