package fishaudio.client.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * Cleartext sockets whose output is a {@link FullRecordStream}: a file part goes out in writes of
 * {@link FullRecordStream#CLEARTEXT_BYTES}, not in one syscall per 8 KiB Okio segment. Every other
 * write (request heads, small bodies, WebSocket frames) goes straight through.
 */
public final class FullWriteSocketFactory extends SocketFactory {
  private FullWriteSocketFactory() {}

  /**
   * {@code client} with this factory, for a base URL in cleartext; {@code client} itself when it was
   * given a socket factory of its own, or may speak HTTP/2 without TLS, whose flow control must never
   * wait with bytes held.
   */
  public static OkHttpClient install(OkHttpClient client) {
    if (client.socketFactory() != SocketFactory.getDefault() || client.protocols().contains(Protocol.H2_PRIOR_KNOWLEDGE)) {
      return client;
    }
    return client.newBuilder().socketFactory(new FullWriteSocketFactory()).build();
  }

  private static final class FullWriteSocket extends Socket {
    private OutputStream out;

    FullWriteSocket() {}

    FullWriteSocket(String host, int port) throws IOException {
      super(host, port);
    }

    FullWriteSocket(InetAddress host, int port) throws IOException {
      super(host, port);
    }

    FullWriteSocket(String host, int port, InetAddress local, int localPort) throws IOException {
      super(host, port, local, localPort);
    }

    FullWriteSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
      super(host, port, local, localPort);
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      if (out == null) {
        out = new FullRecordStream(super.getOutputStream());
      }
      return out;
    }
  }

  // OkHttp calls the first; the others are SocketFactory's contract.
  @Override public Socket createSocket() { return new FullWriteSocket(); }
  @Override public Socket createSocket(String host, int port) throws IOException { return new FullWriteSocket(host, port); }
  @Override public Socket createSocket(InetAddress host, int port) throws IOException { return new FullWriteSocket(host, port); }
  @Override public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException { return new FullWriteSocket(host, port, local, localPort); }
  @Override public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException { return new FullWriteSocket(host, port, local, localPort); }
}
