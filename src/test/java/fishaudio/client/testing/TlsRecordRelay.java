package fishaudio.client.testing;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback in front of a TLS server that reads the TLS records a client sends as they
 * pass: each record's 5-byte header (content type, version, 2-byte length), no decryption. The client
 * connects to {@link #port()} as it would to the server (the certificate is the server's).
 */
public final class TlsRecordRelay implements Closeable {
  /** TLS's application_data content type; under TLS 1.3 every encrypted record has it. */
  public static final int APPLICATION_DATA = 23;

  private final ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  private final int target;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  /** The length of every application_data record clients sent, in order. */
  private final List<Integer> records = new CopyOnWriteArrayList<>();

  public TlsRecordRelay(int targetPort) throws IOException {
    this.target = targetPort;
    Thread accept = new Thread(this::accept, "relay-accept");
    accept.setDaemon(true);
    accept.start();
  }

  public int port() {
    return listening.getLocalPort();
  }

  /** The lengths of the application_data records clients sent so far, in order. */
  public List<Integer> applicationRecords() {
    return new ArrayList<>(records);
  }

  /** How many application_data records of each length, for failure messages. */
  public static Map<Integer, Integer> histogram(List<Integer> lengths) {
    Map<Integer, Integer> counts = new TreeMap<>();
    lengths.forEach(length -> counts.merge(length, 1, Integer::sum));
    return counts;
  }

  private void accept() {
    try {
      while (true) {
        Socket client = listening.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
        sockets.add(client);
        sockets.add(server);
        start(() -> records(client.getInputStream(), server.getOutputStream()), client, server);
        start(() -> server.getInputStream().transferTo(client.getOutputStream()), client, server);
      }
    } catch (IOException closed) {
      // close()
    }
  }

  private interface Pump {
    void run() throws IOException;
  }

  private static void start(Pump pump, Socket a, Socket b) {
    Thread thread = new Thread(() -> {
      try {
        pump.run();
      } catch (IOException e) {
        // one side went away
      } finally {
        closeQuietly(a);
        closeQuietly(b);
      }
    }, "relay-pump");
    thread.setDaemon(true);
    thread.start();
  }

  /** Copies records from the client to the server, one at a time, noting each application_data length. */
  private void records(InputStream from, OutputStream to) throws IOException {
    DataInputStream in = new DataInputStream(from);
    byte[] header = new byte[5];
    byte[] body = new byte[1 << 16];
    while (true) {
      try {
        in.readFully(header);
      } catch (EOFException end) {
        return;
      }
      int length = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
      in.readFully(body, 0, length);
      if (header[0] == APPLICATION_DATA) {
        records.add(length);
      }
      to.write(header);
      to.write(body, 0, length);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    listening.close();
    sockets.forEach(TlsRecordRelay::closeQuietly);
  }
}
