package fishaudio.client.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A tiny HTTP/1.1 server on loopback, plain or TLS: keep-alive, a thread per connection, fixed
 * answers per {@code METHOD path}. Request bodies (every client here sends a Content-Length) are
 * read, counted and thrown away, so it costs little and holds nothing; answers come from a byte
 * array or a generator.
 */
public final class Loopback implements Closeable {
  /** A response body: its length (sent as Content-Length) and what writes it. */
  public record Body(long length, Writer writer) {}

  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  public static Body bytes(byte[] bytes) {
    return new Body(bytes.length, out -> out.write(bytes));
  }

  public static Body utf8(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private record Route(int status, String contentType, Body body) {}

  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> ciphers = new ConcurrentHashMap<>();
  private final AtomicLong bodyBytes = new AtomicLong();
  private ServerSocket server;

  /**
   * A sink in a process of its own (the upload keys): answers {@code POST /model} with a model,
   * prints its base URL on the first line, and when its standard input ends prints the TLS cipher
   * suites it negotiated and exits. Arguments: KEYSTORE for TLS, or an empty string.
   */
  public static void main(String[] args) throws Exception {
    try (Loopback sink = new Loopback().route("POST", "/model", 201, "application/json", utf8(Payloads.MODEL_ENTITY_JSON))
        .start(args[0].isEmpty() ? null : Tls.context(Path.of(args[0]), null))) {
      System.out.println(sink.url());
      System.out.flush();
      System.in.transferTo(OutputStream.nullOutputStream());
      System.out.println(new TreeMap<>(sink.ciphers));
    }
  }

  public Loopback route(String method, String path, int status, String contentType, Body body) {
    routes.put(method + " " + path, new Route(status, contentType, body));
    return this;
  }

  /** Starts listening, over TLS when {@code tls} is not null. */
  public Loopback start(SSLContext tls) throws IOException {
    server = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          connections.add(socket);
          Thread handler = new Thread(() -> serve(socket), "loopback-conn");
          handler.setDaemon(true);
          handler.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return this;
  }

  /** The base URL, ending in {@code /}; over TLS the host is {@code localhost}, the name in the certificate. */
  public String url() {
    return (server instanceof javax.net.ssl.SSLServerSocket ? "https://localhost:" : "http://127.0.0.1:")
        + server.getLocalPort() + "/";
  }

  /** Request body bytes read (and thrown away) so far. */
  public long bodyBytes() {
    return bodyBytes.get();
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
    for (Socket socket : connections) {
      socket.close();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      if (socket instanceof SSLSocket ssl) {
        ssl.startHandshake();
        ciphers.merge(ssl.getSession().getProtocol() + " " + ssl.getSession().getCipherSuite(), 1, Integer::sum);
      }
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      byte[] scratch = new byte[64 * 1024];
      for (String request = readLine(in); request != null; request = readLine(in)) {
        long left = 0;
        boolean close = false;
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
          String lower = line.toLowerCase(Locale.ROOT);
          left = lower.startsWith("content-length:") ? Long.parseLong(lower.substring(15).trim()) : left;
          close |= lower.startsWith("connection:") && lower.endsWith("close");
        }
        while (left > 0) {
          int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
          if (n < 0) {
            return;
          }
          left -= n;
          bodyBytes.addAndGet(n);
        }
        String[] parts = request.split(" ");
        Route route = routes.getOrDefault(parts[0] + " " + parts[1].split("\\?")[0], new Route(404, "text/plain", utf8("")));
        out.write(("HTTP/1.1 " + route.status + " Status\r\nContent-Type: " + route.contentType + "\r\nContent-Length: "
            + route.body.length() + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        route.body.writer().writeTo(out);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The client went away: normal at the end of a benchmark.
    } finally {
      connections.remove(socket);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0 || line.length() > 64 * 1024) {
        return null;
      }
      line.append((char) b);
    }
    return line.toString().strip();
  }
}
