package fishaudio.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.channels.SocketChannel;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A TLS socket that is another one in every respect but its output stream, a {@link FullRecordStream}.
 * Everything a client uses is forwarded, the SSLParameters (ALPN's offer, which OkHttp sets there) and
 * ALPN's choice included, so HTTP/2 is negotiated as without it; not the server side's ALPN selector,
 * nor Java 9's socket options.
 */
final class FullRecordSocket extends SSLSocket {
  // Java 9's ALPN methods, also in 8u252 and later; this compiles against Java 8, so they are found here.
  private static final Method APPLICATION_PROTOCOL = method("getApplicationProtocol");
  private static final Method HANDSHAKE_APPLICATION_PROTOCOL = method("getHandshakeApplicationProtocol");

  /**
   * Whether to wrap at all: OkHttp negotiates HTTP/2 through the ALPN methods above on the JVM, but
   * on Android it recognises a socket by its class, which a wrapper hides.
   */
  static final boolean SUPPORTED = APPLICATION_PROTOCOL != null && !"Dalvik".equals(System.getProperty("java.vm.name"));

  private final SSLSocket delegate;
  private OutputStream out;

  FullRecordSocket(SSLSocket delegate) {
    this.delegate = delegate;
  }

  @Override
  public synchronized OutputStream getOutputStream() throws IOException {
    if (out == null) {
      out = new FullRecordStream(delegate.getOutputStream(), delegate);
    }
    return out;
  }

  /** ALPN's choice on {@code socket}: "" for none, null until the handshake is done. */
  static String applicationProtocol(SSLSocket socket) {
    return (String) call(socket, APPLICATION_PROTOCOL);
  }

  public String getApplicationProtocol() { return applicationProtocol(delegate); }
  public String getHandshakeApplicationProtocol() { return (String) call(delegate, HANDSHAKE_APPLICATION_PROTOCOL); }

  private static Method method(String name) {
    try {
      return SSLSocket.class.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object call(SSLSocket socket, Method method) {
    if (method == null) {
      throw new UnsupportedOperationException(); // as SSLSocket's own before Java 9
    }
    try {
      return method.invoke(socket);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  // SSLSocket.
  @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
  @Override public String[] getEnabledCipherSuites() { return delegate.getEnabledCipherSuites(); }
  @Override public void setEnabledCipherSuites(String[] suites) { delegate.setEnabledCipherSuites(suites); }
  @Override public String[] getSupportedProtocols() { return delegate.getSupportedProtocols(); }
  @Override public String[] getEnabledProtocols() { return delegate.getEnabledProtocols(); }
  @Override public void setEnabledProtocols(String[] protocols) { delegate.setEnabledProtocols(protocols); }
  @Override public SSLSession getSession() { return delegate.getSession(); }
  @Override public SSLSession getHandshakeSession() { return delegate.getHandshakeSession(); }
  @Override public void addHandshakeCompletedListener(HandshakeCompletedListener l) { delegate.addHandshakeCompletedListener(l); }
  @Override public void removeHandshakeCompletedListener(HandshakeCompletedListener l) { delegate.removeHandshakeCompletedListener(l); }
  @Override public void startHandshake() throws IOException { delegate.startHandshake(); }
  @Override public void setUseClientMode(boolean mode) { delegate.setUseClientMode(mode); }
  @Override public boolean getUseClientMode() { return delegate.getUseClientMode(); }
  @Override public void setNeedClientAuth(boolean need) { delegate.setNeedClientAuth(need); }
  @Override public boolean getNeedClientAuth() { return delegate.getNeedClientAuth(); }
  @Override public void setWantClientAuth(boolean want) { delegate.setWantClientAuth(want); }
  @Override public boolean getWantClientAuth() { return delegate.getWantClientAuth(); }
  @Override public void setEnableSessionCreation(boolean flag) { delegate.setEnableSessionCreation(flag); }
  @Override public boolean getEnableSessionCreation() { return delegate.getEnableSessionCreation(); }
  @Override public SSLParameters getSSLParameters() { return delegate.getSSLParameters(); }
  @Override public void setSSLParameters(SSLParameters parameters) { delegate.setSSLParameters(parameters); }

  // Socket.
  @Override public InputStream getInputStream() throws IOException { return delegate.getInputStream(); }
  @Override public void connect(SocketAddress endpoint) throws IOException { delegate.connect(endpoint); }
  @Override public void connect(SocketAddress endpoint, int timeout) throws IOException { delegate.connect(endpoint, timeout); }
  @Override public void bind(SocketAddress bindpoint) throws IOException { delegate.bind(bindpoint); }
  @Override public InetAddress getInetAddress() { return delegate.getInetAddress(); }
  @Override public InetAddress getLocalAddress() { return delegate.getLocalAddress(); }
  @Override public int getPort() { return delegate.getPort(); }
  @Override public int getLocalPort() { return delegate.getLocalPort(); }
  @Override public SocketAddress getRemoteSocketAddress() { return delegate.getRemoteSocketAddress(); }
  @Override public SocketAddress getLocalSocketAddress() { return delegate.getLocalSocketAddress(); }
  @Override public SocketChannel getChannel() { return delegate.getChannel(); }
  @Override public void setTcpNoDelay(boolean on) throws SocketException { delegate.setTcpNoDelay(on); }
  @Override public boolean getTcpNoDelay() throws SocketException { return delegate.getTcpNoDelay(); }
  @Override public void setSoLinger(boolean on, int linger) throws SocketException { delegate.setSoLinger(on, linger); }
  @Override public int getSoLinger() throws SocketException { return delegate.getSoLinger(); }
  @Override public void sendUrgentData(int data) throws IOException { delegate.sendUrgentData(data); }
  @Override public void setOOBInline(boolean on) throws SocketException { delegate.setOOBInline(on); }
  @Override public boolean getOOBInline() throws SocketException { return delegate.getOOBInline(); }
  @Override public void setSoTimeout(int timeout) throws SocketException { delegate.setSoTimeout(timeout); }
  @Override public int getSoTimeout() throws SocketException { return delegate.getSoTimeout(); }
  @Override public void setSendBufferSize(int size) throws SocketException { delegate.setSendBufferSize(size); }
  @Override public int getSendBufferSize() throws SocketException { return delegate.getSendBufferSize(); }
  @Override public void setReceiveBufferSize(int size) throws SocketException { delegate.setReceiveBufferSize(size); }
  @Override public int getReceiveBufferSize() throws SocketException { return delegate.getReceiveBufferSize(); }
  @Override public void setKeepAlive(boolean on) throws SocketException { delegate.setKeepAlive(on); }
  @Override public boolean getKeepAlive() throws SocketException { return delegate.getKeepAlive(); }
  @Override public void setTrafficClass(int tc) throws SocketException { delegate.setTrafficClass(tc); }
  @Override public int getTrafficClass() throws SocketException { return delegate.getTrafficClass(); }
  @Override public void setReuseAddress(boolean on) throws SocketException { delegate.setReuseAddress(on); }
  @Override public boolean getReuseAddress() throws SocketException { return delegate.getReuseAddress(); }
  @Override public void close() throws IOException { delegate.close(); }
  @Override public void shutdownInput() throws IOException { delegate.shutdownInput(); }
  @Override public void shutdownOutput() throws IOException { delegate.shutdownOutput(); }
  @Override public boolean isConnected() { return delegate.isConnected(); }
  @Override public boolean isBound() { return delegate.isBound(); }
  @Override public boolean isClosed() { return delegate.isClosed(); }
  @Override public boolean isInputShutdown() { return delegate.isInputShutdown(); }
  @Override public boolean isOutputShutdown() { return delegate.isOutputShutdown(); }
  @Override public void setPerformancePreferences(int time, int latency, int bandwidth) { delegate.setPerformancePreferences(time, latency, bandwidth); }
  @Override public String toString() { return delegate.toString(); }
}
