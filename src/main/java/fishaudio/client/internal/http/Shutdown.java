package fishaudio.client.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * What {@link FishAudio#close()} does and leaves behind, shared by a client and its
 * {@code with...} views: after it, every call fails at once; a connection in use when it happened is
 * closed as soon as its response is; the dispatcher's threads and the training waiters end.
 */
public final class Shutdown {
  public static final String MESSAGE = "This FishAudio client is closed; build a new one";

  /** The failure of an attempt that started after close(). */
  public static final class Closed extends IOException {
    private static final long serialVersionUID = 1L;

    Closed() {
      super(MESSAGE);
    }
  }

  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<Thread> waiters = ConcurrentHashMap.newKeySet();
  private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
  private volatile OkHttpClient owned;

  /** The OkHttpClient this client built, whose threads and sockets close() ends; never one passed in. */
  public void own(OkHttpClient built) {
    this.owned = built;
  }

  public boolean isClosed() {
    return closed.get();
  }

  public void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException(MESSAGE);
    }
  }

  /** A thread of {@code waitUntilTrainedAsync}, interrupted by close(). */
  public void register(Thread waiter) {
    waiters.add(waiter);
    if (closed.get()) {
      waiter.interrupt();
    }
  }

  public void unregister(Thread waiter) {
    waiters.remove(waiter);
  }

  /** Runs {@code action} at close() (the live sessions' pre-warmed sockets, say), or now when already closed. */
  public void onClose(Runnable action) {
    onClose.add(action);
    if (closed.get() && onClose.remove(action)) {
      action.run();
    }
  }

  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (Thread waiter : waiters) {
      waiter.interrupt();
    }
    for (Runnable action : onClose) {
      if (onClose.remove(action)) {
        action.run();
      }
    }
    OkHttpClient owned = this.owned;
    if (owned != null) {
      // Running calls finish; idle threads end now, busy ones when their call does.
      owned.dispatcher().executorService().shutdown();
      owned.connectionPool().evictAll();
    }
  }

  /**
   * Stops an attempt that starts after close(), raw-interface calls and queued ones included. It
   * cancels the call, so that no retry follows, and fails with an IOException, since anything else
   * OkHttp would rethrow on its dispatcher thread.
   */
  public final Interceptor guard = chain -> {
    if (closed.get()) {
      chain.call().cancel();
      throw new Closed();
    }
    return chain.proceed(chain.request());
  };

  /**
   * A network interceptor: when the client was closed while this response was in flight, its
   * connection is closed, not pooled, once the response body is closed. Only for a client's own
   * OkHttpClient: a passed one's connections are its owner's.
   */
  public final Interceptor closeConnectionsInUse = chain -> {
    Response response = chain.proceed(chain.request());
    Connection connection = chain.connection();
    ResponseBody body = response.body();
    OkHttpClient owned = this.owned;
    if (owned == null || connection == null || body == null) {
      return response;
    }
    Socket socket = connection.socket();
    return response.newBuilder().body(new ClosingBody(body, () -> {
      if (closed.get()) {
        socket.close();
        owned.connectionPool().evictAll();
      }
    })).build();
  };
}
