package fishaudio.client.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for the benchmarks: keep-alive, one thread per connection,
 * fixed answers per {@code METHOD path}. Request bodies (Content-Length or chunked) are read and
 * thrown away, only counted, so that the server costs as little as possible and holds no memory;
 * answers are written from a byte array or streamed from a generator.
 */
public final class LoopbackServer implements Closeable {
  /** A response body: its length up front (sent as Content-Length) and how to write it. */
  public interface Body {
    long length();

    void writeTo(OutputStream out) throws IOException;
  }

  public static Body bytes(byte[] bytes) {
    return new Body() {
      @Override
      public long length() {
        return bytes.length;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
      }
    };
  }

  public static Body utf8(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final class Route {
    final int status;
    final String contentType;
    final Body body;

    Route(int status, String contentType, Body body) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }
  }

  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong requestBodyBytes = new AtomicLong();
  private final int keepBodyBytes;
  private volatile byte[] lastRequest = new byte[0];
  private ServerSocket server;

  /** A server that keeps nothing of the requests but their count and body size. */
  public LoopbackServer() {
    this(0);
  }

  /** A server that also keeps the head and up to {@code keepBodyBytes} of the body of the last request. */
  public LoopbackServer(int keepBodyBytes) {
    this.keepBodyBytes = keepBodyBytes;
  }

  /**
   * A sink in a process of its own, for {@link UploadVsCurl}: answers {@code POST /model} with a
   * model, prints its base URL on the first line of standard output, and exits when its standard
   * input ends (when the process that started it goes away).
   */
  public static void main(String[] args) throws IOException {
    try (LoopbackServer server = new LoopbackServer()
        .route("POST", "/model", 201, "application/json", utf8(Payloads.MODEL_ENTITY_JSON)).start()) {
      System.out.println(server.url());
      System.out.flush();
      while (System.in.read() != -1) {
        // Only the end of input matters.
      }
    }
  }

  public LoopbackServer route(String method, String path, int status, String contentType, Body body) {
    routes.put(method + " " + path, new Route(status, contentType, body));
    return this;
  }

  public LoopbackServer start() throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    Thread acceptor = new Thread(this::accept, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return this;
  }

  /** The base URL, ending in {@code /}. */
  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  public long requests() {
    return requests.get();
  }

  /** Request body bytes read (and thrown away) so far. */
  public long requestBodyBytes() {
    return requestBodyBytes.get();
  }

  /** The head and the kept part of the body of the last request (see the constructor). */
  public byte[] lastRequest() {
    return lastRequest;
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

  private void accept() {
    while (!server.isClosed()) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return;
      }
      connections.add(socket);
      Thread handler = new Thread(() -> serve(socket), "loopback-conn-" + socket.getPort());
      handler.setDaemon(true);
      handler.start();
    }
  }

  private void serve(Socket socket) {
    try (Socket closing = socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      byte[] scratch = new byte[64 * 1024];
      while (true) {
        String requestLine = readLine(in);
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        ByteArrayOutputStream kept = keepBodyBytes > 0 ? new ByteArrayOutputStream() : null;
        if (kept != null) {
          kept.write((requestLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        long contentLength = 0;
        boolean chunked = false;
        boolean close = false;
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
          if (kept != null) {
            kept.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          }
          int colon = line.indexOf(':');
          if (colon < 0) {
            continue;
          }
          String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = line.substring(colon + 1).trim();
          if (name.equals("content-length")) {
            contentLength = Long.parseLong(value);
          } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
            chunked = true;
          } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
            close = true;
          } else if (name.equals("expect") && value.equalsIgnoreCase("100-continue")) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
          }
        }
        if (kept != null) {
          kept.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        long body = chunked ? discardChunked(in, scratch, kept) : discard(in, contentLength, scratch, kept);
        requestBodyBytes.addAndGet(body);
        requests.incrementAndGet();
        if (kept != null) {
          lastRequest = kept.toByteArray();
        }
        String[] parts = requestLine.split(" ");
        String path = parts.length > 1 ? parts[1] : "/";
        int query = path.indexOf('?');
        Route route = routes.get(parts[0] + " " + (query < 0 ? path : path.substring(0, query)));
        if (route == null) {
          route = new Route(404, "application/json", utf8("{\"status\":404,\"message\":\"no route\"}"));
        }
        String head = "HTTP/1.1 " + route.status + " " + reason(route.status) + "\r\n"
            + "Content-Type: " + route.contentType + "\r\n"
            + "Content-Length: " + route.body.length() + "\r\n"
            + (close ? "Connection: close\r\n" : "")
            + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        route.body.writeTo(out);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (SocketException e) {
      // The client went away: normal at the end of a benchmark.
    } catch (IOException e) {
      // Same: nothing to report to anyone.
    } finally {
      connections.remove(socket);
    }
  }

  private long discard(InputStream in, long length, byte[] scratch, ByteArrayOutputStream kept) throws IOException {
    long left = length;
    while (left > 0) {
      int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
      if (n < 0) {
        throw new IOException("body cut short");
      }
      keep(kept, scratch, n);
      left -= n;
    }
    return length;
  }

  private long discardChunked(InputStream in, byte[] scratch, ByteArrayOutputStream kept) throws IOException {
    long total = 0;
    while (true) {
      String sizeLine = readLine(in);
      if (sizeLine == null) {
        throw new IOException("chunked body cut short");
      }
      int semicolon = sizeLine.indexOf(';');
      long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
          // trailers
        }
        return total;
      }
      total += discard(in, size, scratch, kept);
      readLine(in);
    }
  }

  private void keep(ByteArrayOutputStream kept, byte[] bytes, int n) {
    if (kept != null && kept.size() < keepBodyBytes) {
      kept.write(bytes, 0, Math.min(n, keepBodyBytes - kept.size()));
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() > 64 * 1024) {
        throw new IOException("header line too long");
      }
      line.append((char) b);
    }
  }

  private static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 404:
        return "Not Found";
      default:
        return "Status";
    }
  }
}
