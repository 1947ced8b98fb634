package fishaudio.client;

import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Run by {@link UploadStreamingTest} in a JVM whose heap is far smaller than the file: uploads the
 * file {@code args[0]} to a local MockWebServer that discards bodies, and exits 0 when the server
 * received all of it. With {@code args[1] = "buffered"} it reads the file into memory first, which
 * must fail: the control that shows the heap really is too small to hold the file.
 */
final class SmallHeapUploadMain {
  private SmallHeapUploadMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long size = Files.size(file);
    boolean buffered = args.length > 1 && args[1].equals("buffered");
    MockWebServer server = new MockWebServer();
    long received;
    try {
      // Keep none of the request body, but still count it.
      server.setBodyLimit(0);
      server.enqueue(ClientFixture.created());
      server.start();
      RequestBody voice = buffered ? Upload.of(Files.readAllBytes(file), "voice.wav", "audio/wav") : Upload.of(file);
      try (FishAudio client = FishAudio.builder()
          .apiKey(ClientFixture.API_KEY)
          .baseUrl(server.url(ClientFixture.PREFIX).toString())
          .maxRetries(0)
          .build()) {
        client.voiceCloning().createModel(CreateModelRequest.builder()
            .type(CreateModelType.TTS)
            .title("Large take")
            .trainMode(CreateModelTrainMode.FAST)
            .visibility(Visibility.PRIVATE)
            .voices(List.of(voice))
            .build());
      }
      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      received = request == null ? -1 : request.getBodySize();
    } finally {
      server.shutdown();
    }
    System.out.println("server received " + received + " body bytes for a file of " + size + " bytes, max heap "
        + Runtime.getRuntime().maxMemory() + " bytes");
    System.exit(received >= size ? 0 : 2);
  }
}
