package fishaudio.client.internal.live;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.InsufficientCreditException;
import fishaudio.client.generated.TtsModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Sockets opened ahead of use: the handshake done (TLS, auth, the model header), {@code start} not
 * sent, so that a new session's first audio does not wait for them. It keeps {@code size} of them
 * ready, each replaced once it is {@code maxAge} old, before the server would drop it for idling:
 * the replacement is opened first and the old one closed once it is ready, so a session never finds
 * the pool empty for a refresh. A socket the server closes is replaced at once.
 *
 * <p>Never a tight loop: a handshake that fails is tried again after a wait that doubles from 1 s to
 * 60 s (and the handshake itself already retried a 429 or 503 with backoff); one refused for the key or
 * the account (401, 402, 403) stops the pool until the next session is asked for, which then opens its
 * own socket and gets the typed exception. Thread-safe.
 */
final class LivePool {
  static final long MIN_BACKOFF_MILLIS = 1_000;
  static final long MAX_BACKOFF_MILLIS = 60_000;

  private final LiveConnector connector;
  private final int size;
  private final @Nullable TtsModel model;
  private final long maxAgeNanos;
  private final ScheduledThreadPoolExecutor timer;
  /** Ready sockets, oldest first: a session takes the oldest, which would be retired first anyway. */
  private final ArrayDeque<LiveSocket> ready = new ArrayDeque<>();
  /** Ready sockets past their age, in use until their replacement is ready. */
  private final Set<LiveSocket> retiring = new HashSet<>();
  private int opening;
  private long backoffMillis;
  private boolean waiting;
  private boolean paused;
  private boolean closed;

  LivePool(LiveConnector connector, LiveOptions options) {
    this.connector = connector;
    this.size = options.prewarm;
    this.model = options.prewarmModel;
    this.maxAgeNanos = options.prewarmMaxAge.toNanos();
    this.timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "fish-audio live pre-warm");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

  /** Opens sockets until {@code size} are ready or opening, unless closed, paused or waiting after a failure. */
  synchronized void fill() {
    if (closed || paused || waiting) {
      return;
    }
    for (int need = size - (ready.size() - retiring.size()) - opening; need > 0; need--) {
      opening++;
      LiveSocket socket = connector.connect(model);
      socket.opened().whenComplete((open, failure) -> opened(socket, failure));
    }
  }

  /**
   * The oldest ready socket for a session of {@code model}, detached from the pool, or null when none
   * is ready (or the pool warms another model). Starts a replacement either way, and resumes a pool
   * that a refused handshake stopped.
   */
  @Nullable LiveSocket take(@Nullable TtsModel model) {
    List<LiveSocket> stale = new ArrayList<>();
    LiveSocket taken = null;
    synchronized (this) {
      if (closed) {
        return null;
      }
      paused = false;
      if (Objects.equals(model, this.model)) {
        while (taken == null && !ready.isEmpty()) {
          LiveSocket socket = ready.pollFirst();
          retiring.remove(socket);
          // A socket kept past twice its age (its replacement could not be opened) may be dropped
          // by the server at any moment: closed rather than risked.
          if (socket.isEnded() || System.nanoTime() - socket.openedAtNanos() > 2 * maxAgeNanos) {
            stale.add(socket);
          } else {
            taken = socket;
          }
        }
      }
      fill();
    }
    for (LiveSocket socket : stale) {
      socket.close(1000, null);
    }
    return taken;
  }

  /** Sockets ready now; for tests. */
  synchronized int ready() {
    return ready.size();
  }

  void close() {
    List<LiveSocket> idle;
    synchronized (this) {
      closed = true;
      idle = new ArrayList<>(ready);
      ready.clear();
      retiring.clear();
    }
    timer.shutdownNow();
    for (LiveSocket socket : idle) {
      socket.close(1000, null);
    }
  }

  private void opened(LiveSocket socket, @Nullable Throwable failure) {
    LiveSocket retired = null;
    boolean unused = false;
    synchronized (this) {
      opening--;
      if (failure != null) {
        if (closed) {
          return;
        }
        if (isRefusal(failure)) {
          paused = true;
          return;
        }
        backoffMillis = backoffMillis == 0 ? MIN_BACKOFF_MILLIS : Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
        waiting = true;
        timer.schedule(this::retry, backoffMillis, TimeUnit.MILLISECONDS);
        return;
      }
      backoffMillis = 0;
      if (closed || !socket.attach(new Idle(socket))) {
        unused = true;
      } else {
        ready.addLast(socket);
        timer.schedule(() -> aged(socket), maxAgeNanos, TimeUnit.NANOSECONDS);
        if (!retiring.isEmpty()) {
          retired = oldestRetiring();
          retiring.remove(retired);
          ready.remove(retired);
        }
      }
    }
    if (unused) {
      socket.close(1000, null);
      synchronized (this) {
        fill();
      }
    }
    if (retired != null) {
      retired.close(1000, null);
    }
  }

  private LiveSocket oldestRetiring() {
    for (LiveSocket socket : ready) {
      if (retiring.contains(socket)) {
        return socket;
      }
    }
    return retiring.iterator().next();
  }

  private synchronized void retry() {
    waiting = false;
    fill();
  }

  /** A ready socket reached its age: a replacement is opened, and the socket closed once that is ready. */
  private synchronized void aged(LiveSocket socket) {
    if (closed || !ready.contains(socket)) {
      return;
    }
    retiring.add(socket);
    fill();
  }

  /** A ready socket the server closed, or that broke: it goes, and another is opened. */
  private synchronized void ended(LiveSocket socket) {
    if (!ready.remove(socket)) {
      return;
    }
    retiring.remove(socket);
    fill();
  }

  /** A refusal for the key or the account, which trying again cannot fix. */
  private static boolean isRefusal(Throwable failure) {
    return failure instanceof AuthenticationException
        || failure instanceof InsufficientCreditException
        || (failure instanceof FishAudioApiException && ((FishAudioApiException) failure).status() == 403)
        || failure instanceof IllegalStateException;
  }

  /** The events of a ready socket: a frame before {@code start} means nothing; a close or a break ends it. */
  private final class Idle implements LiveSocket.Handler {
    private final LiveSocket socket;

    Idle(LiveSocket socket) {
      this.socket = socket;
    }

    @Override
    public void onFrame(ByteString frame) {}

    @Override
    public void onClosing(int code, String reason) {
      ended(socket);
    }

    @Override
    public void onFailure(Throwable failure) {
      ended(socket);
    }
  }
}
