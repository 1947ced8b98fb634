package fishaudio.client.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;

/**
 * A bare HTTP server on a loopback {@link ServerSocket}, for faults MockWebServer cannot make: a
 * reset (RST) in the middle of an upload or a download. One thread, joined on {@link #close()}.
 */
final class RawServer implements AutoCloseable {
  /** What the server does with one accepted connection. */
  interface Handler {
    void handle(Socket socket, InputStream in) throws IOException;
  }

  private final ServerSocket serverSocket;
  private final Thread thread;
  private final AtomicInteger accepted = new AtomicInteger();

  private RawServer(Handler handler) throws IOException {
    serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
    thread = new Thread(() -> {
      while (!serverSocket.isClosed()) {
        try (Socket socket = serverSocket.accept()) {
          accepted.incrementAndGet();
          socket.setSoTimeout(10_000);
          handler.handle(socket, socket.getInputStream());
        } catch (IOException e) {
          // The client went away, or close() closed the server socket.
        }
      }
    }, "reliability-raw-server");
    thread.start();
  }

  static RawServer start(Handler handler) throws IOException {
    return new RawServer(handler);
  }

  HttpUrl url() {
    return new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(serverSocket.getLocalPort()).build();
  }

  /** Connections accepted so far: one per attempt the client made. */
  int accepted() {
    return accepted.get();
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads the request line and headers; returns the Content-Length, or -1. */
  static long readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b == -1) {
        throw new IOException("request ended inside its head");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    for (String line : head.toString(StandardCharsets.ISO_8859_1.name()).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    return -1;
  }

  /** Reads and discards exactly {@code count} bytes. */
  static void skip(InputStream in, long count) throws IOException {
    byte[] buffer = new byte[8192];
    while (count > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, count));
      if (read == -1) {
        throw new IOException("request body ended early");
      }
      count -= read;
    }
  }

  /** Aborts the connection with a TCP reset instead of an orderly close. */
  static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }
}
