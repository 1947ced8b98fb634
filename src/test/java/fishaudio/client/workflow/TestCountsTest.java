package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closing line of scripts/test, read from report folders that may be missing. */
class TestCountsTest {
  @TempDir Path tmp;

  @Test
  void aMissingFolderHoldsNoSuites() {
    assertEquals(List.of(), TestCounts.read(tmp.resolve("failsafe-reports")));
    assertEquals("tests: 0 passed, 0 failed, 0 skipped", TestCounts.summary(List.of()));
  }

  @Test
  void countsEveryReportErrorsAsFailed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("surefire-reports"));
    report(dir, "TEST-a.ATest.xml", "<testsuite xmlns:xsi=\"x\" name=\"a.ATest\" time=\"1,234.5\" tests=\"10\" "
        + "errors=\"1\" skipped=\"2\" failures=\"3\">");
    report(dir, "TEST-b.BTest.xml", "<testsuite name=\"b.BTest\" tests=\"5\" errors=\"0\" skipped=\"0\" failures=\"0\">");
    report(dir, "b.BTest.txt", "<testsuite tests=\"99\">");

    List<TestCounts.Suite> suites = TestCounts.read(dir);

    assertEquals(2, suites.size());
    TestCounts.Suite a = suites.stream().filter(s -> s.name().equals("a.ATest")).findFirst().orElseThrow();
    assertEquals(4, a.passed());
    assertEquals(1234.5, a.seconds());
    assertEquals("tests: 9 passed, 4 failed, 2 skipped", TestCounts.summary(suites));
  }

  private static void report(Path dir, String name, String suite) throws Exception {
    Files.writeString(dir.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + suite
        + "<testcase name=\"t\"/></testsuite>\n", StandardCharsets.UTF_8);
  }
}
