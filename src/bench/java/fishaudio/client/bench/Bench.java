package fishaudio.client.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry of every measurement outside JMH: {@code Bench NAME OUT_DIR [ARGS...]} runs one group
 * of keys and writes OUT_DIR/NAME.json, which {@link Report} reads: {@code rows} (one per key, see
 * {@link Pairs#row}), {@code notes} (Markdown, where the group explains itself, misses with their
 * floors and profiles) and {@code details} (every run behind the rows). ARGS are iteration counts.
 */
public final class Bench {
  static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");

  /** What a group measured. */
  static final class Result {
    final List<Map<String, Object>> rows = new ArrayList<>();
    final StringBuilder notes = new StringBuilder();
    final Map<String, Object> details = new LinkedHashMap<>();

    void note(String markdown) {
      notes.append(markdown).append("\n\n");
    }
  }

  interface Group {
    void run(Path out, int[] counts, Result result) throws Exception;
  }

  private static final Map<String, Group> GROUPS = Map.of(
      "design", Design::run,
      "upload", (out, n, r) -> Uploads.run(out, false, n, r),
      "upload-tls", (out, n, r) -> Uploads.run(out, true, n, r),
      "small-heap", Uploads::underSmallHeap,
      "first-call", (out, n, r) -> FirstCall.run(out, false, n, r),
      "first-call-tls", (out, n, r) -> FirstCall.run(out, true, n, r),
      "tier", Tier::run,
      "heap", Heap::run,
      "speech", Speech::run,
      "live", Live::run);

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[1]));
    int[] counts = Arrays.stream(args).skip(2).mapToInt(Integer::parseInt).toArray();
    Result result = new Result();
    try {
      GROUPS.get(args[0]).run(out, counts, result);
    } catch (Throwable e) {
      result.details.put("error", e.toString());
      result.note("**" + args[0] + " failed:** " + e);
      e.printStackTrace();
    }
    Files.writeString(out.resolve(args[0] + ".json"),
        JSON.toJson(Map.of("rows", result.rows, "notes", result.notes.toString().trim(), "details", result.details)));
    result.rows.forEach(row -> System.out.println(row.get("key") + " = " + row.get("value") + " ± " + row.get("error")
        + " " + row.get("interval_999") + " " + row.get("verdict")));
    System.exit(0); // OkHttp's pool threads would keep the JVM up for a minute
  }

  static int count(int[] counts, int i, int otherwise) {
    return counts.length > i ? counts[i] : otherwise;
  }

  /** java -cp (this JVM's classpath) ARGS...: a child JVM's command; options go before the main class in ARGS. */
  static List<String> java(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(args));
    return command;
  }

  /** Runs COMMAND, fails on a non-zero exit; returns its output (stdout and stderr), line by line. */
  static List<String> exec(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command.get(0) + " exited " + p.exitValue() + ": "
          + output.substring(Math.max(0, output.length() - 600)));
    }
    return output.lines().toList();
  }
}
