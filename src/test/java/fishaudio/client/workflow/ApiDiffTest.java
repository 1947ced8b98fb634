package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/regenerate's report of what a regeneration changed in the public API. */
class ApiDiffTest {
  @TempDir Path tmp;

  @Test
  void namesAddedRemovedAndChangedClassesAndMembers() throws Exception {
    Path before = source(tmp.resolve("before"), "Model.java",
        "public class Model { public int size() { return 0; } public String name; private int hidden;"
            + " public static class Builder { public Builder title(String t) { return this; } } }");
    source(before, "Gone.java", "public final class Gone {}");
    Path after = source(tmp.resolve("after"), "Model.java",
        "public class Model { public long size() { return 0; } private int hidden2;"
            + " public static class Builder { public Builder title(String t) { return this; } } }");
    source(after, "Api.java", "public interface Api { String call(int id); }");

    assertEquals(List.of(
        "+ Api",
        "- Gone",
        "~ Model",
        "    - String name",
        "    ~ int size()  ->  long size()",
        "public API: 3 classes changed"), ApiDiff.diff(before, after));
  }

  @Test
  void theSameTreeIsNoChange() throws Exception {
    Path dir = source(tmp.resolve("same"), "A.java", "public class A { public void a() {} }");

    assertEquals(List.of("public API: no change"), ApiDiff.diff(dir, dir));
  }

  @Test
  void aMissingBeforeTreeMakesEveryClassNew() throws Exception {
    Path after = source(tmp.resolve("after"), "A.java", "public class A {}");

    assertEquals(List.of("+ A", "public API: 1 classes changed"), ApiDiff.diff(tmp.resolve("none"), after));
  }

  private static Path source(Path dir, String file, String code) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), code);
    return dir;
  }
}
