package fishaudio.client.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.ByteString;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * A stand-in for the live speech endpoint in the demo's offline mode (the Prism mock speaks no
 * WebSocket): it answers every handshake, and speaks real audio, the sentence of
 * {@link Demo#LIVE_SENTENCE} as MP3 (made with espeak-ng and lame, {@code live-sentence.mp3} beside
 * this class's resources), in 4 KiB audio messages when the client flushes, then {@code finish} at
 * {@code stop}. Loopback only, on a port the system picks.
 */
final class LoopbackLiveServer implements Closeable {
  static final String AUDIO_RESOURCE = "/fishaudio/client/demo/live-sentence.mp3";
  private static final int CHUNK = 4096;

  private final MockWebServer server = new MockWebServer();
  private final ByteString audio;

  private LoopbackLiveServer(ByteString audio) {
    this.audio = audio;
  }

  static LoopbackLiveServer start() throws IOException {
    LoopbackLiveServer live = new LoopbackLiveServer(audio());
    live.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().withWebSocketUpgrade(live.new Session());
      }
    });
    live.server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    return live;
  }

  /** The MP3 this server speaks. */
  static ByteString audio() {
    try (InputStream in = LoopbackLiveServer.class.getResourceAsStream(AUDIO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + AUDIO_RESOURCE);
      }
      return okio.Okio.buffer(okio.Okio.source(in)).readByteString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL to build a client on. */
  String baseUrl() {
    return server.url("/").toString();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  private final class Session extends WebSocketListener {
    private boolean spoken;

    @Override
    public void onMessage(WebSocket socket, ByteString frame) {
      String event = event(frame);
      if ("flush".equals(event) && !spoken) {
        spoken = true;
        for (int at = 0; at < audio.size(); at += CHUNK) {
          socket.send(message("audio", audio.substring(at, Math.min(audio.size(), at + CHUNK))));
        }
      } else if ("stop".equals(event)) {
        socket.send(message("finish", null));
        socket.close(1000, null);
      }
    }

    @Override
    public void onOpen(WebSocket socket, Response response) {}
  }

  /** The {@code event} of a client's MessagePack map, or null. */
  private static String event(ByteString frame) {
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(frame.toByteArray())) {
      int entries = unpacker.unpackMapHeader();
      for (int i = 0; i < entries; i++) {
        String key = unpacker.unpackString();
        if (key.equals("event")) {
          return unpacker.unpackString();
        }
        unpacker.skipValue();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** {@code {event: audio, audio: <bin>}}, or {@code {event: finish, reason: stop}}. */
  private static ByteString message(String event, ByteString audio) {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      packer.packMapHeader(2).packString("event").packString(event);
      if (audio != null) {
        packer.packString("audio").packBinaryHeader(audio.size());
        packer.writePayload(audio.toByteArray());
      } else {
        packer.packString("reason").packString("stop");
      }
      return ByteString.of(packer.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
