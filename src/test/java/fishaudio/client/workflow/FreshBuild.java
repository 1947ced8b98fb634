package fishaudio.client.workflow;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The library built from source trees of our choosing (the hand-written {@code src/main/java} and a
 * generated tree), as the build compiles it, and loaded in a class loader of its own: every
 * {@code fishaudio.client} class comes from that build, never from {@code target/classes}, while
 * the libraries (OkHttp, Retrofit, Moshi...) are the test classpath's, so a test passes OkHttp and
 * JDK values in and reads the answers reflectively.
 */
final class FreshBuild {
  private static final String PACKAGE = "fishaudio.client.";

  private FreshBuild() {}

  /**
   * Compiles every {@code .java} under {@code sourceRoots} into {@code classes}, with the options of
   * the pom's compiler (Java 8, the same lint) against the test classpath's libraries.
   *
   * @throws AssertionError listing the errors, when it does not compile
   */
  static void compile(List<Path> sourceRoots, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(classes);
      List<File> sources = new ArrayList<>();
      for (Path root : sourceRoots) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(path -> path.toString().endsWith(".java")).map(Path::toFile).forEach(sources::add);
        }
      }
      List<String> options = Arrays.asList("--release", "8", "-Xlint:all,-options,-processing", "-proc:none",
          "-encoding", "UTF-8", "-implicit:none", "-d", classes.toString(), "-classpath", libraries());
      boolean ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
      if (!ok) {
        throw new AssertionError("the fresh build does not compile:\n" + diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test classpath without this project's own classes: the libraries the library compiles against. */
  private static String libraries() {
    Path main = Paths.get("target", "classes").toAbsolutePath();
    Path test = Paths.get("target", "test-classes").toAbsolutePath();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .filter(entry -> {
          Path path = Paths.get(entry).toAbsolutePath();
          return !path.equals(main) && !path.equals(test);
        })
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * A class loader that defines every {@code fishaudio.client} class from {@code classes} (and
   * refuses one that is not there), and asks the test's loader for everything else.
   */
  static ClassLoader load(Path classes) {
    return new ClassLoader(FreshBuild.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(PACKAGE)) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          if (loaded == null) {
            loaded = findClass(name);
          }
          if (resolve) {
            resolveClass(loaded);
          }
          return loaded;
        }
      }

      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path file = classes.resolve(name.replace('.', '/') + ".class");
        if (!Files.isRegularFile(file)) {
          throw new ClassNotFoundException(name + " is not in the fresh build " + classes);
        }
        try {
          byte[] bytes = Files.readAllBytes(file);
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    };
  }
}
