package fishaudio.client.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of test counts: the {@code <testsuite>} totals of surefire and failsafe report
 * folders ({@code TEST-*.xml}). {@code scripts/test} runs it as a program for its closing line; the
 * bench's report reads the same suites through {@link #read}. A folder that does not exist holds no
 * suites (a run with {@code -DskipITs} writes no failsafe reports). JDK only, so that it runs as a
 * single source file: {@code java src/test/java/fishaudio/client/workflow/TestCounts.java DIR...}.
 */
public final class TestCounts {
  private static final Pattern SUITE = Pattern.compile("<testsuite\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

  /** One test class's totals, as its report states them. */
  public record Suite(String name, int tests, int failures, int errors, int skipped, double seconds) {
    /** Tests that ran and neither failed nor erred. */
    public int passed() {
      return tests - failures - errors - skipped;
    }
  }

  private TestCounts() {}

  /** Prints {@link #summary} over every suite in the given report folders. */
  public static void main(String[] args) {
    List<Suite> suites = new ArrayList<>();
    for (String dir : args) {
      suites.addAll(read(Paths.get(dir)));
    }
    System.out.println(summary(suites));
  }

  /** The suites reported in {@code dir}; none when it does not exist. */
  public static List<Suite> read(Path dir) {
    List<Suite> suites = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return suites;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "TEST-*.xml")) {
      for (Path file : files) {
        Matcher suite = SUITE.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        if (suite.find()) {
          suites.add(suite(suite.group(1), file.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return suites;
  }

  /** One line: {@code tests: N passed, F failed, S skipped}, errors counted as failed. */
  public static String summary(List<Suite> suites) {
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    for (Suite s : suites) {
      passed += s.passed();
      failed += s.failures() + s.errors();
      skipped += s.skipped();
    }
    return String.format(Locale.ROOT, "tests: %d passed, %d failed, %d skipped", passed, failed, skipped);
  }

  private static Suite suite(String attributes, String fallbackName) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(attributes);
    while (a.find()) {
      values.put(a.group(1), a.group(2));
    }
    return new Suite(values.getOrDefault("name", fallbackName), count(values, "tests"), count(values, "failures"),
        count(values, "errors"), count(values, "skipped"),
        // Surefire may group the digits of a long time ("1,234.5").
        Double.parseDouble(values.getOrDefault("time", "0").replace(",", "")));
  }

  private static int count(Map<String, String> values, String name) {
    return Integer.parseInt(values.getOrDefault(name, "0"));
  }
}
