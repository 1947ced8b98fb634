package fishaudio.client.internal.codec;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * MessagePack bytes that are malformed, truncated, of a kind this client does not read (extension types,
 * non-string map keys), or beyond the decoder's limits. The message names what was wrong and where (a byte
 * offset), never a byte of the payload.
 */
public final class MessagePackDecodingException extends IOException {
  private static final long serialVersionUID = 1L;

  MessagePackDecodingException(String message) {
    super(message);
  }

  MessagePackDecodingException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
