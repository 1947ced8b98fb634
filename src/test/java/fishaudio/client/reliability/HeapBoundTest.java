package fishaudio.client.reliability;

import static fishaudio.client.reliability.Fixtures.modelJson;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: answers small on the wire and in bytes whose structure would fill the heap, each
 * decoded in a JVM of its own under {@code -Xmx1g} ({@link HeapBoundMain}); a body over the byte
 * cap belongs in HostileServerTest.
 *
 * <p>Suite 10: the 64 MiB cap bounds bytes, not the objects built from them. The untyped parts of a
 * model ({@code quality}) are bounded by structure: every case here must end in a typed outcome, the
 * JVM alive, the heap's peak far under its limit.
 */
class HeapBoundTest {
  private static final Tally TALLY = new Tally("heap-bounds");
  private static final String MODEL = modelJson();
  /** What the fork may use at its peak (a young generation of 32 MB included): a tenth of its heap. */
  private static final int MAX_PEAK_MB = 100;

  @AfterAll
  static void report() {
    TALLY.report();
  }

  @TestFactory
  Stream<DynamicTest> untypedPartsAreBoundedByStructure() {
    return Stream.of(
        // The cases: 60 MiB of JSON that gzips to about 61 KB, and 4 MiB of {}.
        quality("getModel: quality is [{},{},...], 60 MiB", "[", "{},", 20 << 20, "{}]"),
        quality("getModel: quality is [{},{},...], 4 MiB", "[", "{},", (4 << 20) / 3, "{}]"),
        quality("getModel: quality is [0,0,...], 60 MiB", "[", "0,", 30 << 20, "0]"),
        // Variations: other shapes, other nesting, other fields and operations.
        quality("getModel: quality is {\"k1\":0,\"k2\":0,...}, 30 MiB", "{", null, 2 << 20, "\"end\":0}"),
        quality("getModel: quality is [[[...]]], nested 200 deep", Fixtures.repeat("[", 200), "", 1, Fixtures.repeat("]", 200)),
        quality("getModel: quality is [\"\",\"\",...], 60 MiB", "[", "\"\",", 20 << 20, "\"\"]"),
        quality("getModel: quality is [[],[],...], 60 MiB", "[", "[],", 20 << 20, "[]]"),
        quality("getModel: quality is {\"a\":[{},{},...]} in an object, 60 MiB", "{\"a\":[", "{},", 20 << 20, "{}]}"),
        fork("listModels: 2,000 models, each quality 10,000 values", "listModels", out -> {
          String model = MODEL.replaceFirst("\\{", "{\"quality\": [" + Fixtures.repeat("0,", 9_999) + "0], ");
          write(out, "{\"total\":2000,\"has_more\":false,\"items\":[");
          for (int i = 0; i < 2000; i++) {
            write(out, (i == 0 ? "" : ",") + model);
          }
          write(out, "]}");
        }),
        fork("getModel: tags is [\"a\",\"a\",...], 60 MiB", "getModel", out -> {
          int at = MODEL.indexOf("\"narration\"");
          write(out, MODEL.substring(0, at));
          byte[] item = "\"a\",".getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 15 << 20; i++) {
            out.write(item);
          }
          write(out, MODEL.substring(at));
        }));
  }

  // ------------------------------------------------------------------ helpers

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** getModel of the model with {@code quality} = prefix + unit x count + suffix ({@code unit} null: distinct keys). */
  private static DynamicTest quality(String name, String prefix, String unit, int count, String suffix) {
    return fork(name, "getModel", out -> {
      write(out, "{\"quality\": " + prefix);
      byte[] repeated = unit == null ? null : unit.getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < count; i++) {
        if (repeated != null) {
          out.write(repeated);
        } else {
          write(out, "\"k" + i + "\":0,");
        }
      }
      write(out, suffix + ", ");
      // The rest of the model after its opening brace.
      write(out, MODEL.substring(MODEL.indexOf('{') + 1));
    });
  }

  private static DynamicTest fork(String name, String operation, Body body) {
    return Harness.test(TALLY, name, h -> {
      Path gzip = h.dir.resolve("body.json.gz");
      // Buffered ahead of the deflater, which costs a call per write: the payloads are millions of tiny writes.
      try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(gzip), 64 * 1024), 64 * 1024)) {
        body.write(out);
      }
      String line = run(operation, gzip);
      TALLY.note(name + ": " + line);
      assertTrue(line.startsWith("outcome="), () -> "the fork died: " + line);
      Matcher peak = Pattern.compile("peak-heap-mb=(\\d+)").matcher(line);
      assertTrue(peak.find(), line);
      assertTrue(line.startsWith("outcome=success") || line.startsWith("outcome=MalformedResponseException"), line);
      assertTrue(Integer.parseInt(peak.group(1)) <= MAX_PEAK_MB, () -> "peak heap over " + MAX_PEAK_MB + " MB: " + line);
    });
  }

  private static String run(String operation, Path gzip) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(Arrays.asList(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Xmn32m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
        "-cp", classpath, HeapBoundMain.class.getName(), operation, gzip.toString()));
    File output = gzip.resolveSibling("fork-output.txt").toFile();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return "timed out: " + new String(Files.readAllBytes(output.toPath()), StandardCharsets.UTF_8);
    }
    String printed = new String(Files.readAllBytes(output.toPath()), StandardCharsets.UTF_8);
    for (String line : printed.split("\n")) {
      if (line.startsWith("outcome=")) {
        return line;
      }
    }
    return "exit " + process.exitValue() + ": " + printed.replace("\n", " | ");
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
