package fishaudio.client.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import javax.net.ssl.SSLSocket;

/**
 * A socket's output stream that writes a {@link BulkBody} in full writes: over TLS one full record at
 * a time, in cleartext {@link #CLEARTEXT_BYTES} at a time. Okio hands a socket one 8 KiB segment a
 * write; SunJSSE sends each write as records of its own, one syscall each (half-full records, where
 * curl sends an upload in full ones), and a plain socket makes each write a syscall. Only the thread writing
 * the bulk body has its writes held; any other write (another thread's, or this one's outside the
 * body) first sends what is held, then goes straight through; so does {@link #flush}, and the body's
 * end sends what is left.
 *
 * <p>Not over HTTP/2: a stream waiting there for the server's WINDOW_UPDATE would wait with bytes
 * held that the server may be waiting for before it sends one.
 */
final class FullRecordStream extends OutputStream {
  /** A cleartext write: what curl writes an upload in. */
  static final int CLEARTEXT_BYTES = 64 * 1024;

  private final OutputStream out;
  private final SSLSocket socket; // null in cleartext
  private int capacity; // a write's bytes; 0 over HTTP/2; -1 until the handshake is done
  private byte[] held;
  private int count;

  /** Over TLS: a record's worth, once {@code socket}'s handshake has said which protocol it speaks. */
  FullRecordStream(OutputStream out, SSLSocket socket) {
    this.out = out;
    this.socket = socket;
    this.capacity = -1;
  }

  /** In cleartext, where the client has ruled out HTTP/2 (see {@link FullWriteSocketFactory}). */
  FullRecordStream(OutputStream out) {
    this.out = out;
    this.socket = null;
    this.capacity = CLEARTEXT_BYTES;
  }

  /**
   * What one SunJSSE record carries: 16 KiB (RFC 8446 section 5.1), less under TLS 1.3 the content
   * type's byte and the 16 zero bytes of padding SunJSSE adds to every record. A 16 KiB write under
   * TLS 1.3 would go out as two records, of 16,367 bytes and of 17.
   */
  static int recordBytes(String tlsVersion) {
    return "TLSv1.3".equals(tlsVersion) ? 16 * 1024 - 17 : 16 * 1024;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    if (!mayHold()) {
      drain();
      out.write(b, off, len);
      return;
    }
    while (len > 0) {
      int n = Math.min(len, held.length - count);
      System.arraycopy(b, off, held, count, n);
      count += n;
      off += n;
      len -= n;
      if (count == held.length) {
        drain();
      }
    }
  }

  private boolean mayHold() {
    if (capacity < 0) { // over TLS only: cleartext knows its capacity from the start
      String alpn = FullRecordSocket.applicationProtocol(socket);
      if (alpn == null) {
        return false;
      }
      capacity = alpn.equals("h2") ? 0 : recordBytes(socket.getSession().getProtocol());
    }
    if (capacity == 0 || !BulkBody.holds(this)) {
      return false;
    }
    if (held == null) {
      held = new byte[capacity];
    }
    return true;
  }

  /** Sends what is held. */
  synchronized void drain() throws IOException {
    if (count > 0) {
      int n = count;
      count = 0;
      out.write(held, 0, n);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Without the lock, which a stalled write holds; bytes still held are dropped with the connection. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
