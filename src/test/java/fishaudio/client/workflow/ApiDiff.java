package fishaudio.client.workflow;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What changed in the public Java API between two source trees (scripts/regenerate compares
 * generated/ before and after a run), read with javac's parser, so no classpath is needed:
 * public classes and members, and the implicitly public members of interfaces (the Retrofit APIs).
 *
 * <pre>
 * + Class              a class (or nested class, e.g. ModelEntity.Builder) was added
 * - Class              a class was removed
 * ~ Class              its public API changed; one line per member below it:
 *     + member / - member / ~ old  -&gt;  new   (a member whose name stayed but whose signature changed)
 * </pre>
 *
 * <p>JDK only, so that it runs as a single source file:
 * {@code java src/test/java/fishaudio/client/workflow/ApiDiff.java BEFORE AFTER}.
 */
public final class ApiDiff {
  private ApiDiff() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ApiDiff BEFORE_DIR AFTER_DIR");
      System.exit(2);
    }
    diff(Paths.get(args[0]), Paths.get(args[1])).forEach(System.out::println);
  }

  /** The report's lines, ending with a count of the classes that changed. */
  public static List<String> diff(Path beforeDir, Path afterDir) throws IOException {
    Map<String, Set<String>> before = api(beforeDir);
    Map<String, Set<String>> after = api(afterDir);
    Set<String> classes = new TreeSet<>(before.keySet());
    classes.addAll(after.keySet());
    List<String> lines = new ArrayList<>();
    int changed = 0;
    for (String name : classes) {
      Set<String> was = before.get(name);
      Set<String> is = after.get(name);
      if (was == null || is == null) {
        lines.add((was == null ? "+ " : "- ") + name);
      } else if (!was.equals(is)) {
        lines.add("~ " + name);
        members(was, is, lines);
      } else {
        continue;
      }
      changed++;
    }
    lines.add(changed == 0 ? "public API: no change" : "public API: " + changed + " classes changed");
    return lines;
  }

  /** One line per changed member; a name with one member removed and one added is a signature change. */
  private static void members(Set<String> was, Set<String> is, List<String> lines) {
    Map<String, List<String>> removed = byName(was, is);
    Map<String, List<String>> added = byName(is, was);
    Set<String> names = new TreeSet<>(removed.keySet());
    names.addAll(added.keySet());
    for (String member : names) {
      List<String> gone = removed.getOrDefault(member, List.of());
      List<String> come = added.getOrDefault(member, List.of());
      if (gone.size() == 1 && come.size() == 1) {
        lines.add("    ~ " + gone.get(0) + "  ->  " + come.get(0));
      } else {
        gone.forEach(s -> lines.add("    - " + s));
        come.forEach(s -> lines.add("    + " + s));
      }
    }
  }

  /** Members of {@code in} missing from {@code other}, grouped by member name. */
  private static Map<String, List<String>> byName(Set<String> in, Set<String> other) {
    return in.stream().filter(s -> !other.contains(s)).collect(Collectors.groupingBy(
        s -> s.contains("(") ? s.replaceAll("^.*?(\\w+)\\(.*$", "$1") : s.replaceAll("^.* ", ""),
        TreeMap::new, Collectors.toList()));
  }

  /** Every visible class under {@code dir} (none when it does not exist), with its visible members. */
  static Map<String, Set<String>> api(Path dir) throws IOException {
    Map<String, Set<String>> api = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return api;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
        Stream<Path> walk = Files.walk(dir)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      JavacTask task = (JavacTask) javac.getTask(null, files, diagnostic -> { }, List.of("-proc:none"), null,
          files.getJavaFileObjectsFromPaths(sources));
      for (CompilationUnitTree unit : task.parse()) {
        for (Tree type : unit.getTypeDecls()) {
          if (type instanceof ClassTree c) {
            collect(c, "", false, api);
          }
        }
      }
    }
    return api;
  }

  private static void collect(ClassTree c, String outer, boolean inInterface, Map<String, Set<String>> api) {
    if (!visible(c.getModifiers(), inInterface)) {
      return;
    }
    String name = outer.isEmpty() ? c.getSimpleName().toString() : outer + "." + c.getSimpleName();
    boolean isInterface = c.getKind() == Tree.Kind.INTERFACE;
    Set<String> members = api.computeIfAbsent(name, k -> new TreeSet<>());
    for (Tree m : c.getMembers()) {
      if (m instanceof ClassTree inner) {
        collect(inner, name, isInterface, api);
      } else if (m instanceof MethodTree method && visible(method.getModifiers(), isInterface)) {
        String params = method.getParameters().stream().map(p -> p.getType().toString())
            .collect(Collectors.joining(", "));
        members.add(method.getReturnType() == null
            ? c.getSimpleName() + "(" + params + ")"
            : staticFlag(method.getModifiers()) + method.getReturnType() + " " + method.getName() + "(" + params + ")");
      } else if (m instanceof VariableTree field && visible(field.getModifiers(), isInterface)) {
        members.add(staticFlag(field.getModifiers()) + field.getType() + " " + field.getName());
      }
    }
  }

  private static boolean visible(ModifiersTree modifiers, boolean inInterface) {
    Set<Modifier> flags = modifiers.getFlags();
    return flags.contains(Modifier.PUBLIC) || (inInterface && !flags.contains(Modifier.PRIVATE));
  }

  private static String staticFlag(ModifiersTree modifiers) {
    return modifiers.getFlags().contains(Modifier.STATIC) ? "static " : "";
  }
}
