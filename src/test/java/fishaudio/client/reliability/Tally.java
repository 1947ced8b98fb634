package fishaudio.client.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Counts one reliability suite's cases and reports them: a line on stdout such as
 * {@code reliability: bad-input cases=57 passed=57 ...}, and the same line, with its notes, in
 * {@code target/reliability/summary.txt}, where each suite replaces only its own lines.
 */
final class Tally {
  static final Path SUMMARY = Paths.get("target", "reliability", "summary.txt");

  /** Thrown by a case that cannot run here; it is counted, reported, and shown as skipped. */
  static final class NotApplicable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotApplicable(String reason) {
      super(reason);
    }
  }

  private final String suite;
  private int cases;
  private int passed;
  private int failed;
  private int notApplicable;
  private int leaks;
  private final List<String> notes = new ArrayList<>();

  Tally(String suite) {
    this.suite = suite;
  }

  /** A dynamic test that is counted as one case. */
  DynamicTest test(String name, Executable body) {
    return DynamicTest.dynamicTest(name, () -> run(name, body));
  }

  /** Runs and counts one case; a failure is rethrown, a {@link NotApplicable} becomes a skip. */
  synchronized void run(String name, Executable body) throws Throwable {
    cases++;
    try {
      body.execute();
      passed++;
    } catch (NotApplicable e) {
      notApplicable++;
      notes.add("not applicable: " + name + ": " + e.getMessage());
      Assumptions.abort("not applicable: " + e.getMessage());
    } catch (Throwable e) {
      failed++;
      notes.add("FAILED: " + name + ": " + firstLine(String.valueOf(e)));
      throw e;
    }
  }

  /** Records a leak (connection, thread, file or secret) found by a case. */
  synchronized void leak(String name, List<String> found) {
    leaks += found.size();
    for (String leak : found) {
      notes.add("LEAK: " + name + ": " + leak);
    }
  }

  /** Adds a line to the summary, such as an observation about the environment. */
  synchronized void note(String note) {
    notes.add(note);
  }

  /** Prints the suite's line and rewrites its part of the summary file. */
  synchronized void report() {
    String line = "reliability: " + suite + " cases=" + cases + " passed=" + passed + " failed=" + failed
        + " not-applicable=" + notApplicable + " leaks=" + leaks;
    System.out.println(line);
    for (String note : notes) {
      System.out.println("  " + suite + ": " + note);
    }
    try {
      Files.createDirectories(SUMMARY.getParent());
      List<String> kept = Files.exists(SUMMARY)
          ? Files.readAllLines(SUMMARY, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.startsWith("reliability: " + suite + " ") && !l.startsWith("  " + suite + ": "))
              .collect(Collectors.toList())
          : new ArrayList<>();
      kept.add(line);
      for (String note : notes) {
        kept.add("  " + suite + ": " + note);
      }
      Files.write(SUMMARY, kept, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
