package fishaudio.client.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java code of the README and of docs/ compiles against this build, so the quickstart cannot rot. */
class ReadmeCodeTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public\\s+class\\s+(\\w+)");

  @Test
  void everyJavaBlockInTheReadmeCompiles(@TempDir Path out) throws IOException {
    // The README and every page under docs/: code shown anywhere must compile.
    StringBuilder pages = new StringBuilder(new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8));
    try (java.util.stream.Stream<Path> docs = Files.list(Paths.get("docs"))) {
      for (Path page : (Iterable<Path>) docs.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
        pages.append('\n').append(new String(Files.readAllBytes(page), StandardCharsets.UTF_8));
      }
    }
    String readme = pages.toString();
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      Matcher name = CLASS_NAME.matcher(code);
      assertTrue(name.find(), "each README Java block is a whole public class:\n" + code);
      sources.add(new SimpleJavaFileObject(URI.create("string:///" + name.group(1) + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return code;
        }
      });
    }
    assertFalse(sources.isEmpty(), "the README shows Java code");

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = Arrays.asList(
        "-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-Xlint:all", "-Werror");
    boolean compiled = compiler.getTask(new StringWriter(), null, diagnostics, options, null, sources).call();

    StringBuilder report = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      report.append(diagnostic).append('\n');
    }
    assertTrue(compiled, "README code does not compile:\n" + report);
    assertEquals("", report.toString(), "README code compiles with warnings");
  }
}
