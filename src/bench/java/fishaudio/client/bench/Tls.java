package fishaudio.client.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The TLS of the bench: a self-signed certificate for {@code localhost} made at bench time with
 * keytool (RSA 2048), which the sink serves and every client trusts: the JVM sides through an
 * SSLContext built from it (the client through {@code okHttpClient(...)}), curl through
 * {@code --cacert} and the PEM beside it.
 */
final class Tls {
  private static final char[] PASSWORD = "bench-pass".toCharArray();

  private Tls() {}

  /** DIR/bench.p12 (key and certificate) and DIR/bench.pem (the certificate), made once. */
  static Path keystore(Path dir) throws Exception {
    Path p12 = dir.resolve("bench.p12");
    if (!Files.exists(p12)) {
      Files.createDirectories(dir);
      String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
      Bench.exec(List.of(keytool, "-genkeypair", "-alias", "bench", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3",
          "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
          "-keystore", p12.toString(), "-storepass", new String(PASSWORD)));
      Bench.exec(List.of(keytool, "-exportcert", "-rfc", "-alias", "bench", "-keystore", p12.toString(),
          "-storepass", new String(PASSWORD), "-file", pem(p12).toString()));
    }
    return p12;
  }

  static Path pem(Path p12) {
    return p12.resolveSibling("bench.pem");
  }

  /** An SSLContext that serves and trusts the bench certificate, from PROVIDER (null: the JDK's). */
  static SSLContext context(Path p12, Provider provider) throws Exception {
    KeyStore store = load(p12);
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    SSLContext context = provider == null ? SSLContext.getInstance("TLS") : SSLContext.getInstance("TLS", provider);
    context.init(keys.getKeyManagers(), trust(store).getTrustManagers(), null);
    return context;
  }

  private static KeyStore load(Path p12) throws Exception {
    return KeyStore.getInstance(p12.toFile(), PASSWORD);
  }

  private static TrustManagerFactory trust(KeyStore store) throws Exception {
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    return trust;
  }

  /** An OkHttpClient that trusts the bench certificate, over PROVIDER's TLS (null: the JDK's). */
  static OkHttpClient okHttp(Path p12, Provider provider) throws Exception {
    X509TrustManager tm = (X509TrustManager) trust(load(p12)).getTrustManagers()[0];
    return new OkHttpClient.Builder().sslSocketFactory(context(p12, provider).getSocketFactory(), tm).build();
  }

  /** Conscrypt's provider (BoringSSL) when its jar is on the classpath, else null. */
  static Provider conscrypt() {
    try {
      return (Provider) Class.forName("org.conscrypt.Conscrypt").getMethod("newProvider").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
