package fishaudio.client.internal.live;

import fishaudio.client.generated.TtsModel;
import fishaudio.client.internal.errors.ErrorMapper;
import fishaudio.client.internal.http.HttpLogger;
import fishaudio.client.internal.http.Shutdown;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Opens the live endpoint's WebSockets through the client's own OkHttpClient, so a handshake gets
 * what every call gets: the API key and User-Agent (auth interceptor), retries of a 429 or 503 with
 * backoff (the retry interceptor: a handshake has no body, so it was not processed), a request slot
 * (held for the socket's life; see {@link LiveSocket}), the closed-client guard, the error-body cap,
 * the logger, and the timeouts; and no compression ({@link NoCompression}). A refused handshake fails with the typed exception of its status, as
 * over HTTP. One per client, shared by its {@code with...} views.
 */
public final class LiveConnector {
  /** The endpoint, relative to the client's base URL. */
  static final String PATH = "v1/tts/live";

  private final OkHttpClient http;
  private final HttpUrl url;
  private final LiveOptions options;
  private final ErrorMapper errors;
  private final Shutdown shutdown;
  private final Set<LiveSocket> sockets = ConcurrentHashMap.newKeySet();
  private final @Nullable LivePool pool;

  public LiveConnector(OkHttpClient client, HttpUrl baseUrl, LiveOptions options, ErrorMapper errors, Shutdown shutdown) {
    OkHttpClient.Builder http = client.newBuilder()
        .pingInterval(options.pingInterval)
        .addInterceptor(NoCompression.INSTANCE);
    for (Interceptor interceptor : client.networkInterceptors()) {
      // OkHttp runs no network interceptor for a WebSocket handshake; the client's logger is one, so
      // for the handshake it runs as the innermost application interceptor (after auth: the key is
      // masked as for any call).
      if (interceptor instanceof HttpLogger) {
        http.addInterceptor(interceptor);
      }
    }
    this.http = http.build();
    this.url = baseUrl.resolve(PATH);
    this.options = options;
    this.errors = errors;
    this.shutdown = shutdown;
    this.pool = options.prewarm > 0 ? new LivePool(this, options) : null;
    shutdown.onClose(this::close);
    if (pool != null) {
      pool.fill();
    }
  }

  public LiveOptions options() {
    return options;
  }

  /** How long a reader of a session's audio waits for the next bytes; 0 for ever. */
  public long readTimeoutMillis() {
    return http.readTimeoutMillis();
  }

  /** How long a sender waits for the socket to take its queued frames; 0 for ever. */
  public long writeTimeoutMillis() {
    return http.writeTimeoutMillis();
  }

  /**
   * A socket for a session of {@code model}: a pre-warmed one when one is ready, or one opened now,
   * waiting for its handshake (retries included).
   *
   * @throws IllegalStateException when the client is closed
   * @throws fishaudio.client.errors.FishAudioException the handshake's typed failure
   * @throws CancellationException when the thread is interrupted (its interrupt flag set again)
   */
  public LiveSocket socket(@Nullable TtsModel model) {
    shutdown.ensureOpen();
    if (pool != null) {
      LiveSocket ready = pool.take(model);
      if (ready != null) {
        return ready;
      }
    }
    return open(model);
  }

  /** A socket opened now for a session of {@code model}, never a pre-warmed one; throws as {@link #socket}. */
  public LiveSocket open(@Nullable TtsModel model) {
    shutdown.ensureOpen();
    return await(connect(model));
  }

  /** Starts a handshake; its socket's {@link LiveSocket#opened()} says how it went. */
  LiveSocket connect(@Nullable TtsModel model) {
    Request.Builder request = new Request.Builder().url(url);
    if (model != null) {
      request.header("model", model.value());
    }
    LiveSocket socket = new LiveSocket(this);
    sockets.add(socket);
    socket.start(http.newWebSocket(request.build(), socket));
    return socket;
  }

  private static LiveSocket await(LiveSocket socket) {
    try {
      return socket.opened().get();
    } catch (InterruptedException e) {
      socket.cancel();
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted while opening a live session");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw (RuntimeException) cause;
    }
  }

  /** What a failed handshake ends in: the typed exception of its status, or of its transport failure. */
  RuntimeException handshakeFailure(Throwable failure, @Nullable Response response) {
    // A handshake cancelled by close(), or refused by the closed-client guard.
    if (failure instanceof Shutdown.Closed || shutdown.isClosed()) {
      return new IllegalStateException(Shutdown.MESSAGE, failure);
    }
    if (response != null && response.code() >= 300) {
      return errors.apiException(response);
    }
    // OkHttp's message for an answer that is no 101 quotes the server's reason phrase: failure()
    // redacts the cause too.
    return errors.failure(failure);
  }

  /** A socket ended: the client's close() has nothing left to do for it. */
  void forget(LiveSocket socket) {
    sockets.remove(socket);
  }

  /** Pre-warmed sockets ready for a session now. */
  public int readySockets() {
    return pool == null ? 0 : pool.ready();
  }

  /** Sockets opened and not ended: sessions in progress and pre-warmed ones. */
  public int openSockets() {
    return sockets.size();
  }

  /**
   * At the client's close(): pre-warmed sockets close, and sockets still in their handshake are cancelled.
   * Sessions in progress go on to their end, as an HTTP call in flight does.
   */
  private void close() {
    if (pool != null) {
      pool.close();
    }
    for (LiveSocket socket : sockets) {
      if (!socket.opened().isDone()) {
        socket.cancel();
      }
    }
  }
}
