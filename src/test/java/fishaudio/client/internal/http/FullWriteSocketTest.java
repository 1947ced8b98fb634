package fishaudio.client.internal.http;

import static fishaudio.client.internal.http.BulkWrites.bulk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client's cleartext sockets: a file part's writes leave in 64 KiB writes, every other write at
 * once, and the factory stays out of the way of a socket factory of the user's and of cleartext HTTP/2.
 */
@Timeout(60)
class FullWriteSocketTest {
  @Test
  void aBulkBodyLeavesIn64KiBWritesAndItsEndSendsTheRest() throws IOException {
    Recording wire = new Recording();
    FullRecordStream out = new FullRecordStream(wire);

    bulk(() -> {
      for (int i = 0; i < 10; i++) {
        out.write(bytes('b', 8192)); // Okio's segments
      }
      assertEquals(List.of(65536), wire.writes, "what left before the body's end");
    });

    assertEquals(List.of(65536, 16384), wire.writes);
    assertArrayEquals(bytes('b', 10 * 8192), wire.bytes.toByteArray());
  }

  @Test
  void writesOutsideABulkBodyAndFlushesGoStraightThrough() throws IOException {
    Recording wire = new Recording();
    FullRecordStream out = new FullRecordStream(wire);

    out.write(bytes('a', 5)); // no flush, as OkHttp's WebSocket writer
    assertEquals(List.of(5), wire.writes);
    bulk(() -> {
      out.write(bytes('e', 100));
      out.flush();
      assertEquals(List.of(5, 100), wire.writes, "a flush inside the body sends what is held");
    });
  }

  @Test
  void theFactorysSocketsReachThePeerWithoutAFlushOutsideABulkBody() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(20_000);
      SocketFactory factory = FullWriteSocketFactory.install(new OkHttpClient()).socketFactory();
      try (Socket socket = factory.createSocket()) {
        socket.connect(server.getLocalSocketAddress());
        try (Socket peer = server.accept()) {
          peer.setSoTimeout(20_000);
          assertInstanceOf(FullRecordStream.class, socket.getOutputStream());
          socket.getOutputStream().write(bytes('a', 5));
          InputStream in = peer.getInputStream();
          assertArrayEquals(bytes('a', 5), in.readNBytes(5));
          OutputStream out = socket.getOutputStream();
          bulk(() -> out.write(bytes('b', 70_000)));
          assertArrayEquals(bytes('b', 70_000), in.readNBytes(70_000));
        }
      }
    }
  }

  @Test
  void aUsersSocketFactoryAndCleartextHttp2AreLeftAsTheyAre() {
    assertInstanceOf(FullWriteSocketFactory.class, FullWriteSocketFactory.install(new OkHttpClient()).socketFactory());
    OkHttpClient own = new OkHttpClient.Builder().socketFactory(new SocketFactory() {
      @Override public Socket createSocket() { return new Socket(); }
      @Override public Socket createSocket(String h, int p) { throw new UnsupportedOperationException(); }
      @Override public Socket createSocket(String h, int p, InetAddress l, int lp) { throw new UnsupportedOperationException(); }
      @Override public Socket createSocket(InetAddress h, int p) { throw new UnsupportedOperationException(); }
      @Override public Socket createSocket(InetAddress h, int p, InetAddress l, int lp) { throw new UnsupportedOperationException(); }
    }).build();
    assertSame(own, FullWriteSocketFactory.install(own));
    OkHttpClient h2c = new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();
    assertSame(h2c, FullWriteSocketFactory.install(h2c));
  }

  /** An output stream that records the size of each write it is given. */
  private static final class Recording extends OutputStream {
    final List<Integer> writes = new ArrayList<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes.add(len);
      bytes.write(b, off, len);
    }
  }

  private static byte[] bytes(char c, int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) c);
    return b;
  }
}
