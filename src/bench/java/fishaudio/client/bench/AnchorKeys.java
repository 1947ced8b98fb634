package fishaudio.client.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's keys measured outside JMH, each a ratio with its 99.9% interval: upload_vs_curl
 * (upload-vs-curl.json from {@link UploadVsCurl}), tier_concurrency_ratio (tier.json from
 * {@link TierConcurrency}), first_call_ms and first_call_vs_raw (first-call.json from
 * {@link FirstCallDriver}), design_overhead_vs_raw (design-pairs.json from {@link DesignPairs}). A goal is met or missed only when the interval says so; otherwise
 * its "met" is null and the Markdown says "undecided".
 */
final class AnchorKeys {
  private AnchorKeys() {}

  /** Adds the keys to REPORT and GOALS (and misses to MISSED); returns the Markdown rows. */
  @SuppressWarnings("unchecked")
  static String add(Path dir, Map<String, Object> report, Map<String, Object> goals, List<String> missed) {
    StringBuilder rows = new StringBuilder();
    Map<String, Object> upload = (Map<String, Object>) ReportInputs.readJson(dir.resolve("upload-vs-curl.json"));
    Map<String, Object> uploadRatio = upload == null ? null : (Map<String, Object>) upload.get("upload_vs_curl");
    rows.append(put("upload_vs_curl", uploadRatio, UploadVsCurl.GOAL,
        "client create-model of the files from disk (Upload.of(Path), -Xmx64m) / curl -F, same sink, alternating",
        report, goals, missed));
    Map<String, Object> uploadCpu = upload == null ? null : (Map<String, Object>) upload.get("upload_cpu_vs_curl");
    report.put("upload_cpu_vs_curl", uploadCpu == null ? null : uploadCpu.get("ratio"));
    rows.append(row("upload_cpu_vs_curl", uploadCpu == null ? "n/a" : uploadCpu.get("ratio") + " ± " + uploadCpu.get("error")
        + " (CPU: the client's JVM / curl; the sink runs apart)", "(beside wall)", null));
    // Where the miss lies: under a bare java.net.Socket (the JVM's floor), or in the client over it.
    for (String[] floor : new String[][] {
        {"socket_floor_vs_curl", "a bare java.net.Socket, 64 KiB writes from a byte[] / curl"},
        {"client_vs_socket_floor", "client / the bare socket"},
        {"untimed_client_vs_curl", "the client with timeout(Duration.ZERO): no AsyncTimeout watchdog / curl"}}) {
      Map<String, Object> ratio = upload == null ? null : (Map<String, Object>) upload.get(floor[0]);
      report.put("upload_" + floor[0], ratio == null ? null : ratio.get("ratio"));
      rows.append(row("upload_" + floor[0], ratio == null ? "n/a" : ratio.get("ratio") + " ± " + ratio.get("error")
          + " (" + floor[1] + ")", "(anchor)", null));
    }

    Map<String, Object> tier = (Map<String, Object>) ReportInputs.readJson(dir.resolve("tier.json"));
    for (String mode : new String[] {"sync", "async"}) {
      Map<String, Object> m = tier == null ? null : (Map<String, Object>) tier.get(mode);
      Map<String, Object> ratio = m == null ? null : (Map<String, Object>) m.get("ratio");
      String key = "tier_concurrency_ratio_" + mode;
      Object n429 = m == null ? null : m.get("server_429s");
      boolean no429 = n429 != null && ReportInputs.num(n429) == 0;
      rows.append(put(key, ratio, TierConcurrency.GOAL,
          "50 callers (" + mode + "), maxConcurrentRequests(15), 200 ms server / (ceil(50/15) x 200 ms); 429s: " + n429,
          report, goals, missed));
      if (!no429 && !missed.contains(key)) {
        missed.add(key);
        ((Map<String, Object>) goals.get(key)).put("met", false);
      }
    }
    Object sync = report.get("tier_concurrency_ratio_sync");
    Object async = report.get("tier_concurrency_ratio_async");
    report.put("tier_concurrency_ratio", sync == null || async == null ? null
        : Math.max(ReportInputs.num(sync), ReportInputs.num(async)));
    report.put("tier_concurrency", tier);

    Map<String, Object> first = (Map<String, Object>) ReportInputs.readJson(dir.resolve("first-call.json"));
    report.put("first_call_ms", first == null ? null : first.get("first_call_ms"));
    report.put("first_call_raw_ms", first == null ? null : first.get("first_call_raw_ms"));
    rows.append(row("first_call_ms", first == null ? "n/a" : first.get("first_call_ms") + " ms (raw "
        + first.get("first_call_raw_ms") + " ms)", "(no goal)", null));
    rows.append(put("first_call_vs_raw", first == null ? null : (Map<String, Object>) first.get("first_call_vs_raw"),
        FirstCallDriver.GOAL, "JVM start to end of the first voice design, fresh JVMs, client / raw OkHttp+Moshi",
        report, goals, missed));
    Map<String, Object> cpu = first == null ? null : (Map<String, Object>) first.get("first_call_cpu_vs_raw");
    report.put("first_call_cpu_vs_raw", cpu == null ? null : cpu.get("ratio"));
    rows.append(row("first_call_cpu_vs_raw", cpu == null ? "n/a" : cpu.get("ratio") + " ± " + cpu.get("error")
        + " (process CPU time)", "(beside wall)", null));
    report.put("first_call", first);

    Map<String, Object> pairs = (Map<String, Object>) ReportInputs.readJson(dir.resolve("design-pairs.json"));
    rows.append(put("design_overhead_vs_raw",
        pairs == null ? null : (Map<String, Object>) pairs.get("design_overhead_vs_raw"), DesignPairs.GOAL,
        "voice design in one JVM: 10-call blocks through the client and through raw OkHttp+Moshi, interleaved",
        report, goals, missed));
    report.put("upload_vs_curl_runs", upload);
    return rows.toString();
  }

  /** The Markdown section: the runs behind each key, and what the first call loads. */
  @SuppressWarnings("unchecked")
  static String section(Map<String, Object> report) {
    StringBuilder md = new StringBuilder("\n## Against curl, at the account's tier, and in a fresh JVM\n\n");
    Map<String, Object> upload = (Map<String, Object>) report.get("upload_vs_curl_runs");
    if (upload != null) {
      md.append("upload_vs_curl: ").append(ReportInputs.fmt(ReportInputs.num(upload.get("file_bytes")) / (1 << 20), 0))
          .append(" MiB of sparse voice files per upload, the order of the sides turning each round; sink: ")
          .append(upload.get("sink")).append("; client s: ").append(upload.get("client_s"))
          .append("; curl s: ").append(upload.get("curl_s")).append("; bare socket s: ").append(upload.get("socket_s"))
          .append("; client without timeouts s: ").append(upload.get("untimed_client_s"))
          .append("; client JVM CPU s: ").append(upload.get("client_process_cpu_s"))
          .append("; curl CPU s: ").append(upload.get("curl_cpu_s"))
          .append("; one more upload, by thread (run ms, switches; from /proc/self/task): ")
          .append(upload.get("threads_of_one_upload"))
          .append(upload.get("error") == null ? "" : "; ERROR " + upload.get("error"))
          .append(".\n\n");
    }
    Map<String, Object> tier = (Map<String, Object>) report.get("tier_concurrency");
    if (tier != null) {
      md.append("tier_concurrency: ").append(tier.get("note") == null ? "maxConcurrentRequests(15)" : tier.get("note"));
      for (String mode : new String[] {"sync", "async"}) {
        Map<String, Object> m = (Map<String, Object>) tier.get(mode);
        if (m != null) {
          md.append("; ").append(mode).append(": s ").append(m.get("seconds")).append(", 429s ").append(m.get("server_429s"))
              .append(", peak in flight ").append(m.get("server_peak_in_flight"));
        }
      }
      md.append(".\n\n");
    }
    Map<String, Object> first = (Map<String, Object>) report.get("first_call");
    if (first != null) {
      md.append("first_call: ms from JVM start (RuntimeMXBean start time) to the end of the first design call; ")
          .append("wall ").append(first.get("wall_ms")).append("; process CPU ms ").append(first.get("process_cpu_ms"))
          .append(". Classes loaded (-Xlog:class+load), by group: ").append(first.get("classes_loaded"))
          .append(first.get("error") == null ? "" : "; ERROR " + first.get("error")).append(".\n");
    }
    return md.toString();
  }

  /** Why upload_vs_curl missed, from the anchors and the thread profile measured in the same run. */
  @SuppressWarnings("unchecked")
  static String explainUpload(Map<String, Object> report) {
    Map<String, Object> upload = (Map<String, Object>) report.get("upload_vs_curl_runs");
    if (upload == null) {
      return "No upload-vs-curl.json: the step did not run.";
    }
    StringBuilder s = new StringBuilder("Where the time goes, from the anchors measured in the same rounds. A bare "
        + "java.net.Socket sending the same files 64 KiB at a time (FileChannel, direct buffer, byte[]) is ")
        .append(ratioText(upload, "socket_floor_vs_curl")).append(" x curl: what any client on the JVM's stream sockets "
            + "pays, the bytes passing through the heap where curl's pass through one buffer. The client is ")
        .append(ratioText(upload, "client_vs_socket_floor")).append(" x that floor, and with `timeout(Duration.ZERO)` ")
        .append(ratioText(upload, "untimed_client_vs_curl")).append(" x curl: its write timeout costs nothing measurable. "
            + "Over the floor, each byte is copied once more, from Okio's 8 KiB segments into the 64 KiB buffer that the "
            + "socket gets in one write, and passes through Okio's buffers and the multipart framing.");
    Map<String, Object> threads = (Map<String, Object>) upload.get("threads_of_one_upload");
    Map<String, Object> timed = threads == null ? null : (Map<String, Object>) threads.get("client");
    Map<String, Object> watchdog = timed == null ? null : (Map<String, Object>) timed.get("Okio Watchdog");
    Map<String, Object> writer = timed == null ? null : (Map<String, Object>) timed.get("java");
    if (writer != null) {
      s.append(" In one more upload, thread by thread (/proc/self/task): the writing thread ran ")
          .append(writer.get("run_ms")).append(" ms and was switched out ")
          .append(ReportInputs.fmt(ReportInputs.num(writer.get("involuntary_switches")), 0)).append(" times; Okio's watchdog ")
          .append(watchdog == null ? "did not run"
              : "woke " + ReportInputs.fmt(ReportInputs.num(watchdog.get("voluntary_switches")), 0) + " times and ran "
                  + watchdog.get("run_ms") + " ms")
          .append(" (before `QuietWatchdog`, it woke 7,835 times in one such upload, about once per 64 KiB, on 2026-12-02).");
    }
    s.append(" Tried and kept: files read 64 KiB a syscall through a FileChannel into a direct buffer (Okio's "
        + "InputStream source reads 8 KiB); for plain http, sockets that hand the kernel 64 KiB a write "
        + "(`CoalescingSocketFactory`; Okio writes one 8 KiB segment a syscall, and each write wakes the reader); and a "
        + "lead timeout queued ahead of the writes' own (`QuietWatchdog`), so that Okio's watchdog sleeps through an upload. "
        + "Tried and dropped: 256 KiB socket writes (1.23 to 1.25 x curl against 64 KiB's 1.17 to 1.37, in 3 alternating "
        + "runs of 30 rounds each on 2026-12-02) and 1 MiB (no clearer, 2 runs of 16 rounds).");
    return s.toString();
  }

  @SuppressWarnings("unchecked")
  private static String ratioText(Map<String, Object> upload, String key) {
    Map<String, Object> ratio = (Map<String, Object>) upload.get(key);
    return ratio == null ? "n/a" : ratio.get("ratio") + " ± " + ratio.get("error");
  }

  private static String put(String key, Map<String, Object> ratio, double goal, String how,
      Map<String, Object> report, Map<String, Object> goals, List<String> missed) {
    Object value = ratio == null ? null : ratio.get("ratio");
    Object error = ratio == null ? null : ratio.get("error");
    String verdict = ratio == null ? null : (String) ratio.get("verdict");
    Boolean met = "met".equals(verdict) ? Boolean.TRUE : "missed".equals(verdict) ? Boolean.FALSE : null;
    report.put(key, value);
    Map<String, Object> g = goal("<= " + goal, met, error == null ? null : ReportInputs.num(error), how);
    g.put("interval_999", ratio == null ? null : ratio.get("interval_999"));
    g.put("runs_each", ratio == null ? null : ratio.get("runs_each"));
    goals.put(key, g);
    if (Boolean.FALSE.equals(met)) {
      missed.add(key);
    }
    return row(key, value == null ? "n/a" : value + " ± " + error + " (99.9%: " + ratio.get("interval_999") + ")",
        "<= " + goal, met);
  }

  private static Map<String, Object> goal(String goal, Boolean met, Double error, String how) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("goal", goal);
    g.put("met", met);
    g.put("error", error);
    g.put("how", how);
    return g;
  }

  private static String row(String key, String value, String goal, Boolean met) {
    return "| `" + key + "` | " + value + " | " + goal + " | "
        + (met == null ? (goal.startsWith("(") ? "" : "undecided") : met ? "met" : "**MISSED**") + " |\n";
  }
}
