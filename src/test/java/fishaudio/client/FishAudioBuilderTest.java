package fishaudio.client;

import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.errors.TransportException;

import static fishaudio.client.ClientFixture.API_KEY;
import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building a client: where the key and base URL come from, and which configurations are refused. */
@Timeout(30)
class FishAudioBuilderTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @Test
  void missingApiKeyErrorNamesTheSetterAndTheEnvironmentVariable() {
    ConfigurationException e = fixture.assertThrows(ConfigurationException.class,
        () -> FishAudio.builder().fromEnv(Map.of(), new Properties()).build());

    assertTrue(e.getMessage().contains("apiKey("), e.getMessage());
    assertTrue(e.getMessage().contains("FISH_API_KEY"), e.getMessage());
  }

  @Test
  void blankApiKeyCountsAsMissing() {
    ConfigurationException e = fixture.assertThrows(ConfigurationException.class,
        () -> FishAudio.builder().fromEnv(Map.of("FISH_API_KEY", "  "), new Properties()).build());

    assertTrue(e.getMessage().contains("FISH_API_KEY"), e.getMessage());
  }

  @Test
  void apiKeySetterBeatsSystemPropertyWhichBeatsEnvironment() throws Exception {
    Map<String, String> env = Map.of("FISH_API_KEY", "sk-env", "FISH_BASE_URL", fixture.baseUrl());
    Properties props = new Properties();
    props.setProperty("fishaudio.apiKey", "sk-prop");

    assertEquals("Bearer sk-setter", authorizationSentBy(FishAudio.builder().apiKey("sk-setter").fromEnv(env, props)));
    assertEquals("Bearer sk-setter", authorizationSentBy(FishAudio.builder().fromEnv(env, props).apiKey("sk-setter")));
    assertEquals("Bearer sk-prop", authorizationSentBy(FishAudio.builder().fromEnv(env, props)));
    assertEquals("Bearer sk-env", authorizationSentBy(FishAudio.builder().fromEnv(env, new Properties())));
  }

  @Test
  void baseUrlSetterBeatsSystemPropertyWhichBeatsEnvironment() throws Exception {
    Map<String, String> env = Map.of("FISH_API_KEY", API_KEY, "FISH_BASE_URL", fixture.server.url("/env/").toString());
    Properties props = new Properties();
    props.setProperty("fishaudio.baseUrl", fixture.server.url("/prop/").toString());
    String setter = fixture.server.url("/setter/").toString();

    assertEquals("/setter/v1/voice-design", pathSentBy(FishAudio.builder().baseUrl(setter).fromEnv(env, props)));
    assertEquals("/prop/v1/voice-design", pathSentBy(FishAudio.builder().fromEnv(env, props)));
    assertEquals("/env/v1/voice-design", pathSentBy(FishAudio.builder().fromEnv(env, new Properties())));
  }

  @Test
  void baseUrlIsNormalisedToATrailingSlash() throws Exception {
    String withoutSlash = fixture.server.url("/proxy/v4beta").toString();
    FishAudio client = fixture.track(fixture.builder().baseUrl(withoutSlash).build());
    fixture.server.enqueue(designed());

    client.voiceDesign().designVoice(designRequest());

    assertEquals(withoutSlash + "/", client.baseUrl().toString());
    assertEquals("/proxy/v4beta/v1/voice-design", fixture.takeRequest().getPath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "api.fish.audio", "ftp://api.fish.audio/", "http://"})
  void malformedBaseUrlIsAConfigurationError(String baseUrl) {
    ConfigurationException e = fixture.assertThrows(ConfigurationException.class,
        () -> FishAudio.builder().apiKey(API_KEY).baseUrl(baseUrl).build());

    assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.fish.audio/", "http://localhost.example.com/", "http://127.0.0.1.nip.io/", "http://cafe/", "http://dead:8080/"})
  void plainHttpToANonLoopbackHostIsRefused(String baseUrl) {
    ConfigurationException e = fixture.assertThrows(ConfigurationException.class,
        () -> FishAudio.builder().apiKey(API_KEY).baseUrl(baseUrl).build());

    assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());
  }

  @Test
  void allowInsecureHttpPermitsPlainHttpToAnyHost() {
    FishAudio client = fixture.track(
        FishAudio.builder().apiKey(API_KEY).baseUrl("http://api.fish.audio/").allowInsecureHttp(true).build());

    assertEquals("http://api.fish.audio/", client.baseUrl().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:4010/", "http://localhost:4010/", "http://[::1]:4010/"})
  void plainHttpToLoopbackIsAllowed(String baseUrl) {
    FishAudio client = fixture.track(FishAudio.builder().apiKey(API_KEY).baseUrl(baseUrl).build());

    assertEquals(baseUrl, client.baseUrl().toString());
  }

  @Test
  void defaultBaseUrlIsTheLiveService() {
    FishAudio set = fixture.track(FishAudio.builder().apiKey(API_KEY).build());
    FishAudio fromEnv = fixture.track(FishAudio.builder().fromEnv(Map.of("FISH_API_KEY", API_KEY), new Properties()).build());

    assertEquals("https://api.fish.audio/", set.baseUrl().toString());
    assertEquals(FishAudio.DEFAULT_BASE_URL, fromEnv.baseUrl().toString());
  }

  @Test
  void negativeMaxRetriesIsRefused() {
    ConfigurationException e = fixture.assertThrows(ConfigurationException.class,
        () -> FishAudio.builder().maxRetries(-1));

    assertTrue(e.getMessage().contains("maxRetries"), e.getMessage());
  }

  @Test
  void ownOkHttpClientKeepsItsInterceptors() throws Exception {
    List<Request> seen = new CopyOnWriteArrayList<>();
    OkHttpClient mine = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(chain.request());
          return chain.proceed(chain.request());
        })
        .build();
    FishAudio client = fixture.track(fixture.builder().okHttpClient(mine).build());
    fixture.server.enqueue(designed());

    client.voiceDesign().designVoice(designRequest());

    RecordedRequest sent = fixture.takeRequest();
    assertEquals(1, seen.size());
    assertEquals(sent.getRequestUrl(), seen.get(0).url());
    assertEquals(List.of("Bearer " + API_KEY), sent.getHeaders().values("Authorization"));
  }

  @Test
  void ownOkHttpClientKeepsItsTimeoutsWhenNoneIsSet() throws Exception {
    OkHttpClient mine = new OkHttpClient.Builder().readTimeout(200, TimeUnit.MILLISECONDS).build();
    FishAudio client = fixture.track(fixture.builder().okHttpClient(mine).build());
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    TransportException e = fixture.assertThrows(TransportException.class, () -> client.voiceDesign().designVoice(designRequest()));

    assertInstanceOf(SocketTimeoutException.class, e.getCause());
  }

  @Test
  void timeoutSetOnTheBuilderOverridesTheOwnClients() throws Exception {
    OkHttpClient mine = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(10)).build();
    FishAudio client = fixture.track(fixture.builder().okHttpClient(mine).timeout(Duration.ofMillis(200)).build());
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    TransportException e = fixture.assertThrows(TransportException.class, () -> client.voiceDesign().designVoice(designRequest()));

    assertInstanceOf(SocketTimeoutException.class, e.getCause());
  }

  @Test
  void closeLeavesAPassedInOkHttpClientRunning() {
    OkHttpClient mine = new OkHttpClient();
    FishAudio client = fixture.builder().okHttpClient(mine).build();

    client.close();

    assertFalse(mine.dispatcher().executorService().isShutdown());
  }

  private String authorizationSentBy(FishAudio.Builder builder) throws InterruptedException {
    return sentBy(builder).getHeader("Authorization");
  }

  private String pathSentBy(FishAudio.Builder builder) throws InterruptedException {
    return sentBy(builder).getPath();
  }

  private RecordedRequest sentBy(FishAudio.Builder builder) throws InterruptedException {
    fixture.server.enqueue(designed());
    fixture.track(builder.build()).voiceDesign().designVoice(designRequest());
    return fixture.takeRequest();
  }
}
