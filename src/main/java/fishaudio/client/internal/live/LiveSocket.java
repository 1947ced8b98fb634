package fishaudio.client.internal.live;

import java.util.concurrent.CompletableFuture;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * One WebSocket to the live endpoint, from its handshake to its end. While it waits in the pool its
 * events go to the pool; a session that takes it gets them from then on. It holds one of the client's
 * request slots from the handshake until it ends: the 101 answer comes through the client's
 * interceptors like any response, and {@code ConcurrencyLimit} frees the slot when that answer's body
 * is closed, which happens here, once, when the socket is done.
 */
public final class LiveSocket extends WebSocketListener {
  /** What happens on a socket, on OkHttp's reader thread for that socket, in order. */
  public interface Handler {
    /** A binary frame: a MessagePack message. */
    void onFrame(ByteString frame);

    /** The server sent a close frame. */
    void onClosing(int code, String reason);

    /** The socket broke: a reset, an end of stream without a close frame, a missing pong. */
    void onFailure(Throwable failure);
  }

  private final LiveConnector connector;
  private final CompletableFuture<LiveSocket> opened = new CompletableFuture<>();
  private final Object lock = new Object();
  private volatile @Nullable WebSocket webSocket;
  private @Nullable Response upgrade;
  private @Nullable Handler handler;
  private boolean ended;
  private boolean closing;
  private boolean releaseRequested;
  private boolean released;
  private volatile long openedAtNanos;

  LiveSocket(LiveConnector connector) {
    this.connector = connector;
  }

  void start(WebSocket webSocket) {
    this.webSocket = webSocket;
  }

  /** Completes with this socket once the handshake is done, or with the typed failure of the handshake. */
  CompletableFuture<LiveSocket> opened() {
    return opened;
  }

  long openedAtNanos() {
    return openedAtNanos;
  }

  /** Hands this socket's events to {@code handler}; false when the socket already ended. */
  public boolean attach(Handler handler) {
    synchronized (lock) {
      if (ended || closing) {
        return false;
      }
      this.handler = handler;
      return true;
    }
  }

  /** Whether the socket ended or the server began to close it: no session can start on it. */
  boolean isEnded() {
    synchronized (lock) {
      return ended || closing;
    }
  }

  /** Queues a binary frame; false when the socket is closing or failed. */
  public boolean send(ByteString frame) {
    WebSocket socket = webSocket;
    return socket != null && socket.send(frame);
  }

  /** Bytes queued to go out and not yet written to the socket. */
  public long queueSize() {
    WebSocket socket = webSocket;
    return socket == null ? 0 : socket.queueSize();
  }

  /** Starts an orderly close (a close frame, then the server's); the slot is freed when it ends. */
  public void close(int code, @Nullable String reason) {
    WebSocket socket = webSocket;
    if (socket == null || !socket.close(code, reason)) {
      // Not open, or already closing or failed: nothing orderly is left to wait for.
      cancel();
    }
  }

  /** Ends the socket at once: no close frame, the connection closed; the slot is freed now. */
  public void cancel() {
    WebSocket socket = webSocket;
    if (socket != null) {
      socket.cancel();
    }
    end();
    release();
  }

  // ---- OkHttp's callbacks ----

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    // OkHttp may call back before newWebSocket() has returned it.
    this.webSocket = webSocket;
    boolean cancelled;
    synchronized (lock) {
      upgrade = response;
      cancelled = releaseRequested;
    }
    openedAtNanos = System.nanoTime();
    if (cancelled) {
      // Cancelled while the handshake finished: the slot this answer holds is freed at once.
      webSocket.cancel();
      release();
      opened.completeExceptionally(new java.util.concurrent.CancellationException("cancelled during the handshake"));
      return;
    }
    opened.complete(this);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    Handler target = handler();
    if (target != null) {
      target.onFrame(bytes);
    }
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    // Every message of the protocol is a binary MessagePack frame; a text frame is none of them, and
    // a client ignores what it does not know.
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    Handler target;
    synchronized (lock) {
      closing = true;
      target = handler;
    }
    if (target != null) {
      target.onClosing(code, reason);
    }
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    end();
    release();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, @Nullable Response response) {
    if (!opened.isDone()) {
      // The handshake failed; the answer's body (an error status's, already capped) is read now,
      // before OkHttp closes it, and closing it frees the slot.
      opened.completeExceptionally(connector.handshakeFailure(failure, response));
    }
    Handler target = end();
    release();
    if (target != null) {
      target.onFailure(failure);
    }
  }

  private @Nullable Handler handler() {
    synchronized (lock) {
      return handler;
    }
  }

  /** Marks the socket ended; the handler that was attached, the first time only. */
  private @Nullable Handler end() {
    synchronized (lock) {
      if (ended) {
        return null;
      }
      ended = true;
      return handler;
    }
  }

  /**
   * Frees the request slot by closing the 101 answer, once; before the handshake is done, marks it to
   * be freed as soon as the answer comes.
   */
  private void release() {
    Response answer;
    synchronized (lock) {
      releaseRequested = true;
      if (upgrade == null || released) {
        answer = null;
      } else {
        released = true;
        answer = upgrade;
      }
    }
    if (answer != null) {
      answer.close();
    }
    connector.forget(this);
  }
}
