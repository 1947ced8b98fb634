package fishaudio.client.reliability;

import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.SaveException;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.testing.CandidateJson;
import fishaudio.client.testing.WavFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Belongs here: what a server's sizes can do to memory, and what save() does with awkward targets. */
class BoundsAndSaveTest {
  private MockWebServer server;
  private FishAudio client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = FishAudio.builder().apiKey("test-key").baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private VoiceDesignResponse design() {
    return client.voiceDesign().designVoice(VoiceDesignRequest.builder().instruction("A calm narrator").build());
  }

  private void enqueueCandidates(int count) {
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      candidates.add(CandidateJson.candidate("c" + i, i, WavFiles.silence(8000, 4), 8000, 1, "Hello", "Calm"));
    }
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(CandidateJson.designResponse(candidates.toArray(new String[0]))));
  }

  @Test
  void aGzipBombFailsFastNamingTheCap() throws IOException {
    // 80 MiB of spaces inflate from well under 1 MiB on the wire: whitespace is valid JSON.
    Buffer gzipped = new Buffer();
    try (OutputStream out = new GZIPOutputStream(gzipped.outputStream())) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 80; i++) {
        out.write(spaces);
      }
    }
    assertTrue(gzipped.size() < 1 << 20, "compressed to " + gzipped.size());
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").setBody(gzipped));

    MalformedResponseException e = assertThrows(MalformedResponseException.class, this::design);
    assertTrue(e.getMessage().contains("cap of 67108864 bytes"), e.getMessage());
  }

  @Test
  void aDeclaredLengthOverTheCapIsRefusedBeforeReading() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("Content-Length", String.valueOf(100L << 20)).setBody("{}")
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AT_END));

    assertThrows(RuntimeException.class, this::design);
  }

  @Test
  void tinyCandidatesHoldExactlyTheirOwnBytes() {
    enqueueCandidates(4);

    for (VoiceDesignCandidate candidate : design().candidates()) {
      ByteString audio = candidate.audio();
      // A plain ByteString is one exact array; a segmented one would pin an 8 KiB segment.
      assertSame(ByteString.class, audio.getClass());
      assertEquals(WavFiles.HEADER_BYTES + 8, audio.size());
    }
  }

  @Test
  void savesUnderTheLongestLegalFileName(@TempDir Path dir) {
    enqueueCandidates(1);
    VoiceDesignCandidate candidate = design().candidates().get(0);
    Path target = dir.resolve(String.join("", Collections.nCopies(224, "a")));

    candidate.save(target);

    assertArrayEquals(candidate.audio().toByteArray(), readAll(target));
    assertEquals(Collections.singletonList(target.getFileName().toString()), list(dir));
  }

  @Test
  void anUnusableTargetIsATypedErrorNamingThePath(@TempDir Path dir) throws IOException {
    enqueueCandidates(1);
    VoiceDesignCandidate candidate = design().candidates().get(0);
    Path root = Paths.get(File.separator);
    Path directory = Files.createDirectory(dir.resolve("existing"));

    SaveException atRoot = assertThrows(SaveException.class, () -> candidate.save(root));
    SaveException atDirectory = assertThrows(SaveException.class, () -> candidate.save(directory));

    assertEquals(root, atRoot.path());
    assertEquals(directory, atDirectory.path());
    assertTrue(atDirectory.getMessage().contains(directory.toString()), atDirectory.getMessage());
    assertEquals(Collections.singletonList("existing"), list(dir), "nothing left behind");
  }

  private static byte[] readAll(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> list(Path dir) {
    List<String> names = new ArrayList<>();
    for (File file : dir.toFile().listFiles()) {
      names.add(file.getName());
    }
    Collections.sort(names);
    return names;
  }
}
