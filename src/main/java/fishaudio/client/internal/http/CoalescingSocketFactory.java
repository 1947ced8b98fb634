package fishaudio.client.internal.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Plain sockets whose writes reach the kernel 64 KiB at a time. Okio hands a socket one 8 KiB
 * segment a write, and each write is a syscall that wakes the reader; an upload of 512 MiB is
 * then 65,536 of them. The bytes wait here only until the next flush, which OkHttp makes after
 * every request head and body. Used only for clients this library builds itself: a passed
 * OkHttpClient keeps its own socket factory, and with it its connection pool's sharing.
 */
public final class CoalescingSocketFactory extends SocketFactory {
  public static final int WRITE_SIZE = 64 * 1024;

  @Override
  public Socket createSocket() {
    return new CoalescingSocket();
  }

  // OkHttp creates unconnected sockets and connects them itself; these are SocketFactory's contract.
  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return createSocket(InetAddress.getByName(host), port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return createSocket(InetAddress.getByName(host), port, localHost, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port), new InetSocketAddress(localAddress, localPort));
  }

  private static Socket connected(SocketAddress remote, @Nullable SocketAddress local) throws IOException {
    Socket socket = new CoalescingSocket();
    try {
      if (local != null) {
        socket.bind(local);
      }
      socket.connect(remote);
      return socket;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static final class CoalescingSocket extends Socket {
    private OutputStream out;

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      if (out == null) {
        out = new BufferedOutputStream(super.getOutputStream(), WRITE_SIZE);
      }
      return out;
    }
  }
}
