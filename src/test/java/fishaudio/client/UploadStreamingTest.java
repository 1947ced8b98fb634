package fishaudio.client;

import static fishaudio.client.ClientFixture.bytes;
import static fishaudio.client.ClientFixture.created;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelRequest;
import static fishaudio.client.ClientFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.Visibility;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Uploads stream from their source instead of being read into memory, and report their progress. */
@Timeout(180)
class UploadStreamingTest {
  private static final long MIB = 1024 * 1024;

  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @TempDir
  Path dir;

  @Test
  void streamsA64MegabyteFileFromDisk() throws Exception {
    Path voice = sparseFile("large.wav", 64 * MIB);
    // MockWebServer keeps request bodies in memory; with a limit of 0 it discards them but still counts.
    fixture.server.setBodyLimit(0);
    fixture.server.enqueue(created());
    List<Long> progress = new CopyOnWriteArrayList<>();

    fixture.client().voiceCloning().createModel(modelRequest(Upload.of(voice)).build(), (sent, total) -> progress.add(sent));

    RecordedRequest sent = fixture.takeRequest();
    assertTrue(sent.getBodySize() >= 64 * MIB, "body of " + sent.getBodySize() + " bytes");
    assertEquals(String.valueOf(sent.getBodySize()), sent.getHeader("Content-Length"));
    assertEquals(64 * MIB, progress.get(progress.size() - 1));
  }

  @Test
  void uploadsA256MegabyteFileFromAJvmWithA32MegabyteHeap() throws Exception {
    Path voice = sparseFile("huge.wav", 256 * MIB);

    Fork fork = runSmallHeapUpload(voice.toString());

    assertEquals(0, fork.exitCode, fork.output);
    assertTrue(fork.output.contains("server received"), fork.output);
  }

  @Test
  void theSmallHeapCannotHoldTheFileItself() throws Exception {
    // The control for the test above: the same JVM fails when the file is read into memory.
    Path voice = sparseFile("huge.wav", 256 * MIB);

    Fork fork = runSmallHeapUpload(voice.toString(), "buffered");

    assertNotEquals(0, fork.exitCode, fork.output);
    assertFalse(fork.output.contains("server received"), fork.output);
  }

  @Test
  void progressIncreasesToTheTotalOfAllFiles() throws Exception {
    Path first = write(dir.resolve("one.wav"), bytes(1, 300_000));
    Path second = write(dir.resolve("two.wav"), bytes(2, 100_000));
    Path cover = write(dir.resolve("cover.png"), bytes(3, 5_000));
    fixture.server.enqueue(created());
    List<long[]> events = new CopyOnWriteArrayList<>();

    fixture.client().voiceCloning().createModel(modelRequest(Upload.of(first), Upload.of(second))
            .visibility(Visibility.PUBLIC).coverImage(Upload.of(cover)).build(),
        (sent, total) -> events.add(new long[] {sent, total}));

    long expected = 300_000 + 100_000 + 5_000;
    assertFalse(events.isEmpty());
    long previous = 0;
    for (long[] event : events) {
      assertEquals(expected, event[1], "total");
      assertTrue(event[0] >= previous, "bytesSent went from " + previous + " down to " + event[0]);
      previous = event[0];
    }
    assertEquals(expected, previous);
    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void progressTotalIsUnknownForAStreamOfUnknownLength() throws Exception {
    byte[] audio = bytes(4, 20_000);
    fixture.server.enqueue(created());
    List<long[]> events = new CopyOnWriteArrayList<>();

    fixture.client().voiceCloning().createModel(
        modelRequest(Upload.of(new ByteArrayInputStream(audio), "mic.wav", "audio/wav", -1)).build(),
        (sent, total) -> events.add(new long[] {sent, total}));

    long[] last = events.get(events.size() - 1);
    assertEquals(audio.length, last[0]);
    assertEquals(-1, last[1]);
  }

  @Test
  void progressStartsAgainFromZeroOnARetry() throws Exception {
    Path first = write(dir.resolve("one.wav"), bytes(1, 100_000));
    Path second = write(dir.resolve("two.wav"), bytes(2, 200_000));
    fixture.server.enqueue(json(503, "{\"status\":503,\"message\":\"busy\"}"));
    fixture.server.enqueue(created());
    List<Long> events = new CopyOnWriteArrayList<>();

    fixture.client().voiceCloning().createModel(modelRequest(Upload.of(first), Upload.of(second)).build(),
        (sent, total) -> events.add(sent));

    assertEquals(2, fixture.server.getRequestCount());
    int retry = 1;
    while (retry < events.size() && events.get(retry) >= events.get(retry - 1)) {
      retry++;
    }
    assertTrue(retry < events.size(), "progress never started again: " + events);
    assertEquals(300_000L, events.get(retry - 1), "the first attempt ends at the total");
    List<Long> retried = new ArrayList<>(events.subList(retry, events.size()));
    // "bytesSent: file bytes sent so far in this attempt" (ProgressListener): the retry starts with
    // the first file, so its first report can be no more than the first file's size.
    assertTrue(retried.get(0) <= 100_000, "the retry's first report is " + retried.get(0) + ": " + retried);
    for (int i = 1; i < retried.size(); i++) {
      assertTrue(retried.get(i) >= retried.get(i - 1), "the retry's progress went down: " + retried);
    }
    assertEquals(300_000L, retried.get(retried.size() - 1));
  }

  private Path sparseFile(String name, long size) throws Exception {
    Path file = dir.resolve(name);
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(size);
    }
    return file;
  }

  private record Fork(int exitCode, String output) {}

  private Fork runSmallHeapUpload(String... args) throws Exception {
    // Surefire may put a manifest-only jar on java.class.path; it names the real classpath here.
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", classpath,
        SmallHeapUploadMain.class.getName()));
    command.addAll(List.of(args));
    File output = dir.resolve("fork-output.txt").toFile();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
    if (!process.waitFor(150, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return new Fork(-1, "timed out: " + Files.readString(output.toPath(), StandardCharsets.UTF_8));
    }
    return new Fork(process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
  }
}
