package fishaudio.client.http;

import fishaudio.client.ProgressListener;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.ListenerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.internal.codec.AtomicFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * A binary body (audio, say), streamed as it arrives and never held whole: the first bytes are
 * readable as soon as the server sends them. Read it once, through {@link #inputStream()},
 * {@link #writeTo(OutputStream)} or {@link #saveTo(Path)}, then {@link #close()} it: until then it
 * holds its connection and its request slot. Not thread-safe.
 */
public final class BinaryResponse implements Closeable {
  private static final int CHUNK = 64 * 1024;

  private final ResponseBody body;
  private final Response raw;
  private final Function<Throwable, FishAudioException> failures;
  private boolean consumed;

  /** Built by the client's pipeline for a successful response. */
  public BinaryResponse(Response raw, ResponseBody body, Function<Throwable, FishAudioException> failures) {
    this.raw = raw;
    this.body = body;
    this.failures = failures;
  }

  /** The media type the server declared, such as {@code audio/mpeg}, or null when it declared none. */
  public String contentType() {
    MediaType type = body.contentType();
    return type == null ? null : type.toString();
  }

  /** The length the server declared, or -1: speech is sent in chunks as it is made, with no length. */
  public long contentLength() {
    return body.contentLength();
  }

  /** The HTTP status, a 2xx. */
  public int statusCode() {
    return raw.code();
  }

  /**
   * The body as a stream: each read returns what has arrived, waiting (up to the read timeout) only
   * when nothing has. Closing the stream closes this response.
   *
   * @throws IllegalStateException when the body was already read
   */
  public InputStream inputStream() {
    consume();
    return body.byteStream();
  }

  /**
   * Copies the body to {@code out} as it arrives, 64 KiB at most at a time, and closes this response.
   *
   * @return the byte count
   * @throws TransportException when the stream breaks, with the bytes copied until then
   */
  public long writeTo(OutputStream out) {
    consume();
    long copied = 0;
    try (ResponseBody closing = body) {
      BufferedSource source = closing.source();
      byte[] chunk = new byte[CHUNK];
      for (int read; (read = read(source, chunk, copied)) != -1; ) {
        try {
          out.write(chunk, 0, read);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("Could not write the body to the stream after " + copied + " bytes", e);
        }
        copied += read;
      }
      return copied;
    }
  }

  /** {@link #saveTo(Path, ProgressListener)} with no listener. */
  public long saveTo(Path target) {
    return saveTo(target, null);
  }

  /**
   * Saves the body to {@code target} as it arrives, atomically: into a temporary file beside it,
   * renamed into place only once the whole body is on disk, so a stream that breaks leaves no file
   * (and no partial one) under the target's name. Closes this response.
   *
   * @param progress hears bytes received of the declared length (-1 when none was declared), or null
   * @return the byte count saved
   * @throws fishaudio.client.errors.SaveException when the target is unusable or cannot be written
   * @throws TransportException when the stream breaks; its message says how many bytes had arrived
   */
  public long saveTo(Path target, ProgressListener progress) {
    consume();
    long total = body.contentLength();
    try (ResponseBody closing = body) {
      BufferedSource source = closing.source();
      return AtomicFile.write(target, "the response body", out -> {
        long saved = 0;
        byte[] chunk = new byte[CHUNK];
        for (int read; (read = readForSave(source, chunk, saved)) != -1; ) {
          ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
          saved += read;
          if (progress != null) {
            try {
              progress.onProgress(saved, total);
            } catch (RuntimeException e) {
              throw new ListenerException("The progress listener threw, so the save stopped: " + e, e);
            }
          }
        }
        return saved;
      });
    } catch (AtomicFile.SourceFailure e) {
      throw broken(e, e.written());
    }
  }

  private int read(BufferedSource source, byte[] chunk, long before) {
    try {
      return source.read(chunk);
    } catch (IOException e) {
      throw broken(e, before);
    }
  }

  private static int readForSave(BufferedSource source, byte[] chunk, long before) throws AtomicFile.SourceFailure {
    try {
      return source.read(chunk);
    } catch (IOException e) {
      throw new AtomicFile.SourceFailure(e, before);
    }
  }

  private FishAudioException broken(IOException e, long received) {
    FishAudioException typed = failures.apply(e);
    return new TransportException("The body broke off after " + received + " bytes: " + typed.getMessage(),
        typed.getCause() != null ? typed.getCause() : e, received);
  }

  private void consume() {
    if (consumed) {
      throw new IllegalStateException("The body was already read; a BinaryResponse is read once");
    }
    consumed = true;
  }

  /** Closes the body, ending the stream and freeing the request slot. Closing again does nothing. */
  @Override
  public void close() {
    body.close();
  }

  @Override
  public String toString() {
    return "BinaryResponse{contentType=" + contentType() + ", contentLength=" + contentLength() + "}";
  }
}
