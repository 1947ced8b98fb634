package fishaudio.client.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;

/**
 * A WebSocket server by hand, for what a well-behaved one never does, or what OkHttp's own server
 * cannot be made to do. It completes each handshake, then follows its {@link Mode}.
 */
public final class RawWebSocketServer implements Closeable {
  public enum Mode {
    /** Reads nothing at all: the client's writes back up into its own buffers. */
    STALL,
    /** Reads and discards everything, and never answers a ping. */
    DEAF,
    /** Reads the start, sends {@code finish}, and closes the connection without a close frame. */
    FINISH_THEN_EOF,
    /** Reads the start, sends {@code finish}, then a close frame without a code (1005 to the client). */
    FINISH_THEN_EMPTY_CLOSE,
    /** Reads the start, then sends a close frame without a code, before any finish. */
    EMPTY_CLOSE,
    /**
     * Accepts permessage-deflate whether the client offered it or not, reads the start, then sends one
     * compressed frame (RSV1) of {@link #BOMB_KIB} KiB that inflates to a thousand times as much.
     */
    DEFLATE_BOMB
  }

  /** The compressed size of {@link Mode#DEFLATE_BOMB}'s frame. */
  public static final int BOMB_KIB = 64;

  /** {@code {event: finish, reason: stop}} in MessagePack. */
  private static final byte[] FINISH = fishaudio.client.internal.codec.MessagePack.encode(
      java.util.Map.of("event", "finish", "reason", "stop"));

  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private final ServerSocket server;
  private final Mode mode;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicLong bytesRead = new AtomicLong();
  private final List<String> extensionsOffered = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public RawWebSocketServer(Mode mode) throws IOException {
    this.mode = mode;
    this.server = new ServerSocket();
    // A small window, so a stalled reader backs the client up soon.
    server.setReceiveBufferSize(4096);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.acceptor = new Thread(this::accept, "raw websocket server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL, ending in {@code /}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  /** The {@code Sec-WebSocket-Extensions} each handshake offered, "" for none. */
  public List<String> extensionsOffered() {
    return extensionsOffered;
  }

  /** Bytes read after the handshakes, in {@link Mode#DEAF}. */
  public long bytesRead() {
    return bytesRead.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        Thread session = new Thread(() -> serve(socket), "raw websocket session");
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      String key = null;
      String extensions = "";
      for (String line; !(line = readLine(in)).isEmpty(); ) {
        String name = line.toLowerCase(Locale.ROOT);
        if (name.startsWith("sec-websocket-key:")) {
          key = line.substring(line.indexOf(':') + 1).trim();
        } else if (name.startsWith("sec-websocket-extensions:")) {
          extensions = line.substring(line.indexOf(':') + 1).trim();
        }
      }
      extensionsOffered.add(extensions);
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + (mode == Mode.DEFLATE_BOMB ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : "")
          + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      switch (mode) {
        case DEAF:
          byte[] discard = new byte[8192];
          for (int read; (read = in.read(discard)) != -1; ) {
            bytesRead.addAndGet(read);
          }
          break;
        case FINISH_THEN_EOF:
        case FINISH_THEN_EMPTY_CLOSE:
          skipFrame(in);
          out.write(0x82); // FIN, binary
          out.write(FINISH.length);
          out.write(FINISH);
          if (mode == Mode.FINISH_THEN_EMPTY_CLOSE) {
            out.write(new byte[] {(byte) 0x88, 0});
          }
          out.flush();
          if (mode == Mode.FINISH_THEN_EOF) {
            socket.close();
          }
          break;
        case DEFLATE_BOMB:
          skipFrame(in);
          byte[] bomb = bomb();
          out.write(0xc2); // FIN, RSV1 (compressed), binary
          out.write(126);
          out.write(bomb.length >> 8);
          out.write(bomb.length & 0xff);
          out.write(bomb);
          out.flush();
          in.read(); // until the client goes
          break;
        case EMPTY_CLOSE:
          skipFrame(in);
          out.write(new byte[] {(byte) 0x88, 0});
          out.flush();
          break;
        default:
          // STALL: the socket stays open, unread, until close().
      }
    } catch (IOException e) {
      // The client went away.
    }
  }

  /** Reads past one frame from the client (masked, as a client's always are). */
  private static void skipFrame(InputStream in) throws IOException {
    in.read();
    int length = in.read() & 0x7f;
    long payload = length;
    if (length == 126) {
      payload = (in.read() << 8) | in.read();
    } else if (length == 127) {
      payload = 0;
      for (int i = 0; i < 8; i++) {
        payload = (payload << 8) | in.read();
      }
    }
    for (long left = payload + 4; left > 0; left--) { // the mask, then the payload
      if (in.read() == -1) {
        throw new java.io.EOFException();
      }
    }
  }

  /** Zeros deflated (raw, as permessage-deflate sends them) until the output is about {@link #BOMB_KIB} KiB. */
  private static byte[] bomb() {
    Deflater deflater = new Deflater(9, true);
    byte[] zeros = new byte[1 << 20];
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    while (compressed.size() < BOMB_KIB * 1024 - 4096) {
      deflater.setInput(zeros);
      for (int n; (n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH)) > 0; ) {
        compressed.write(chunk, 0, n);
      }
    }
    deflater.end();
    byte[] bytes = compressed.toByteArray();
    // A message ends without the final empty block's 00 00 ff ff, which the receiver adds back.
    return Arrays.copyOf(bytes, bytes.length - 4);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c; (c = in.read()) != -1 && c != '\n'; ) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static String accept(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
