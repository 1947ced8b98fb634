package fishaudio.client.testing;

import fishaudio.client.internal.codec.MessagePack;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.ByteString;

/**
 * A loopback live-speech server on MockWebServer's WebSocket support. Every frame a client sends is
 * decoded from MessagePack, kept in order, and checked against the AsyncAPI document; so is every frame
 * this server sends, unless a test sends one outside the document on purpose ({@link Session#sendRaw}).
 * A test asserts {@link #violations()} is empty at the end.
 */
public final class LiveServer implements Closeable {
  /** What a session does with a client's frame. */
  @FunctionalInterface
  public interface Behaviour {
    void onFrame(Session session, Map<String, Object> frame) throws IOException;
  }

  /** Answers nothing until told: the test drives the session. */
  public static final Behaviour QUIET = (session, frame) -> {};

  private final MockWebServer server;
  private final boolean owned;
  private final LiveProtocol protocol = LiveProtocol.load();
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Session> sessions = new LinkedBlockingQueue<>();

  /** A server of its own, started now and shut down by {@link #close()}. */
  public LiveServer() throws IOException {
    this.server = new MockWebServer();
    this.owned = true;
    server.start();
  }

  /** Sessions on a started MockWebServer that someone else shuts down. */
  public LiveServer(MockWebServer started) {
    this.server = started;
    this.owned = false;
  }

  public MockWebServer mock() {
    return server;
  }

  /** The base URL, with a path prefix as a proxy would add, ending in {@code /}. */
  public String baseUrl(String prefix) {
    return server.url(prefix).toString();
  }

  /** An upgrade to a WebSocket whose session follows {@code behaviour}. */
  public MockResponse upgrade(Behaviour behaviour) {
    return new MockResponse().withWebSocketUpgrade(new Listener(behaviour));
  }

  /**
   * Answers every request (instead of a queue), with what {@code answer} gives for it; for pools that
   * open sockets at their own pace.
   */
  public void answerEach(java.util.function.Function<okhttp3.mockwebserver.RecordedRequest, MockResponse> answer) {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
        return answer.apply(request);
      }
    });
  }

  /** Sessions opened and not yet taken by {@link #takeSession}. */
  public int waitingSessions() {
    return sessions.size();
  }

  /** Enqueues {@link #upgrade}. */
  public void enqueue(Behaviour behaviour) {
    server.enqueue(upgrade(behaviour));
  }

  /** The next session opened, waiting at most 5 s. */
  public Session takeSession() throws InterruptedException {
    Session session = sessions.poll(5, TimeUnit.SECONDS);
    if (session == null) {
      throw new AssertionError("no WebSocket session was opened");
    }
    return session;
  }

  /** Every frame, either way, that did not match the AsyncAPI document. */
  public List<String> violations() {
    return violations;
  }

  @Override
  public void close() throws IOException {
    if (owned) {
      server.shutdown();
    }
  }

  /** Speaks on flush and on stop: each flush sends the next of {@code chunks}; stop sends the rest, then finish and a close. */
  public static Behaviour speaking(ByteString... chunks) {
    // Per session: one behaviour may serve many sockets.
    Map<Session, int[]> sent = new java.util.concurrent.ConcurrentHashMap<>();
    return (session, frame) -> {
      int[] next = sent.computeIfAbsent(session, s -> new int[1]);
      String event = String.valueOf(frame.get("event"));
      if (event.equals("flush") && next[0] < chunks.length) {
        session.sendAudio(chunks[next[0]++]);
      } else if (event.equals("stop")) {
        while (next[0] < chunks.length) {
          session.sendAudio(chunks[next[0]++]);
        }
        session.finish("stop");
        session.close(1000, "");
      }
    };
  }

  /** One WebSocket session, seen from the server. */
  public final class Session {
    private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    private final List<Map<String, Object>> all = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile WebSocket socket;
    private volatile String endedHow = "";

    /** The next frame the client sent, decoded, waiting at most 5 s. */
    public Map<String, Object> takeFrame() throws InterruptedException {
      Map<String, Object> frame = frames.poll(5, TimeUnit.SECONDS);
      if (frame == null) {
        throw new AssertionError("the client sent no frame within 5 s (frames so far: " + all + ")");
      }
      return frame;
    }

    /** The next frame within {@code millis}, or null. */
    public Map<String, Object> pollFrame(long millis) throws InterruptedException {
      return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Every frame received so far, in order. */
    public List<Map<String, Object>> frames() {
      return new ArrayList<>(all);
    }

    public void sendAudio(ByteString audio) {
      Map<String, Object> frame = new LinkedHashMap<>();
      frame.put("event", "audio");
      frame.put("audio", audio);
      send(frame);
    }

    public void finish(String reason) {
      Map<String, Object> frame = new LinkedHashMap<>();
      frame.put("event", "finish");
      frame.put("reason", reason);
      send(frame);
    }

    /** Sends a frame the document must accept. */
    public void send(Map<String, Object> frame) {
      for (String violation : protocol.checkServerFrame(frame)) {
        violations.add("server frame " + violation);
      }
      sendRaw(frame);
    }

    /** Sends a frame as it is, checked by nothing: for frames outside the document on purpose. */
    public void sendRaw(Object frame) {
      socket.send(ByteString.of(MessagePack.encode(frame)));
    }

    /** Whether the client closed or dropped the socket. */
    public boolean isEnded() {
      return ended.getCount() == 0;
    }

    /** Bytes queued to go to the client and not yet written. */
    public long queueSize() {
      return socket.queueSize();
    }

    public void sendBytes(ByteString bytes) {
      socket.send(bytes);
    }

    /** A close frame, as an orderly server sends. */
    public void close(int code, String reason) {
      socket.close(code, reason);
    }

    /**
     * Drops the connection once what was sent is written: no close frame, as the live server often
     * ends. MockWebServer's sockets have no call to cancel and keep reading until the client closes,
     * so this closes the socket under the WebSocket's source (a socket closes with its input stream).
     */
    public void drop() {
      try {
        for (int i = 0; i < 1000 && socket.queueSize() > 0; i++) {
          Thread.sleep(1);
        }
        // OkHttp 5 keeps the connection as an okio.Socket (OkHttp 4 kept a Streams of source and sink).
        java.lang.reflect.Field field = okhttp3.internal.ws.RealWebSocket.class.getDeclaredField("socket");
        field.setAccessible(true);
        Object streams = field.get(socket);
        if (streams != null) { // null: the client closed first, and the socket is already gone
          ((okio.Socket) streams).getSource().close();
        }
      } catch (ReflectiveOperationException | IOException e) {
        throw new AssertionError("could not drop the test server's socket", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Waits until the client closed or dropped the socket; how, or null when it did not within the wait. */
    public String awaitEnd(long millis) throws InterruptedException {
      return ended.await(millis, TimeUnit.MILLISECONDS) ? endedHow : null;
    }

    void opened(WebSocket webSocket) {
      this.socket = webSocket;
    }
  }

  private final class Listener extends WebSocketListener {
    private final Behaviour behaviour;
    private final Session session = new Session();

    Listener(Behaviour behaviour) {
      this.behaviour = behaviour;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      session.opened(webSocket);
      sessions.add(session);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
      Object tree;
      try {
        tree = MessagePack.decode(bytes.toByteArray(), MessagePack.Limits.defaults());
      } catch (IOException e) {
        violations.add("client frame is no MessagePack: " + e.getMessage());
        return;
      }
      for (String violation : protocol.checkClientFrame(tree)) {
        violations.add("client frame " + violation);
      }
      if (!(tree instanceof Map)) {
        return;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> frame = (Map<String, Object>) tree;
      session.all.add(frame);
      session.frames.add(frame);
      try {
        behaviour.onFrame(session, frame);
      } catch (IOException | RuntimeException e) {
        violations.add("the test server's behaviour threw " + e);
      }
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      violations.add("client sent a text frame: " + text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      session.endedHow = "close " + code;
      webSocket.close(1000, null);
      session.ended.countDown();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      session.endedHow = "dropped: " + t;
      session.ended.countDown();
    }
  }
}
