package fishaudio.client.internal.http;

import static fishaudio.client.internal.http.BulkWrites.bulk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.testing.LoopbackTls;
import fishaudio.client.testing.TlsRecordRelay;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client's TLS socket against a loopback TLS server behind a relay that reads each record's
 * header: what a bulk body's writes become on the wire, and that nothing else ever waits for a
 * flush. A read that never comes fails by the server socket's timeout, not by an assertion on time.
 */
@Timeout(60)
class FullRecordSocketTest {
  private SSLServerSocket server;
  private TlsRecordRelay relay;
  private final BlockingQueue<SSLSocket> accepted = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() throws IOException {
    relay.close();
    server.close();
  }

  @Test
  void aWriteOutsideABulkBodyReachesThePeerWithoutAFlush() throws Exception {
    SSLSocket socket = connect("http/1.1");
    InputStream peer = peer();

    socket.getOutputStream().write(bytes('a', 5)); // no flush, as OkHttp's WebSocket writer

    assertArrayEquals(bytes('a', 5), peer.readNBytes(5));
    socket.close();
  }

  @Test
  void aBulkBodyGoesOutInFullRecordsAndItsEndSendsTheRest() throws Exception {
    SSLSocket socket = connect("http/1.1");
    InputStream peer = peer();
    OutputStream out = socket.getOutputStream();

    bulk(() -> {
      for (int i = 0; i < 5; i++) {
        out.write(bytes('b', 8192)); // Okio's segments
      }
      out.write(bytes('b', 100));
    });

    assertArrayEquals(bytes('b', 5 * 8192 + 100), peer.readNBytes(5 * 8192 + 100));
    // Two full records, then the rest at the body's end; the 8 KiB writes alone would have made six.
    List<Integer> sent = afterHandshake(relay.applicationRecords(), socket);
    assertEquals(3, sent.size(), "records: " + sent);
    assertEquals(sent.get(0), sent.get(1), "records: " + sent);
    assertTrue(sent.get(0) >= 16 * 1024 && sent.get(2) < sent.get(0), "records: " + sent);
    socket.close();
  }

  @Test
  void anotherThreadsWriteSendsWhatIsHeldFirst() throws Exception {
    SSLSocket socket = connect("http/1.1");
    InputStream peer = peer();
    OutputStream out = socket.getOutputStream();
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    Thread bulk = new Thread(() -> {
      try {
        bulk(() -> {
          out.write(bytes('c', 100));
          held.countDown();
          written.await();
        });
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    bulk.start();
    held.await();

    out.write(bytes('d', 100)); // another thread, the bulk body still open: OkHttp's HTTP/2 reader, say

    byte[] expected = new byte[200];
    System.arraycopy(bytes('c', 100), 0, expected, 0, 100);
    System.arraycopy(bytes('d', 100), 0, expected, 100, 100);
    assertArrayEquals(expected, peer.readNBytes(200));
    written.countDown();
    bulk.join();
    socket.close();
  }

  @Test
  void flushSendsWhatIsHeld() throws Exception {
    SSLSocket socket = connect("http/1.1");
    InputStream peer = peer();
    OutputStream out = socket.getOutputStream();

    bulk(() -> {
      out.write(bytes('e', 100));
      out.flush();
      // Still inside the bulk body: only the flush can have sent it.
      assertArrayEquals(bytes('e', 100), peer.readNBytes(100));
    });
    socket.close();
  }

  @Test
  void overHttp2NothingIsHeldAndAlpnGoesThroughTheWrapper() throws Exception {
    SSLSocket socket = connect("h2");
    InputStream peer = peer();

    assertEquals("h2", socket.getApplicationProtocol());
    OutputStream out = socket.getOutputStream();
    bulk(() -> {
      out.write(bytes('f', 100));
      // A stream waiting for a WINDOW_UPDATE must not wait with bytes held.
      assertArrayEquals(bytes('f', 100), peer.readNBytes(100));
    });
    socket.close();
  }

  /** A client socket from the client's factory, through the relay, offering {@code protocol} by ALPN. */
  private SSLSocket connect(String protocol) throws Exception {
    LoopbackTls tls = LoopbackTls.get();
    server = (SSLServerSocket) tls.context().getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    SSLParameters serverParameters = server.getSSLParameters();
    serverParameters.setApplicationProtocols(new String[] {protocol});
    server.setSSLParameters(serverParameters);
    Thread accept = new Thread(() -> {
      try {
        SSLSocket peer = (SSLSocket) server.accept();
        peer.setSoTimeout(20_000);
        peer.startHandshake();
        accepted.add(peer);
      } catch (IOException closed) {
        // the test ended
      }
    });
    accept.setDaemon(true);
    accept.start();
    relay = new TlsRecordRelay(server.getLocalPort());

    FullRecordSocketFactory factory = (FullRecordSocketFactory) FullRecordSocketFactory.install(tls.okHttp().build()).sslSocketFactory();
    SSLSocket socket = (SSLSocket) factory.createSocket("localhost", relay.port());
    assertInstanceOf(FullRecordSocket.class, socket);
    SSLParameters parameters = socket.getSSLParameters(); // as OkHttp offers ALPN
    parameters.setApplicationProtocols(new String[] {protocol});
    socket.setSSLParameters(parameters);
    socket.startHandshake();
    return socket;
  }

  private InputStream peer() throws Exception {
    return accepted.poll(20, TimeUnit.SECONDS).getInputStream();
  }

  /** The lengths of the application records sent after the handshake (TLS 1.3 encrypts the client's Finished too). */
  private static List<Integer> afterHandshake(List<Integer> records, SSLSocket socket) {
    return socket.getSession().getProtocol().equals("TLSv1.3") ? records.subList(1, records.size()) : records;
  }

  private static byte[] bytes(char c, int n) {
    byte[] bytes = new byte[n];
    Arrays.fill(bytes, (byte) c);
    return bytes;
  }
}
