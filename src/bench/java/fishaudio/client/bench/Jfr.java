package fishaudio.client.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording for the report: where the CPU samples of the threads of interest
 * fall (top methods, and the share of samples that pass through each library), and which classes
 * and call sites allocate the most (allocation samples, by weight).
 */
final class Jfr {
  private Jfr() {}

  /** Categories, first match wins for a frame; a sample counts once per category it passes through. */
  private static String category(String type, String method) {
    if (type.startsWith("fishaudio.client.bench")) {
      return null; // the harness itself
    }
    if (type.equals("java.util.Base64$Decoder") || type.equals("java.util.Base64$Encoder")) {
      return "java.util.Base64";
    }
    if (type.startsWith("okio.") && (type.contains("Base64") || method.contains("decodeBase64"))) {
      return "Okio base64 decoder";
    }
    if (type.startsWith("fishaudio.client.generated")) {
      return "generated models/adapters";
    }
    if (type.startsWith("fishaudio.client")) {
      return "hand-written client (fishaudio.client)";
    }
    if (type.startsWith("com.squareup.moshi")) {
      return "Moshi";
    }
    if (type.startsWith("com.google.gson") || type.startsWith("io.gsonfire")) {
      return "Gson";
    }
    if (type.startsWith("retrofit2")) {
      return "Retrofit";
    }
    if (type.startsWith("okhttp3")) {
      return "OkHttp";
    }
    if (type.startsWith("okio.")) {
      return "Okio (buffers, UTF-8)";
    }
    if (type.startsWith("sun.nio.ch") || type.startsWith("java.net.") || type.startsWith("sun.net.")) {
      return "socket I/O";
    }
    if (type.startsWith("java.lang.String") || type.equals("java.lang.StringCoding")
        || type.startsWith("java.lang.AbstractStringBuilder")) {
      return "java.lang.String building";
    }
    if (type.startsWith("org.openapitools")) {
      return "stock generated client";
    }
    return null;
  }

  static Map<String, Object> summarize(Path file, String threadContains, int top) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Long> allocByClass = new HashMap<>();
    Map<String, Long> allocBySite = new HashMap<>();
    int samples = 0;
    int otherThreadSamples = 0;
    long allocTotal = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      String name = event.getEventType().getName();
      if (name.equals("jdk.ExecutionSample")) {
        RecordedThread thread = event.getThread("sampledThread");
        String threadName = thread == null ? "" : String.valueOf(thread.getJavaName());
        if (threadContains != null && !threadName.contains(threadContains)) {
          otherThreadSamples++;
          continue;
        }
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
          continue;
        }
        samples++;
        self.merge(frame(stack.getFrames().get(0)), 1, Integer::sum);
        Set<String> seen = new LinkedHashSet<>();
        for (RecordedFrame frame : stack.getFrames()) {
          String category = category(frame.getMethod().getType().getName(), frame.getMethod().getName());
          if (category != null) {
            seen.add(category);
          }
        }
        for (String category : seen) {
          inclusive.merge(category, 1, Integer::sum);
        }
      } else if (name.equals("jdk.ObjectAllocationSample")) {
        RecordedThread thread = event.getThread("eventThread");
        String threadName = thread == null ? "" : String.valueOf(thread.getJavaName());
        if (threadContains != null && !threadName.contains(threadContains)) {
          continue;
        }
        RecordedStackTrace allocStack = event.getStackTrace();
        if (allocStack != null && allocStack.getFrames().stream()
            .anyMatch(f -> f.getMethod().getType().getName().startsWith("jdk.jfr"))) {
          continue; // the recorder's own bookkeeping
        }
        long weight = event.getLong("weight");
        allocTotal += weight;
        allocByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
        RecordedStackTrace stack = event.getStackTrace();
        if (stack != null) {
          allocBySite.merge(site(stack), weight, Long::sum);
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    out.put("thread_filter", threadContains);
    out.put("cpu_samples", samples);
    out.put("cpu_samples_other_threads", otherThreadSamples);
    out.put("cpu_top_methods_pct", topPct(self, samples, top));
    out.put("cpu_inclusive_pct_by_library", topPct(inclusive, samples, 20));
    out.put("alloc_sampled_weight_bytes", allocTotal);
    out.put("alloc_top_classes_pct", topPctLong(allocByClass, allocTotal, 8));
    out.put("alloc_top_sites_pct", topPctLong(allocBySite, allocTotal, top));
    return out;
  }

  private static String frame(RecordedFrame frame) {
    return shortType(frame.getMethod().getType().getName()) + "." + frame.getMethod().getName();
  }

  private static String shortType(String type) {
    return type.replace("fishaudio.client.", "").replace("com.squareup.", "");
  }

  /** The allocation site worth naming: the JDK frames on top, then the first frame of library code. */
  private static String site(RecordedStackTrace stack) {
    List<String> path = new ArrayList<>();
    for (RecordedFrame frame : stack.getFrames()) {
      String type = frame.getMethod().getType().getName();
      path.add(frame(frame));
      boolean jdk = type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
          || type.startsWith("kotlin.");
      if (!jdk || path.size() >= 4) {
        break;
      }
    }
    return String.join(" < ", path);
  }

  private static Map<String, Object> topPct(Map<String, Integer> counts, int total, int top) {
    Map<String, Object> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
        .forEach(e -> out.put(e.getKey(), Math.round(1000.0 * e.getValue() / Math.max(1, total)) / 10.0));
    return out;
  }

  private static Map<String, Object> topPctLong(Map<String, Long> weights, long total, int top) {
    Map<String, Object> out = new LinkedHashMap<>();
    weights.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top)
        .forEach(e -> out.put(e.getKey(), Math.round(1000.0 * e.getValue() / Math.max(1, total)) / 10.0));
    return out;
  }
}
