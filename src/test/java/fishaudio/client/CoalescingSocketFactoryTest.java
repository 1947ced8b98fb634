package fishaudio.client;

import fishaudio.client.internal.http.CoalescingSocketFactory;

import fishaudio.client.FishAudio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Plain sockets hold writes until a flush or 64 KiB; only clients this library builds for http use them. */
@Timeout(30)
class CoalescingSocketFactoryTest {
  private static final int SIZE = CoalescingSocketFactory.WRITE_SIZE;

  @Test
  void aSmallWriteWaitsForTheFlush() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new CoalescingSocketFactory().createSocket(server.getInetAddress(), server.getLocalPort());
        Socket accepted = server.accept()) {
      accepted.setSoTimeout(300);
      InputStream in = accepted.getInputStream();
      byte[] segment = pattern(8192, 1);

      client.getOutputStream().write(segment);

      assertThrows(SocketTimeoutException.class, in::read, "an 8 KiB write reached the peer before any flush");
      client.getOutputStream().flush();
      byte[] got = new byte[segment.length];
      new DataInputStream(in).readFully(got);
      assertArrayEquals(segment, got);
    }
  }

  @Test
  void aFullBufferGoesOutWithoutAFlushAndBytesKeepTheirOrder() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new CoalescingSocketFactory().createSocket();
        Socket accepted = acceptAfterConnect(server, client)) {
      accepted.setSoTimeout(5000);
      OutputStream out = client.getOutputStream();
      assertSame(out, client.getOutputStream(), "one stream per socket, so that nothing is buffered twice");
      byte[] all = pattern(SIZE + 8192, 7);
      for (int at = 0; at < all.length; at += 8192) {
        out.write(all, at, 8192);
      }

      // The first 64 KiB went out when the buffer filled; the last segment waits.
      byte[] first = new byte[SIZE];
      new DataInputStream(accepted.getInputStream()).readFully(first);
      assertArrayEquals(Arrays.copyOf(all, SIZE), first);
      out.flush();
      byte[] rest = new byte[8192];
      new DataInputStream(accepted.getInputStream()).readFully(rest);
      assertArrayEquals(Arrays.copyOfRange(all, SIZE, all.length), rest);
    }
  }

  @Test
  void aClientBuiltForPlainHttpUsesIt() {
    try (FishAudio fish = FishAudio.builder().apiKey("k").baseUrl("http://127.0.0.1:9/").build()) {
      assertTrue(fish.okHttp().socketFactory() instanceof CoalescingSocketFactory);
      assertTrue(fish.withTimeout(java.time.Duration.ofSeconds(1)).okHttp().socketFactory() instanceof CoalescingSocketFactory);
    }
  }

  @Test
  void httpsAndAPassedClientKeepTheirSocketFactory() {
    try (FishAudio https = FishAudio.builder().apiKey("k").baseUrl("https://api.fish.audio/").build()) {
      assertSame(SocketFactory.getDefault(), https.okHttp().socketFactory());
    }
    OkHttpClient mine = new OkHttpClient();
    try (FishAudio passed = FishAudio.builder().apiKey("k").baseUrl("http://127.0.0.1:9/").okHttpClient(mine).build()) {
      // A different factory would also split the connection pool the caller shares with us.
      assertSame(mine.socketFactory(), passed.okHttp().socketFactory());
      assertFalse(passed.okHttp().socketFactory() instanceof CoalescingSocketFactory);
    }
  }

  private static Socket acceptAfterConnect(ServerSocket server, Socket client) throws Exception {
    client.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
    return server.accept();
  }

  private static byte[] pattern(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31 + seed);
    }
    return bytes;
  }
}
