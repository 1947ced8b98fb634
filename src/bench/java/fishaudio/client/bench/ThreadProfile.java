package fishaudio.client.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a piece of work spent this JVM's CPU, thread by thread, from Linux's
 * {@code /proc/self/task/*}: run time (schedstat, ns) and context switches (status). Threads are
 * summed by name (HotSpot's GC and JIT threads share names with digits stripped). An empty map
 * where there is no /proc.
 */
final class ThreadProfile {
  private static final Path TASKS = Paths.get("/proc/self/task");

  private final Map<String, long[]> byTask;

  private ThreadProfile(Map<String, long[]> byTask) {
    this.byTask = byTask;
  }

  /** The threads of this JVM now: for each task id, its name, and run ns, voluntary and involuntary switches. */
  static ThreadProfile now() {
    Map<String, long[]> tasks = new HashMap<>();
    if (Files.isDirectory(TASKS)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(TASKS)) {
        for (Path task : dirs) {
          try {
            long run = Long.parseLong(read(task.resolve("schedstat")).trim().split(" ")[0]);
            long voluntary = 0;
            long involuntary = 0;
            for (String line : read(task.resolve("status")).split("\n")) {
              if (line.startsWith("voluntary_ctxt_switches:")) {
                voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
              } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
              }
            }
            String name = read(task.resolve("comm")).trim().replaceAll("[0-9]+$", "#");
            tasks.put(task.getFileName() + " " + name, new long[] {run, voluntary, involuntary});
          } catch (IOException | RuntimeException e) {
            // The thread ended while being read.
          }
        }
      } catch (IOException e) {
        // No threads to report.
      }
    }
    return new ThreadProfile(tasks);
  }

  /**
   * What happened since {@code before}, by thread name, busiest first: run ms and switches, for
   * the threads that ran at all.
   */
  Map<String, Object> since(ThreadProfile before) {
    Map<String, long[]> byName = new TreeMap<>();
    for (Map.Entry<String, long[]> e : byTask.entrySet()) {
      long[] was = before.byTask.getOrDefault(e.getKey(), new long[3]);
      long[] sum = byName.computeIfAbsent(e.getKey().substring(e.getKey().indexOf(' ') + 1), k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        sum[i] += e.getValue()[i] - was[i];
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    byName.entrySet().stream()
        .filter(e -> e.getValue()[0] > 0)
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("run_ms", Stats.round(e.getValue()[0] / 1e6, 1));
          t.put("voluntary_switches", e.getValue()[1]);
          t.put("involuntary_switches", e.getValue()[2]);
          out.put(e.getKey(), t);
        });
    return out;
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
  }
}
