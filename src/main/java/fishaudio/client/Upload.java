package fishaudio.client;

import fishaudio.client.errors.InvalidRequestException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * A file to upload (a voice or a cover image), with its filename and content type. Contents
 * stream into the request 64 KiB at a time and are never read whole into memory.
 *
 * <p>Uploads from a {@link Path} or a {@code byte[]} can be sent again on a retry; an upload
 * from an {@link InputStream} is read once, so a request that carries one is never retried after
 * the stream was read.
 */
public final class Upload extends RequestBody {
  private static final long WRITE_CHUNK = 64 * 1024;

  private interface Opener {
    InputStream open() throws IOException;
  }

  private final String filename;
  private final MediaType contentType;
  private final Path path;
  private final long knownLength;
  /** The stream of bytes or of a caller's InputStream; null for a file, which is read through a channel. */
  private final Opener opener;
  private final boolean oneShot;

  private Upload(String filename, String contentType, Path path, long knownLength, Opener opener, boolean oneShot) {
    if (filename == null || filename.isEmpty()) {
      throw new IllegalArgumentException("filename is required");
    }
    this.filename = filename;
    this.contentType = MediaType.get(contentType);
    this.path = path;
    this.knownLength = knownLength;
    this.opener = opener;
    this.oneShot = oneShot;
  }

  /** A file on disk; the content type comes from its extension (wav, mp3, ogg, flac, m4a, png, jpg, webp). */
  public static Upload of(Path path) {
    return of(path, contentTypeFor(path.getFileName().toString()));
  }

  /** A file on disk with an explicit content type, such as {@code audio/wav}. */
  public static Upload of(Path path, String contentType) {
    return new Upload(path.getFileName().toString(), contentType, path, -1, null, false);
  }

  /** Bytes in memory, with an explicit filename and content type. The array is not copied. */
  public static Upload of(byte[] bytes, String filename, String contentType) {
    return new Upload(filename, contentType, null, bytes.length, () -> new ByteArrayInputStream(bytes), false);
  }

  /**
   * A stream, read once when the request is sent and closed after.
   *
   * @param length the number of bytes the stream holds, or -1 when unknown (progress then has no total)
   */
  public static Upload of(InputStream stream, String filename, String contentType, long length) {
    return new Upload(filename, contentType, null, length, () -> stream, true);
  }

  /** The content type for a filename's extension, or {@code application/octet-stream}. */
  public static String contentTypeFor(String filename) {
    String name = filename.toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    switch (extension) {
      case "wav":
        return "audio/wav";
      case "mp3":
        return "audio/mpeg";
      case "ogg":
        return "audio/ogg";
      case "flac":
        return "audio/flac";
      case "m4a":
        return "audio/mp4";
      case "png":
        return "image/png";
      case "jpg":
      case "jpeg":
        return "image/jpeg";
      case "webp":
        return "image/webp";
      default:
        return "application/octet-stream";
    }
  }

  /** The filename sent in the part's {@code Content-Disposition}. */
  public String filename() {
    return filename;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    if (path == null) {
      return knownLength;
    }
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    if (path != null) {
      writeFile(sink);
      return;
    }
    // 64 KiB a write: writeAll() would hand the sink 8 KiB at a time.
    try (Source source = Okio.source(opener.open())) {
      Buffer chunk = new Buffer();
      while (source.read(chunk, WRITE_CHUNK) != -1) {
        if (chunk.size() >= WRITE_CHUNK) {
          sink.write(chunk, chunk.size());
        }
      }
      sink.write(chunk, chunk.size());
    }
  }

  /**
   * 64 KiB a read, through a channel into a direct buffer: an InputStream source reads 8 KiB a
   * syscall and copies each read twice.
   */
  private void writeFile(BufferedSink sink) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer read = ByteBuffer.allocateDirect((int) WRITE_CHUNK);
      Buffer chunk = new Buffer();
      while (channel.read(read) != -1) {
        read.flip();
        chunk.write(read);
        read.clear();
        sink.write(chunk, chunk.size());
      }
    }
  }

  /** Fails, naming {@code field}, when the file is missing, unreadable, a directory or empty. */
  public void check(String field) {
    if (path != null) {
      String problem =
          !Files.exists(path) ? "no such file"
              : Files.isDirectory(path) ? "is a directory, not a file"
              // A FIFO or a device would pass the other checks and then block or never end.
              : !Files.isRegularFile(path) ? "is not a regular file"
              : !Files.isReadable(path) ? "is not readable"
              : contentLength() == 0 ? "is empty (0 bytes)"
              : null;
      if (problem != null) {
        throw new InvalidRequestException(field, field + ": " + path + " " + problem, null);
      }
    } else if (knownLength == 0) {
      throw new InvalidRequestException(field, field + ": " + filename + " is empty (0 bytes)", null);
    }
  }

  @Override
  public String toString() {
    return "Upload{filename=" + filename + ", contentType=" + contentType + ", length=" + contentLength() + "}";
  }
}
