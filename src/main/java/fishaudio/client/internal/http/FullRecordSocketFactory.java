package fishaudio.client.internal.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The TLS sockets of another factory, each a {@link FullRecordSocket} when it is SunJSSE's (the
 * JDK's). Other providers' sockets are left as they are: OkHttp sets up ALPN on Conscrypt's,
 * BouncyCastle's and OpenJSSE's through their own APIs, once it recognises them by their class.
 */
public final class FullRecordSocketFactory extends SSLSocketFactory {
  private final SSLSocketFactory delegate;

  private FullRecordSocketFactory(SSLSocketFactory delegate) {
    this.delegate = delegate;
  }

  /**
   * {@code client} with its TLS factory wrapped; {@code client} itself when it speaks only cleartext,
   * was given a factory without its trust manager, or runs on Android or on a JVM without ALPN's API.
   */
  public static OkHttpClient install(OkHttpClient client) {
    X509TrustManager trust = client.x509TrustManager();
    if (trust == null || !FullRecordSocket.SUPPORTED || client.sslSocketFactory() instanceof FullRecordSocketFactory) {
      return client;
    }
    return client.newBuilder().sslSocketFactory(new FullRecordSocketFactory(client.sslSocketFactory()), trust).build();
  }

  private static Socket wrap(Socket socket) {
    return socket instanceof SSLSocket && socket.getClass().getName().startsWith("sun.security.ssl.")
        ? new FullRecordSocket((SSLSocket) socket) : socket;
  }

  // OkHttp calls the first; the others are SSLSocketFactory's contract.
  @Override public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException { return wrap(delegate.createSocket(s, host, port, autoClose)); }
  @Override public Socket createSocket() throws IOException { return wrap(delegate.createSocket()); }
  @Override public Socket createSocket(String host, int port) throws IOException { return wrap(delegate.createSocket(host, port)); }
  @Override public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException { return wrap(delegate.createSocket(host, port, local, localPort)); }
  @Override public Socket createSocket(InetAddress host, int port) throws IOException { return wrap(delegate.createSocket(host, port)); }
  @Override public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException { return wrap(delegate.createSocket(host, port, local, localPort)); }
  @Override public String[] getDefaultCipherSuites() { return delegate.getDefaultCipherSuites(); }
  @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
}
