package fishaudio.client;

import fishaudio.client.errors.InsufficientCreditException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.generated.VoiceDesignResponse;

import static fishaudio.client.ClientFixture.bytes;
import static fishaudio.client.ClientFixture.candidate;
import static fishaudio.client.ClientFixture.created;
import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designResponse;
import static fishaudio.client.ClientFixture.designed;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelRequest;
import static fishaudio.client.ClientFixture.wav;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.ModelEntity;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async calls: same wire, same typed errors, and cancelling the future cancels the call. */
@Timeout(30)
class AsyncCallTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @Test
  void designVoiceAsyncCompletesWithTheDecodedCandidates() throws Exception {
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, wav(1)))));

    VoiceDesignResponse result = fixture.client().voiceDesign().designVoiceAsync(designRequest()).get(10, SECONDS);

    assertArrayEquals(wav(1), result.candidates().get(0).audio().toByteArray());
    RecordedRequest sent = fixture.takeRequest();
    assertEquals("/proxy/v4beta/v1/voice-design", sent.getPath());
    assertEquals("voice-design-1", sent.getHeader("model"));
  }

  @Test
  void createModelAsyncCompletesWithTheModelAndReportsProgress() throws Exception {
    byte[] audio = bytes(1, 10_000);
    fixture.server.enqueue(created());
    List<Long> progress = new CopyOnWriteArrayList<>();

    ModelEntity model = fixture.client()
        .voiceCloning().createModelAsync(modelRequest(Upload.of(audio, "a.wav", "audio/wav")).build(), (sent, total) -> progress.add(sent))
        .get(10, SECONDS);

    assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
    assertEquals("/proxy/v4beta/model", fixture.takeRequest().getPath());
    assertEquals(10_000L, progress.get(progress.size() - 1));
  }

  @Test
  void createModelAsyncWithoutProgressCompletes() throws Exception {
    fixture.server.enqueue(created());

    ModelEntity model = fixture.client()
        .voiceCloning().createModelAsync(modelRequest(Upload.of(bytes(2, 100), "a.wav", "audio/wav")).build())
        .get(10, SECONDS);

    assertEquals("Studio narrator", model.title());
    assertEquals("POST", fixture.takeRequest().getMethod());
  }

  @Test
  void asyncRetriesLikeTheBlockingCall() throws Exception {
    fixture.server.enqueue(json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}"));
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoiceAsync(designRequest()).get(10, SECONDS);

    assertEquals(2, fixture.server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), fixture.sleeps);
  }

  @Test
  void apiErrorCompletesExceptionallyWithTheTypedException() throws Exception {
    fixture.server.enqueue(json(402, "{\"status\":402,\"message\":\"Insufficient API credit\"}"));

    CompletableFuture<VoiceDesignResponse> future = fixture.client().voiceDesign().designVoiceAsync(designRequest());

    InsufficientCreditException e = assertInstanceOf(InsufficientCreditException.class, causeOf(future));
    assertEquals("Insufficient API credit", e.serverMessage());
    assertEquals("/proxy/v4beta/v1/voice-design", fixture.takeRequest().getPath());
    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void malformedAudioCompletesExceptionallyWithMalformedResponse() throws Exception {
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, bytes(3, 64)))));

    CompletableFuture<VoiceDesignResponse> future = fixture.client().voiceDesign().designVoiceAsync(designRequest());

    MalformedResponseException e = assertInstanceOf(MalformedResponseException.class, causeOf(future));
    assertTrue(e.getMessage().contains("candidates[0].audio_base64"), e.getMessage());
  }

  @Test
  void transportFailureCompletesExceptionallyWithTransportException() throws Exception {
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    CompletableFuture<ModelEntity> future =
        fixture.client().voiceCloning().createModelAsync(modelRequest(Upload.of(bytes(4, 100), "a.wav", "audio/wav")).build());

    TransportException e = assertInstanceOf(TransportException.class, causeOf(future));
    assertInstanceOf(IOException.class, e.getCause());
    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void validationErrorIsThrownBeforeAnyFutureExists() {
    fixture.assertThrows(InvalidRequestException.class,
        () -> fixture.client().voiceDesign().designVoiceAsync(designRequest().toBuilder().n(9).build()));

    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
    CountDownLatch canceled = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    AtomicReference<IOException> failure = new AtomicReference<>();
    OkHttpClient watched = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void canceled(Call call) {
        // Runs on the cancelling thread, inside Call.cancel(). Holding it until the future is done
        // forces the interleaving where the call's own failure ("Socket closed") reaches the
        // future first; a future that is cancelled before its call is already done here.
        try {
          inFlight.get().get(5, SECONDS);
        } catch (Exception doneOrTimedOut) {
          // Either way the future has had its chance to complete.
        }
        canceled.countDown();
      }

      @Override
      public void callFailed(Call call, IOException ioe) {
        failure.set(ioe);
        ended.countDown();
      }
    }).build();
    // The server reads the request and never answers, so the call is in flight when cancelled.
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<VoiceDesignResponse> future =
        fixture.track(fixture.builder().okHttpClient(watched).build()).voiceDesign().designVoiceAsync(designRequest());
    inFlight.set(future);
    fixture.takeRequest();

    boolean cancelled = future.cancel(true);

    assertTrue(canceled.await(5, SECONDS), "the OkHttp call was not canceled");
    assertTrue(ended.await(5, SECONDS), "the OkHttp call did not end");
    assertInstanceOf(IOException.class, failure.get());
    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
    assertTrue(cancelled, () -> "cancel(true) returned false; the future holds " + outcome(future));
    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, () -> future.get(1, SECONDS));
  }

  @Test
  void cancellingTheFutureClosesTheConnectionTheServerHolds() throws Exception {
    // A bare socket server, so the test can watch the connection itself end from the server's side.
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CountDownLatch requestRead = new CountDownLatch(1);
      CountDownLatch connectionEnded = new CountDownLatch(1);
      Thread server = new Thread(() -> {
        try (Socket socket = listener.accept()) {
          InputStream in = socket.getInputStream();
          readHead(in);
          requestRead.countDown();
          while (in.read() != -1) {
            // Drain the body; end of stream means the client closed the connection.
          }
        } catch (IOException reset) {
          // A reset ends the connection too.
        }
        connectionEnded.countDown();
      }, "client-test-hanging-server");
      server.setDaemon(true);
      server.start();
      FishAudio client = fixture.track(fixture.builder()
          .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/proxy/v4beta/").build());

      CompletableFuture<VoiceDesignResponse> future = client.voiceDesign().designVoiceAsync(designRequest());
      assertTrue(requestRead.await(5, SECONDS), "the request never arrived");
      future.cancel(true);

      assertTrue(connectionEnded.await(5, SECONDS), "the server still holds an open connection");
    }
  }

  private Throwable causeOf(CompletableFuture<?> future) throws Exception {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, SECONDS));
    return fixture.caught(e.getCause());
  }

  private String outcome(CompletableFuture<?> future) {
    try {
      return String.valueOf(future.getNow(null));
    } catch (CompletionException e) {
      return String.valueOf(fixture.caught(e.getCause()));
    } catch (CancellationException e) {
      return "a cancellation";
    }
  }

  private static void readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while (!head.toString().endsWith("\r\n\r\n") && (b = in.read()) != -1) {
      head.append((char) b);
    }
  }
}
