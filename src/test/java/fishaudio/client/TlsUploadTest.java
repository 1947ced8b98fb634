package fishaudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.testing.LoopbackTls;
import fishaudio.client.testing.TlsRecordRelay;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionSpec;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file upload over TLS, through the real client to a loopback server: its records as they pass on
 * the wire (a relay reads each record's header), HTTP/2 still negotiated through the client's TLS
 * sockets, and which OkHttpClients get those sockets at all.
 */
@Timeout(60)
class TlsUploadTest {
  private static final int FILE_BYTES = 4 << 20;

  @TempDir
  Path dir;

  private LoopbackTls tls;
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    tls = LoopbackTls.get();
    server = new MockWebServer();
    server.useHttps(tls.context().getSocketFactory(), false);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aFileUploadGoesOutInFullTlsRecords() throws Exception {
    server.setProtocols(List.of(Protocol.HTTP_1_1));
    server.start();
    byte[] file = ClientFixture.bytes(7, FILE_BYTES);
    try (TlsRecordRelay relay = new TlsRecordRelay(server.getPort());
        FishAudio client = client("https://localhost:" + relay.port() + "/", tls.okHttp().build())) {
      server.enqueue(ClientFixture.created());

      ModelEntity model = client.voiceCloning().createModel(
          ClientFixture.modelRequest(Upload.of(ClientFixture.write(dir.resolve("voice.wav"), file))).build());

      assertNotNull(model.id());
      List<ClientFixture.FormPart> voices = ClientFixture.named(ClientFixture.parts(takeRequest()), "voices");
      assertArrayEquals(file, voices.get(0).body().toByteArray(), "the file arrived altered");
      List<Integer> records = relay.applicationRecords();
      // A full record is 16 KiB of plaintext (16,367 bytes under the JDK's TLS 1.3) and its overhead.
      long full = records.stream().filter(length -> length >= 16 * 1024).count();
      String seen = records.size() + " application_data records for a file of " + FILE_BYTES + " bytes, by length: "
          + TlsRecordRelay.histogram(records);
      // One record per 8 KiB segment would be 512; full ones, 257, plus the head, the other parts and the end.
      assertTrue(records.size() <= 0.6 * FILE_BYTES / 8192, seen);
      assertTrue(full * (16 * 1024 - 17) >= 0.95 * FILE_BYTES, seen);
    }
  }

  @Test
  void http2IsStillNegotiatedThroughTheClientsTlsSockets() throws Exception {
    server.setProtocols(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1));
    server.start();
    List<Protocol> protocols = new CopyOnWriteArrayList<>();
    List<Socket> sockets = new CopyOnWriteArrayList<>();
    OkHttpClient http = tls.okHttp().eventListener(new EventListener() {
      @Override
      public void connectionAcquired(Call call, Connection connection) {
        protocols.add(connection.protocol());
        sockets.add(connection.socket());
      }
    }).build();
    byte[] file = ClientFixture.bytes(8, 1 << 20);
    try (FishAudio client = client(server.url("/").toString(), http)) {
      server.enqueue(ClientFixture.created());

      ModelEntity model = client.voiceCloning().createModel(
          ClientFixture.modelRequest(Upload.of(ClientFixture.write(dir.resolve("voice.wav"), file))).build());

      assertNotNull(model.id());
      assertEquals(List.of(Protocol.HTTP_2), protocols);
      assertEquals("FullRecordSocket", sockets.get(0).getClass().getSimpleName());
      RecordedRequest request = takeRequest();
      assertArrayEquals(file, ClientFixture.named(ClientFixture.parts(request), "voices").get(0).body().toByteArray());
    }
  }

  @Test
  void theClientsOwnOkHttpClientAndItsViewsShareOneWrappedTlsFactory() {
    try (FishAudio client = FishAudio.builder().apiKey(ClientFixture.API_KEY).build()) {
      assertEquals("FullRecordSocketFactory", client.okHttp().sslSocketFactory().getClass().getSimpleName());
      // One factory, so a view's calls share the client's pooled connections (OkHttp's Address compares it).
      assertSame(client.okHttp().sslSocketFactory(), client.withTimeout(Duration.ofSeconds(5)).okHttp().sslSocketFactory());
    }
  }

  @Test
  void aCleartextOnlyOkHttpClientIsLeftWithoutTls() {
    OkHttpClient cleartext = new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
    try (FishAudio client = FishAudio.builder().apiKey(ClientFixture.API_KEY).baseUrl("http://localhost:1/")
        .allowInsecureHttp(true).okHttpClient(cleartext).build()) {
      assertNull(client.okHttp().x509TrustManager());
      assertEquals(List.of(ConnectionSpec.CLEARTEXT), client.okHttp().connectionSpecs());
    }
  }

  private static FishAudio client(String baseUrl, OkHttpClient http) {
    return FishAudio.builder().apiKey(ClientFixture.API_KEY).baseUrl(baseUrl).okHttpClient(http).build();
  }

  private RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertNotNull(request, "no request reached the server");
    return request;
  }
}
