package fishaudio.client.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings the committed {@code generated/} tree up to what the generator just wrote under
 * {@code target/}, touching only files whose bytes differ: the generator rewrites every file on
 * every run, and a build that changes no spec or template must leave {@code generated/} (bytes and
 * modification times) as it found it. Files the generator no longer writes are deleted.
 *
 * <p>Run by Maven in {@code process-sources}, right after the generator; arguments: the fresh
 * output's source folder, then the committed one.
 */
public final class GeneratedSync {
  private GeneratedSync() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: GeneratedSync <fresh source folder> <committed source folder>");
    }
    Result result = sync(Paths.get(args[0]), Paths.get(args[1]));
    System.out.println("generated-sync: " + result);
  }

  /** What a sync did, by path relative to the committed folder. */
  static final class Result {
    final Set<String> written = new TreeSet<>();
    final Set<String> deleted = new TreeSet<>();
    int unchanged;

    @Override
    public String toString() {
      if (written.isEmpty() && deleted.isEmpty()) {
        return unchanged + " files unchanged, none rewritten";
      }
      return written.size() + " written " + written + ", " + deleted.size() + " deleted " + deleted + ", "
          + unchanged + " unchanged";
    }
  }

  static Result sync(Path fresh, Path committed) throws IOException {
    if (!Files.isDirectory(fresh)) {
      throw new IOException("the generator wrote no " + fresh);
    }
    Result result = new Result();
    Set<Path> produced = files(fresh);
    for (Path relative : produced) {
      byte[] bytes = Files.readAllBytes(fresh.resolve(relative));
      Path target = committed.resolve(relative);
      if (Files.isRegularFile(target) && Arrays.equals(bytes, Files.readAllBytes(target))) {
        result.unchanged++;
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      result.written.add(slashes(relative));
    }
    if (Files.isDirectory(committed)) {
      for (Path relative : files(committed)) {
        if (!produced.contains(relative)) {
          Files.delete(committed.resolve(relative));
          result.deleted.add(slashes(relative));
        }
      }
      deleteEmptyFolders(committed);
    }
    return result;
  }

  /**
   * Every file under {@code root} but the generator's input checksum ({@code *.sha256}), which differs
   * from one build to the next for the same spec, so it would never match a commit.
   */
  private static Set<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".sha256"))
          .map(root::relativize).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Deepest first, so a folder emptied by its children's deletion goes too; the root stays. */
  private static void deleteEmptyFolders(Path root) throws IOException {
    List<Path> folders;
    try (Stream<Path> walk = Files.walk(root)) {
      folders = walk.filter(Files::isDirectory).filter(p -> !p.equals(root))
          .sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList());
    }
    for (Path folder : folders) {
      try (Stream<Path> children = Files.list(folder)) {
        if (!children.findAny().isPresent()) {
          Files.delete(folder);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
