package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generated/ is rewritten only where the generator's fresh output differs from it. */
class GeneratedSyncTest {
  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path tmp;

  @Test
  void sameBytesLeaveTheFileAndItsTimeAlone() throws IOException {
    Path fresh = write(tmp.resolve("fresh"), "a/Model.java", "class Model {}");
    Path committed = write(tmp.resolve("committed"), "a/Model.java", "class Model {}");
    Files.setLastModifiedTime(committed.resolve("a/Model.java"), LONG_AGO);

    GeneratedSync.Result result = GeneratedSync.sync(fresh, committed);

    assertEquals(1, result.unchanged);
    assertEquals(Collections.emptySet(), result.written);
    assertEquals(LONG_AGO, Files.getLastModifiedTime(committed.resolve("a/Model.java")));
    assertEquals("1 files unchanged, none rewritten", result.toString());
  }

  @Test
  void changedAndNewFilesAreWrittenAndStaleOnesDeletedWithTheirEmptyFolders() throws IOException {
    Path fresh = write(tmp.resolve("fresh"), "a/Model.java", "class Model { int x; }");
    write(fresh, "a/New.java", "class New {}");
    Path committed = write(tmp.resolve("committed"), "a/Model.java", "class Model {}");
    write(committed, "b/c/Gone.java", "class Gone {}");

    GeneratedSync.Result result = GeneratedSync.sync(fresh, committed);

    assertEquals("[a/Model.java, a/New.java]", result.written.toString());
    assertEquals("[b/c/Gone.java]", result.deleted.toString());
    assertEquals("class Model { int x; }", read(committed.resolve("a/Model.java")));
    assertEquals("class New {}", read(committed.resolve("a/New.java")));
    assertFalse(Files.exists(committed.resolve("b")), "the emptied folders go too");
    assertTrue(Files.isDirectory(committed), "the root stays");
  }

  @Test
  void aMissingCommittedFolderIsCreated() throws IOException {
    Path fresh = write(tmp.resolve("fresh"), "Model.java", "class Model {}");

    GeneratedSync.Result result = GeneratedSync.sync(fresh, tmp.resolve("committed"));

    assertEquals("[Model.java]", result.written.toString());
    assertEquals("class Model {}", read(tmp.resolve("committed/Model.java")));
  }

  @Test
  void noFreshOutputIsAnErrorAndDeletesNothing() throws IOException {
    Path committed = write(tmp.resolve("committed"), "Model.java", "class Model {}");

    IOException e = assertThrows(IOException.class, () -> GeneratedSync.sync(tmp.resolve("fresh"), committed));

    assertTrue(e.getMessage().contains("the generator wrote no"), e.getMessage());
    assertTrue(Files.exists(committed.resolve("Model.java")));
  }

  private static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return root;
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
