package fishaudio.client;

import com.squareup.moshi.Moshi;
import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.generated.Services;
import fishaudio.client.generated.TtsModel;
import fishaudio.client.helpers.TrainingWaiter;
import fishaudio.client.internal.ClientRuntime;
import fishaudio.client.internal.codec.DecodingConverterFactory;
import fishaudio.client.internal.errors.ErrorMapper;
import fishaudio.client.internal.errors.Redactor;
import fishaudio.client.internal.http.AuthInterceptor;
import fishaudio.client.internal.http.ConcurrencyLimit;
import fishaudio.client.internal.http.ErrorBodyLimit;
import fishaudio.client.internal.http.FullRecordSocketFactory;
import fishaudio.client.internal.http.FullWriteSocketFactory;
import fishaudio.client.internal.http.HttpLogger;
import fishaudio.client.internal.http.Processing;
import fishaudio.client.internal.http.RetryInterceptor;
import fishaudio.client.internal.http.Shutdown;
import fishaudio.client.internal.http.Sleeper;
import fishaudio.client.internal.live.LiveConnector;
import fishaudio.client.internal.live.LiveOptions;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * A client for Fish Audio's voice APIs. Build one with {@link #builder()} or {@link #fromEnv()},
 * share it, and {@link #close()} it when done. Its services, one per tag of the spec, are generated
 * ({@link Services}): {@code client.voiceDesign().designVoice(request)},
 * {@code client.voiceCloning().createModel(form)}, and so on, each with an {@code ...Async} twin and a
 * {@code withRawResponse()} form.
 *
 * <p>Every call validates its arguments against the spec before any byte is sent, and throws a
 * {@link fishaudio.client.errors.FishAudioException} subclass on failure. Thread-safe.
 */
public final class FishAudio extends Services implements AutoCloseable {
  /** The live service. */
  public static final String DEFAULT_BASE_URL = "https://api.fish.audio/";

  private final HttpUrl baseUrl;
  private final ClientRuntime runtime;
  private final int maxRetries;

  private FishAudio(HttpUrl baseUrl, ClientRuntime runtime, int maxRetries) {
    super(runtime);
    this.baseUrl = baseUrl;
    this.runtime = runtime;
    this.maxRetries = maxRetries;
  }

  /**
   * This client with another read and write timeout, for the calls made through what it returns.
   * It is the same client, not a second one: the same connections, threads, request slots and
   * retries, and closing either closes both.
   *
   * @throws ConfigurationException when the timeout is null, zero or negative
   */
  public FishAudio withTimeout(Duration timeout) {
    Builder.checkPositive("timeout", timeout);
    runtime.ensureOpen();
    return view(runtime.http().newBuilder().readTimeout(timeout).writeTimeout(timeout).build());
  }

  /**
   * This client with another overall deadline per call (retries and their waits included), or
   * none for null; the same client, as with {@link #withTimeout}.
   *
   * @throws ConfigurationException when the deadline is zero or negative
   */
  public FishAudio withCallTimeout(Duration callTimeout) {
    if (callTimeout != null) {
      Builder.checkPositive("callTimeout", callTimeout);
    }
    runtime.ensureOpen();
    return view(runtime.http().newBuilder().callTimeout(callTimeout == null ? Duration.ZERO : callTimeout).build());
  }

  private FishAudio view(OkHttpClient http) {
    return new FishAudio(baseUrl, runtime.with(http), maxRetries);
  }

  /** A builder with nothing set; see {@link Builder#fromEnv()} to read the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client configured from system properties and environment variables: {@code builder().fromEnv().build()}. */
  public static FishAudio fromEnv() {
    return builder().fromEnv().build();
  }

  /** The OkHttpClient this client calls through; for the tests of this package. */
  OkHttpClient okHttp() {
    return runtime.http();
  }

  /** The base URL requests go to, ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Ends this client, for good: every call after it fails at once with {@link IllegalStateException},
   * and so does, at once, every call not yet sent (queued, waiting for a request slot or to retry); a
   * call in flight finishes, and its connection is closed, not pooled; every wait of
   * {@code waitUntilTrained} and {@code waitUntilTrainedAsync} is cancelled, its poll's HTTP call with
   * it; the threads and connections of the OkHttpClient this client created end. An OkHttpClient you
   * passed in is left running. Closing again does nothing.
   */
  @Override
  public void close() {
    runtime.shutdown().close();
  }

  @Override
  public String toString() {
    return "FishAudio{baseUrl=" + baseUrl + ", maxRetries=" + maxRetries + "}";
  }

  /** The pipeline: its OkHttpClient (auth, retries, slots, close), Retrofit and decoding. */
  private static FishAudio create(Builder builder, String apiKey, HttpUrl baseUrl) {
    boolean ownsHttp = builder.okHttpClient == null;
    Shutdown shutdown = new Shutdown();
    Redactor redactor = new Redactor(apiKey);
    OkHttpClient.Builder http = ownsHttp ? new OkHttpClient.Builder() : builder.okHttpClient.newBuilder();
    if (ownsHttp || builder.timeout != null) {
      Duration timeout = builder.timeout != null ? builder.timeout : Builder.DEFAULT_TIMEOUT;
      http.readTimeout(timeout).writeTimeout(timeout);
    }
    if (ownsHttp || builder.connectTimeout != null) {
      http.connectTimeout(builder.connectTimeout != null ? builder.connectTimeout : Builder.DEFAULT_CONNECT_TIMEOUT);
    }
    // OkHttp's own silent retry could resend a POST the server already processed; ours knows better.
    http.retryOnConnectionFailure(false)
        // The API never redirects; a followed redirect would resend the body (voice files) elsewhere.
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(new RetryInterceptor(builder.maxRetries, builder.maxResponseBytes, builder.clock, shutdown.endingAtClose(builder.sleeper), builder.jitter))
        .addInterceptor(new ConcurrencyLimit(builder.maxConcurrentRequests, shutdown))
        .addInterceptor(shutdown.guard)
        .addInterceptor(new AuthInterceptor(apiKey))
        .addInterceptor(new ErrorBodyLimit())
        .addNetworkInterceptor(RetryInterceptor.KEEP_OKHTTP_FROM_RETRYING)
        .addNetworkInterceptor(Processing.WATCH)
        .addNetworkInterceptor(shutdown.closeConnectionsInUse);
    if (builder.logger != null) {
      http.addNetworkInterceptor(new HttpLogger(builder.logger, redactor));
    }
    if (builder.callTimeout != null) {
      http.callTimeout(builder.callTimeout);
    }
    // A file part goes out in full TLS records, or in cleartext in 64 KiB writes, not in a record or
    // a syscall per 8 KiB Okio segment.
    OkHttpClient plain = http.build();
    OkHttpClient built = baseUrl.isHttps() ? FullRecordSocketFactory.install(plain) : FullWriteSocketFactory.install(plain);
    // Async calls past the limit queue in OkHttp's dispatcher rather than block its threads. A passed
    // client's dispatcher is shared with its owner, so it is left as the owner set it.
    if (ownsHttp) {
      shutdown.own(built);
      built.dispatcher().setMaxRequestsPerHost(Math.max(built.dispatcher().getMaxRequestsPerHost(), builder.maxConcurrentRequests));
      built.dispatcher().setMaxRequests(Math.max(built.dispatcher().getMaxRequests(), builder.maxConcurrentRequests));
    }
    Moshi moshi = new Moshi.Builder().build();
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(built)
        // Scalars first: each item of texts and tags becomes its own text part.
        .addConverterFactory(ScalarsConverterFactory.create())
        .addConverterFactory(new DecodingConverterFactory(moshi, redactor, builder.maxResponseBytes))
        .build();
    TrainingWaiter trainingWaiter = new TrainingWaiter();
    shutdown.onClose(trainingWaiter::close);
    ErrorMapper errors = new ErrorMapper(moshi, builder.clock, redactor);
    LiveConnector live = new LiveConnector(built, baseUrl, new LiveOptions(builder.livePrewarm, builder.livePrewarmModel,
        builder.livePrewarmMaxAge, builder.livePingInterval, builder.liveSendBuffer, builder.liveAudioBuffer),
        errors, shutdown);
    ClientRuntime.Options options = new ClientRuntime.Options(moshi, redactor, errors, shutdown, builder.clock,
        builder.sleeper, trainingWaiter, builder.checkHeaderValues, builder.maxResponseBytes, live);
    return new FishAudio(baseUrl, new ClientRuntime(retrofit, options), builder.maxRetries);
  }

  /** Configures a {@link FishAudio}. Setters beat system properties, which beat environment variables. */
  public static final class Builder {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(240);
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 5;

    private String apiKey;
    private String baseUrl;
    private OkHttpClient okHttpClient;
    private Duration timeout;
    private Duration connectTimeout;
    private int maxRetries = 2;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private Duration callTimeout;
    private long maxResponseBytes = DecodingConverterFactory.DEFAULT_MAX_RESPONSE_BYTES;
    private boolean checkHeaderValues = true;
    private boolean allowInsecureHttp;
    private Consumer<String> logger;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private int livePrewarm;
    private TtsModel livePrewarmModel;
    private Duration livePrewarmMaxAge = LiveOptions.DEFAULT_PREWARM_MAX_AGE;
    private Duration livePingInterval = LiveOptions.DEFAULT_PING_INTERVAL;
    private int liveSendBuffer = LiveOptions.DEFAULT_SEND_BUFFER;
    private long liveAudioBuffer = LiveOptions.DEFAULT_AUDIO_BUFFER;

    private Builder() {}

    /** The API key sent as {@code Authorization: Bearer}. Defaults to {@code fishaudio.apiKey} or {@code FISH_API_KEY} with {@link #fromEnv()}; otherwise required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Where requests go; a trailing {@code /} is added. Defaults to {@value FishAudio#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * An OkHttpClient to build on, for proxies, TLS or a shared pool. On the JVM the client wraps its
     * TLS socket factory (when it was set with its trust manager) so that file parts go out in full
     * TLS records. Defaults to a new one.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /** The read and write timeout; voice work is slow. Defaults to 240 seconds (or the passed client's). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** The connect timeout. Defaults to 10 seconds (or the passed client's). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * The most requests in flight at once, sync and async together; more wait for a slot. Set it to
     * the account tier's limit (5, 15 or 50) so calls queue instead of collecting 429s. Defaults to
     * 5, the smallest tier.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new ConfigurationException("maxConcurrentRequests must be at least 1, was " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * An overall deadline for a call, retries and waits included, however the server trickles its
     * bytes; null for none. Defaults to none (each read and write still has {@link #timeout}).
     */
    public Builder callTimeout(Duration callTimeout) {
      if (callTimeout != null) {
        checkPositive("callTimeout", callTimeout);
      }
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * The largest success body read, counted after gzip inflation; a larger one fails at once with
     * {@link MalformedResponseException}. Defaults to 64 MiB: the spec allows at most 4 candidates.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new ConfigurationException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** Retries of requests the server did not process (429, 502, 503, 504, unsent connections); 0 disables them. Defaults to 2. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new ConfigurationException("maxRetries must be at least 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Whether a header value the spec does not list (a model name, say) is refused before sending.
     * The live service adds models faster than specs; set false to send a newer one. Defaults to true.
     */
    public Builder checkHeaderValues(boolean checkHeaderValues) {
      this.checkHeaderValues = checkHeaderValues;
      return this;
    }

    /** Allows a plain {@code http://} base URL to a host that is not loopback. Defaults to false. */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** Receives a line per request and response, with {@code Authorization} redacted and no bodies. Defaults to none. */
    public Builder logger(Consumer<String> logger) {
      this.logger = logger;
      return this;
    }

    /**
     * Live sessions ready before they are needed: {@code sockets} WebSockets kept open and handshaken
     * (TLS, key, {@code model} header; {@code start} not sent) for sessions of {@code model} (null: the
     * server's default), so a session's first audio does not wait for a handshake. Each holds a request
     * slot, so at most {@link #maxConcurrentRequests}. Defaults to none.
     */
    public Builder livePrewarm(int sockets, TtsModel model) {
      if (sockets < 0) {
        throw new ConfigurationException("livePrewarm sockets must be at least 0, was " + sockets);
      }
      this.livePrewarm = sockets;
      this.livePrewarmModel = model;
      return this;
    }

    /** How old a pre-warmed live socket gets before a fresh one replaces it, ahead of the server's idle limit. Defaults to 15 seconds. */
    public Builder livePrewarmMaxAge(Duration maxAge) {
      checkPositive("livePrewarmMaxAge", maxAge);
      this.livePrewarmMaxAge = maxAge;
      return this;
    }

    /**
     * How often a live session pings the server, which is also how long a pong may take: one missing
     * at the next ping ends the session with a {@code TransportException} (OkHttp ties the two). Long
     * generations need it long enough; zero turns pings off. Defaults to 30 seconds.
     */
    public Builder livePingInterval(Duration interval) {
      if (interval == null || interval.isNegative()) {
        throw new ConfigurationException("livePingInterval must be zero or positive, was " + interval);
      }
      this.livePingInterval = interval;
      return this;
    }

    /** The most bytes of a live session's frames waiting to go out; a sender waits beyond it. Defaults to 64 KiB. */
    public Builder liveSendBuffer(int bytes) {
      if (bytes < 1) {
        throw new ConfigurationException("liveSendBuffer must be at least 1, was " + bytes);
      }
      this.liveSendBuffer = bytes;
      return this;
    }

    /**
     * The most bytes of a live session's audio received and not yet read; beyond it the socket is not
     * read until there is room (for longer than the ping interval, and the session ends). Defaults to 16 MiB.
     */
    public Builder liveAudioBuffer(long bytes) {
      if (bytes < 1) {
        throw new ConfigurationException("liveAudioBuffer must be at least 1, was " + bytes);
      }
      this.liveAudioBuffer = bytes;
      return this;
    }

    /**
     * Fills what is not set yet from the system properties {@code fishaudio.apiKey} and
     * {@code fishaudio.baseUrl}, then the environment variables {@code FISH_API_KEY} and
     * {@code FISH_BASE_URL}.
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv(), System.getProperties());
    }

    Builder fromEnv(Map<String, String> environment, Properties properties) {
      if (apiKey == null) {
        apiKey = properties.getProperty("fishaudio.apiKey", environment.get("FISH_API_KEY"));
      }
      if (baseUrl == null) {
        baseUrl = properties.getProperty("fishaudio.baseUrl", environment.get("FISH_BASE_URL"));
      }
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder jitter(DoubleSupplier jitter) {
      this.jitter = jitter;
      return this;
    }

    /** Builds the client. @throws ConfigurationException when the key is missing or the base URL is unusable */
    public FishAudio build() {
      if (apiKey == null || apiKey.trim().isEmpty()) {
        throw new ConfigurationException("No API key: set FishAudio.builder().apiKey(...), the system property "
            + "fishaudio.apiKey, or the environment variable FISH_API_KEY (read by fromEnv())");
      }
      // Checked here, not at the first call: OkHttp refuses such a header value with a message
      // that quotes it, and the key must never be printed.
      if (!isHeaderSafe(apiKey.trim())) {
        throw new ConfigurationException("The API key holds a character an HTTP header cannot carry "
            + "(a control character, CR, LF or non-ASCII); the key itself is not shown");
      }
      if (livePrewarm > maxConcurrentRequests) {
        throw new ConfigurationException("livePrewarm(" + livePrewarm + ") holds more request slots than "
            + "maxConcurrentRequests(" + maxConcurrentRequests + ") allows");
      }
      return create(this, apiKey.trim(), resolveBaseUrl());
    }

    private HttpUrl resolveBaseUrl() {
      String text = baseUrl == null || baseUrl.trim().isEmpty() ? DEFAULT_BASE_URL : baseUrl.trim();
      HttpUrl url = HttpUrl.parse(text);
      if (url == null) {
        throw new ConfigurationException("baseUrl is not a valid http or https URL: " + text);
      }
      if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
        throw new ConfigurationException("baseUrl " + url + " sends the API key in plain text to a non-loopback "
            + "host; use https, or allowInsecureHttp(true) if that is really meant");
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      return url;
    }

    static void checkPositive(String name, Duration duration) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new ConfigurationException(name + " must be positive, was " + duration);
      }
    }

    /** Visible ASCII, space and tab only, as a header value must be. */
    private static boolean isHeaderSafe(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c >= 0x7f) {
          return false;
        }
      }
      return true;
    }

    private static boolean isLoopback(String host) {
      if ("localhost".equalsIgnoreCase(host)) {
        return true;
      }
      // Only literal addresses (IPv4, or IPv6, the only hosts with a colon): resolving a name here
      // would be a network lookup.
      if (!host.contains(":") && !host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
        return false;
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }
}
