package fishaudio.client.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** Where one more run of a side spends its time: this JVM's threads from /proc, and a JFR recording. */
final class Profile {
  private Profile() {}

  /** Per thread name (digits folded): run ms and voluntary/involuntary switches during WORK, busiest first. */
  static Map<String, Object> threads(Callable<?> work) throws Exception {
    Map<String, long[]> before = tasks();
    work.call();
    Map<String, long[]> byName = new TreeMap<>();
    tasks().forEach((task, now) -> {
      long[] was = before.getOrDefault(task, new long[3]);
      long[] sum = byName.computeIfAbsent(task.substring(task.indexOf(' ') + 1), k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        sum[i] += now[i] - was[i];
      }
    });
    Map<String, Object> out = new LinkedHashMap<>();
    byName.entrySet().stream().filter(e -> e.getValue()[0] > 1_000_000)
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> out.put(e.getKey(), e.getValue()[0] / 1_000_000 + " ms, " + e.getValue()[1] + "/" + e.getValue()[2]));
    return out;
  }

  private static Map<String, long[]> tasks() throws Exception {
    Map<String, long[]> tasks = new HashMap<>();
    try (var dirs = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : dirs) {
        try {
          long[] t = {Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]), 0, 0};
          for (String line : Files.readAllLines(task.resolve("status"))) {
            t[1] += line.startsWith("voluntary_ctxt_switches:") ? Long.parseLong(line.split("\\s+")[1]) : 0;
            t[2] += line.startsWith("nonvoluntary_ctxt_switches:") ? Long.parseLong(line.split("\\s+")[1]) : 0;
          }
          tasks.put(task.getFileName() + " " + Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+$", "#"), t);
        } catch (Exception e) {
          // the thread ended while being read
        }
      }
    }
    return tasks;
  }

  /**
   * WORK once under a JFR recording (the "profile" settings) saved to FILE: the share of CPU samples
   * passing through each library (a sample counts once per library on its stack) and the top methods.
   */
  static Map<String, Object> jfr(Path file, Callable<?> work) throws Exception {
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.start();
      work.call();
      recording.stop();
      recording.dump(file);
    }
    Map<String, Integer> byLibrary = new HashMap<>();
    Map<String, Integer> top = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      RecordedFrame first = event.getStackTrace().getFrames().get(0);
      top.merge(first.getMethod().getType().getName() + "." + first.getMethod().getName(), 1, Integer::sum);
      Set<String> seen = new LinkedHashSet<>();
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        seen.add(library(frame.getMethod().getType().getName()));
      }
      seen.forEach(library -> byLibrary.merge(library, 1, Integer::sum));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cpu_samples", samples);
    out.put("pct_by_library", pct(byLibrary, samples, 12));
    out.put("pct_top_methods", pct(top, samples, 8));
    out.put("file", file.toString());
    return out;
  }

  /** The library a class belongs to: its package's first name, two for com, java, javax, jdk and sun, three for ours. */
  static String library(String type) {
    String[] names = type.split("\\.");
    int n = names[0].equals("fishaudio") ? 3 : names[0].matches("com|java|javax|jdk|sun") ? 2 : 1;
    return String.join(".", List.of(names).subList(0, Math.min(n, names.length - 1)));
  }

  private static Map<String, Object> pct(Map<String, Integer> counts, int total, int limit) {
    Map<String, Object> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
        .forEach(e -> out.put(e.getKey(), Math.round(1000.0 * e.getValue() / Math.max(1, total)) / 10.0));
    return out;
  }
}
