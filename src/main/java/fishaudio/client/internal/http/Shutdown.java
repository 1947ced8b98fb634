package fishaudio.client.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * What {@link FishAudio#close()} does and leaves behind, shared by a client and its
 * {@code with...} views: after it, every call fails at once, and so does every call that has not
 * gone out yet (queued in the dispatcher, waiting for a request slot, or waiting to retry); a call
 * in flight finishes, and its connection is closed as soon as its response is; the dispatcher's
 * threads and the training waiters end.
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
  private final Set<Runnable> hooks = ConcurrentHashMap.newKeySet();
  /**
   * Async calls not yet past the {@link #guard}, by their original request (OkHttp's {@code Request}
   * has identity equality, and a call's {@code request()} is the one its interceptors see).
   */
  private final Map<Request, Runnable> notSent = new ConcurrentHashMap<>();
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

  /** Runs {@code hook} at close(), before the dispatcher stops; at once if already closed. */
  public void onClose(Runnable hook) {
    hooks.add(hook);
    if (closed.get() && hooks.remove(hook)) {
      hook.run();
    }
  }

  /**
   * Until the call of {@code request} passes the guard, close() runs {@code failNow} (once, at
   * once): a call queued in a dispatcher, ours or a passed one's, would otherwise wait there until
   * the calls in flight end. Returns what forgets it, to run when the call completes.
   */
  public Runnable failAtClose(Request request, Runnable failNow) {
    notSent.put(request, failNow);
    if (closed.get()) {
      runOnce(request);
    }
    return () -> notSent.remove(request);
  }

  private void runOnce(Request request) {
    Runnable failNow = notSent.remove(request);
    if (failNow != null) {
      failNow.run();
    }
  }

  /** The waits between attempts of {@code sleeper}, ended by close() as by a cancel. */
  public Sleeper endingAtClose(Sleeper sleeper) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        sleeper.sleep(duration);
      }

      @Override
      public void sleep(Duration duration, BooleanSupplier cancelled) throws InterruptedException {
        // The attempt that follows meets check() and fails as closed.
        sleeper.sleep(duration, () -> closed.get() || cancelled.getAsBoolean());
      }
    };
  }

  /**
   * Fails an attempt after close(): it cancels the call, so that no retry follows, and throws an
   * IOException, since anything else OkHttp would rethrow on its dispatcher thread.
   */
  void check(Call call) throws Closed {
    if (closed.get()) {
      call.cancel();
      throw new Closed();
    }
  }

  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (Runnable hook : hooks) {
      if (hooks.remove(hook)) {
        hook.run();
      }
    }
    for (Request request : notSent.keySet()) {
      runOnce(request);
    }
    OkHttpClient owned = this.owned;
    if (owned != null) {
      // Running calls finish; idle threads end now, busy ones when their call does.
      owned.dispatcher().executorService().shutdown();
      owned.connectionPool().evictAll();
    }
  }

  /**
   * Stops an attempt that starts after close(), raw-interface calls and queued ones included (see
   * {@link #check}); an attempt that passes is in flight, and close() lets it finish.
   */
  public final Interceptor guard = chain -> {
    check(chain.call());
    notSent.remove(chain.call().request());
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
    return response.newBuilder().body(ClosingBody.after(body, () -> {
      if (closed.get()) {
        socket.close();
        owned.connectionPool().evictAll();
      }
    })).build();
  };
}
