package fishaudio.client.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * TLS on loopback for tests: a self-signed certificate for {@code localhost} and {@code 127.0.0.1}
 * made once per JVM with the JDK's keytool (EC P-256, which is quick to make), an SSLContext that
 * serves and trusts it, and an OkHttpClient builder that trusts it.
 */
public final class LoopbackTls {
  private static final char[] PASSWORD = "loopback".toCharArray();
  private static LoopbackTls instance;

  private final SSLContext context;
  private final X509TrustManager trustManager;

  private LoopbackTls(KeyStore store) throws GeneralSecurityException {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    this.trustManager = (X509TrustManager) trust.getTrustManagers()[0];
    this.context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
  }

  public static synchronized LoopbackTls get() throws Exception {
    if (instance == null) {
      Path dir = Files.createTempDirectory("loopback-tls");
      Path p12 = dir.resolve("localhost.p12");
      String keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool").toString();
      Process p = new ProcessBuilder(Arrays.asList(keytool, "-genkeypair", "-alias", "localhost", "-keyalg", "EC",
          "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
          "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", p12.toString(),
          "-storepass", new String(PASSWORD))).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("keytool: " + output);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(p12)) {
        store.load(in, PASSWORD);
      }
      instance = new LoopbackTls(store);
      for (Path file : List.of(p12, dir)) {
        Files.delete(file);
      }
    }
    return instance;
  }

  /** Serves the certificate (its server socket factory) and trusts it (its socket factory). */
  public SSLContext context() {
    return context;
  }

  public X509TrustManager trustManager() {
    return trustManager;
  }

  /** An OkHttpClient builder that trusts the certificate, set as OkHttp wants: factory and trust manager. */
  public OkHttpClient.Builder okHttp() {
    return new OkHttpClient.Builder().sslSocketFactory(context.getSocketFactory(), trustManager);
  }
}
