package fishaudio.client.bench;

import static fishaudio.client.bench.Report.CONTRACT_GOAL_S;
import static fishaudio.client.bench.Report.HEAP_GOAL;
import static fishaudio.client.bench.Report.RATIOS;
import static fishaudio.client.bench.Report.UPLOAD_GOAL_MIB;
import static fishaudio.client.bench.Report.decided;
import static fishaudio.client.bench.Report.seconds;
import static fishaudio.client.bench.ReportInputs.MIB;
import static fishaudio.client.bench.ReportInputs.fmt;
import static fishaudio.client.bench.ReportInputs.mbPerS;
import static fishaudio.client.bench.ReportInputs.num;
import static fishaudio.client.bench.ReportInputs.ratio;

import fishaudio.client.bench.ReportInputs.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** report.md, for people: the goals table, then the details behind each figure and each miss. */
final class ReportMarkdown {
  private ReportMarkdown() {}

  /** report.md, from the reports JSON and the inputs it was built from. */
  @SuppressWarnings("unchecked")
  static String render(Report.Built built) {
    Properties t = built.timings;
    Map<String, Result> jmh = built.jmh;
    Map<String, Object> report = built.report;
    Map<String, Object> payloads = (Map<String, Object>) report.get("payloads");
    Map<String, Object> throughput = (Map<String, Object>) report.get("decode_throughput_mb_s");
    String anchorRows = built.anchorRows;
    Map<String, Object> profiles = (Map<String, Object>) report.get("profiles");
    List<String> missed = (List<String>) report.get("missed_goals");
    Double uploadMib = (Double) report.get("upload_streamed_mib_under_xmx64m");
    Double heap = (Double) report.get("decode_peak_heap_vs_payload");
    Double contract = (Double) report.get("contract_suite_wall_s");
    Map<String, Object> upload = (Map<String, Object>) report.get("upload");
    Map<String, Object> heapDetails = (Map<String, Object>) report.get("decode_heap");
    Map<String, Object> builds = (Map<String, Object>) report.get("builds");
    Map<String, Object> contractDetails = (Map<String, Object>) report.get("contract_suite");
    double total = report.get("total_wall_s") == null ? Double.NaN : (Double) report.get("total_wall_s");
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("`scripts/bench` ").append(t.getProperty("options", "")).append(", started ")
        .append(t.getProperty("started_at", "?")).append(", took ").append(fmt(total / 60, 1)).append(" min. ")
        .append("Code: ").append(t.getProperty("snapshot", "?")).append(". Machine: ")
        .append(t.getProperty("cpus", "?")).append(" cores, ").append(t.getProperty("memory", "?"))
        .append(", ").append(t.getProperty("java", "?")).append("; load average ")
        .append(t.getProperty("load_start", "?")).append(" at the start, ").append(t.getProperty("load_end", "?"))
        .append(" at the end (others share this machine: ratios of benchmarks from the same run are what count).\n\n");
    md.append("| key | measured | goal | |\n|---|---|---|---|\n");
    for (Report.Ratio ratio : RATIOS) {
      double[] r = ratio(jmh, ratio);
      Boolean met = decided(r, ratio.goal);
      md.append("| `").append(ratio.key).append("` | ").append(r == null ? "n/a" : fmt(r[0], 3) + " ± " + fmt(r[1], 3))
          .append(" | ").append(ratio.hasGoal() ? "<= " + ratio.goal : "(beside design_overhead_vs_raw)").append(" | ")
          .append(r == null || !ratio.hasGoal() ? "" : met == null ? "undecided" : met ? "met" : "**MISSED**").append(" |\n");
    }
    md.append(anchorRows);
    md.append(row("upload_streamed_mib_under_xmx64m", uploadMib == null ? "n/a" : fmt(uploadMib, 0) + " MiB",
        ">= 512", uploadMib == null ? null : uploadMib >= UPLOAD_GOAL_MIB));
    md.append(row("decode_peak_heap_vs_payload", heap == null ? "n/a" : fmt(heap, 2) + " (1 MiB steps = 0.05; G1 varies about ± 0.1 run to run)",
        "<= 2.0", heap == null ? null : heap <= HEAP_GOAL));
    md.append(row("contract_suite_wall_s", contract == null ? "n/a" : fmt(contract, 0) + " s" + rcNote(t, "contract_suite"),
        "<= 60", contract == null ? null : contract <= CONTRACT_GOAL_S));
    md.append(row("regenerate_s", secondsText(t, "regenerate"), "-", null));
    md.append(row("verify_warm_s", secondsText(t, "verify_warm"), "-", null));
    md.append(row("verify_cold_s", secondsText(t, "verify_cold"), "-", null));
    md.append("\nMissed goals: ").append(missed.isEmpty() ? "none" : String.join(", ", missed)).append(".\n");

    md.append("\n## Client overhead (JMH 1.37: forks of 8 x 1 s warm-up, 8 x 1 s measurement (scripts/bench JMH_ITER), two passes, then for create-model and design three more alternating raw/client pairs of 9 x 1 s warm-up, 5 x 2 s; mean ± 99.9% error)\n\n");
    md.append("Payloads: ").append(payloads.get("design")).append(". Create-model: ").append(payloads.get("create_model"))
        .append(". All against a loopback HTTP/1.1 server in the benchmark's JVM (LoopbackServer: fixed answers, "
            + "request bodies counted and discarded), the same for every client.\n\n");
    md.append("| benchmark | ms/op (mean ± error) | median | forks x iterations | alloc/op |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, Result> e : jmh.entrySet()) {
      Result r = e.getValue();
      md.append("| ").append(e.getKey()).append(" | ").append(fmt(r.mean, 3)).append(" ± ").append(fmt(r.error, 3))
          .append(" | ").append(fmt(r.median, 3)).append(" | ").append(r.forks).append(" x ").append(r.iterations / Math.max(1, r.forks))
          .append(" | ").append(r.allocBytesPerOp == null ? "" : bytes(r.allocBytesPerOp)).append(" |\n");
    }
    md.append("\nThe benchmarks of the ratios ran twice: once in the main pass, once more one by one in reverse "
        + "order, so that a change in the machine's load during the run weighs on both sides of each ratio; mean and "
        + "99.9% error are over all iterations of both forks. Ratios of medians, less sensitive to bursts of load "
        + "from other processes: ").append(medianRatios(jmh)).append(".\n");
    md.append("\n- `DesignBench.raw`: hand-written OkHttp + Moshi streaming reader, java.util.Base64 (the anchor). "
        + "`rawOkioBase64`: the same with Okio's `ByteString.decodeBase64`, which the generated adapter uses "
        + "(diagnostic). `rawStreamingBase64`: the same reading the value with Moshi's `nextSource()` and decoding "
        + "48 KiB chunks with java.util.Base64, never building the String (a sketch, diagnostic).\n");
    md.append("- `DesignBench.stock`: the stock openapi-generator 7.25.0 `java`/`retrofit2`/Gson client, generated from "
        + "the same spec at bench time into target/bench/stock and compiled with its own runtime.\n");
    Map<String, Object> stock = (Map<String, Object>) report.get("stock_generator");
    if (stock != null) {
      md.append("\n### Stock generator: what works\n\n");
      md.append("- Out of the box, voice design **fails**: ").append(stock.get("design_out_of_box"))
          .append(". Its Gson has no base64 adapter, so `format: byte` (`byte[] audioBase64`) is read as a JSON array. "
              + "The benchmark registers a 10-line java.util.Base64 `TypeAdapter<byte[]>` (what a stock user must add): ")
          .append(stock.get("design_with_base64_adapter")).append(".\n");
      md.append("- The stock output does not compile with its own pom: models import `JsonNullable` "
          + "(openApiNullable defaults to true) but the pom lacks jackson-databind-nullable; the throwaway pom adds it.\n");
      md.append("- Create-model is **not comparable**, so there is no stock create-model benchmark: the generated "
          + "signature is ").append(stock.get("create_model_signature")).append(" — `voices` is one "
          + "`MultipartBody.Part`, so 3 voices cannot go in one call; and enums go as JSON-quoted parts. "
          + "On the wire, one call with one voice sent: ").append(stock.get("create_model_parts")).append(".\n");
    } else {
      md.append("\nThe stock generator's client could not be built or probed: see target/bench/logs/stock_*.log.\n");
    }

    md.append("\n## Decode\n\n");
    md.append("Throughput on ").append(payloads.get("decode")).append(" (decoded MB / s, MB = 10^6 bytes):\n\n");
    md.append("| decoder | MB/s |\n|---|---|\n");
    md.append("| our generated Moshi adapter, whole body from memory | ").append(throughput.get("client_moshi_adapter")).append(" |\n");
    md.append("| java.util.Base64 alone (byte[] in) | ").append(throughput.get("java_util_base64_alone")).append(" |\n");
    md.append("| Okio ByteString.decodeBase64 alone (String in) | ").append(throughput.get("okio_base64_alone")).append(" |\n");
    md.append("| streaming sketch (nextSource + java.util.Base64 chunks), whole body | ").append(throughput.get("streaming_sketch")).append(" |\n");
    md.append("\nPeak heap: the smallest `-Xmx` (bisection, 1 MiB steps, G1, a JVM per try; a size passes when two "
        + "JVMs in a row complete) at which one call completes, less the live heap before the call (measured after GC in the same JVM), divided by the "
        + "decoded audio. The loopback server streams the response from a generator, so it holds no copy.\n\n");
    md.append("| variant | min -Xmx | live before | ratio | ratio without subtracting | heap-pool peak, -Xmx1g (garbage included) |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Object> e : heapDetails.entrySet()) {
      Map<String, Object> d = (Map<String, Object>) e.getValue();
      Map<String, Object> atMin = (Map<String, Object>) d.get("at_min");
      Map<String, Object> big = (Map<String, Object>) d.get("large_heap_run");
      md.append("| ").append(e.getKey()).append(" | ").append(d.get("min_xmx_mib") == null ? "n/a (" + d.get("error") + ")" : d.get("min_xmx_mib") + " MiB")
          .append(" | ").append(atMin == null ? "" : fmt(num(atMin.get("baseline_used_bytes")) / MIB, 1) + " MiB")
          .append(" | ").append(d.get("ratio")).append(" | ").append(d.get("ratio_without_baseline_subtraction"))
          .append(" | ").append(big == null ? "" : fmt(num(big.get("pool_peak_sum_bytes")) / MIB, 1) + " MiB").append(" |\n");
    }
    md.append("\n`client` = FishAudio.designVoice; `raw` = the anchor (nextString + java.util.Base64); "
        + "`raw-stream` = the streaming sketch.\n");

    md.append("\n## Upload under -Xmx64m\n\n");
    if (upload != null) {
      md.append("One create-model call with ").append(fmt(num(upload.get("files")), 0)).append(" sparse voice files, ")
          .append(fmt(num(upload.get("file_bytes")) / MIB, 0)).append(" MiB in all, uploaded from disk (Upload.of(Path)) "
              + "by a JVM with -Xmx64m: ").append(Boolean.TRUE.equals(upload.get("ok")) ? "completed" : "FAILED: " + upload.get("error"))
          .append(" in ").append(upload.get("seconds")).append(" s; the server counted ")
          .append(fmt(num(upload.get("server_body_bytes")) / MIB, 1)).append(" MiB of body; heap pools peaked at ")
          .append(fmt(num(upload.get("heap_pool_peak_sum_bytes")) / MIB, 1)).append(" MiB.\n");
    } else {
      md.append("Not measured: see target/bench/logs/upload.log.\n");
    }

    md.append(AnchorKeys.section(report));

    md.append("\n## Contract suite and builds\n\n");
    md.append("| step | s | exit | tests | slowest steps (s) |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, Object> e : builds.entrySet()) {
      if (!(e.getValue() instanceof Map)) {
        continue;
      }
      Map<String, Object> b = (Map<String, Object>) e.getValue();
      md.append("| ").append(e.getKey()).append(" | ").append(b.get("seconds")).append(" | ").append(b.get("exit_code"))
          .append(" | ").append(b.get("tests") == null ? "" : b.get("tests"))
          .append(" | ").append(b.get("slowest_steps_s") == null ? "" : compact((Map<String, Object>) b.get("slowest_steps_s")))
          .append(" |\n");
    }
    md.append("\nverify_warm and verify_cold run with -Dmaven.test.failure.ignore=true, so that a failing test in "
        + "the tree does not cut the build short: their tests column says whether anything failed.\n");
    md.append("\nCommands (in a fresh clone of the work tree, target/bench/wt):\n\n");
    for (Map.Entry<String, Object> e : builds.entrySet()) {
      if (e.getValue() instanceof Map && ((Map<String, Object>) e.getValue()).get("command") != null) {
        String command = String.valueOf(((Map<String, Object>) e.getValue()).get("command"))
            .replaceAll("-cp \\S+", "-cp <classpath>").replaceAll("-cp '[^']*'", "-cp <classpath>").replaceAll("\\s+", " ");
        md.append("- ").append(e.getKey()).append(": `").append(command).append("`\n");
      }
    }
    md.append("\nregenerate: output changed by the spec edit: ").append(t.getProperty("regenerate_changed", "?"))
        .append(". Cold local repository after verify_cold: ").append(t.getProperty("cold_repo_mib", "n/a")).append(" MiB.\n");
    if (contractDetails != null) {
      md.append("\nContract suite (failsafe): ").append(contractDetails.get("tests")).append(" tests, ")
          .append(contractDetails.get("failures")).append(" failures, ").append(contractDetails.get("errors"))
          .append(" errors, ").append(contractDetails.get("skipped")).append(" skipped, in ")
          .append(contractDetails.get("classes")).append(" classes. Per class (s, classes run in parallel): ")
          .append(compact((Map<String, Object>) contractDetails.get("class_seconds"))).append(".\n");
    }

    md.append("\n## Missed goals: what the profiles show\n\n");
    if (missed.isEmpty()) {
      md.append("None missed.\n");
    }
    List<String> shown = new ArrayList<>();
    for (String key : missed) {
      md.append("### ").append(key).append("\n\n");
      md.append(key.equals("upload_vs_curl") ? AnchorKeys.explainUpload(report)
          : explain(key, jmh, heapDetails, builds, contractDetails)).append("\n");
      Object p = profiles.get(key);
      if (p instanceof Map) {
        for (Map.Entry<String, Object> side : ((Map<String, Object>) p).entrySet()) {
          Map<String, Object> s = (Map<String, Object>) side.getValue();
          if (shown.contains(side.getKey())) {
            md.append("\nJFR, `").append(side.getKey()).append("`: as above.\n");
            continue;
          }
          shown.add(side.getKey());
          if (s.get("error") != null) {
            md.append("\nJFR, `").append(side.getKey()).append("`: could not be recorded: ").append(s.get("error")).append("\n");
            continue;
          }
          md.append("\nJFR, `").append(side.getKey()).append("` (").append(fmt(num(s.get("cpu_samples")), 0)).append(" CPU samples on the ")
              .append(s.get("thread_filter")).append(" thread; ").append(s.get("file")).append("):\n\n");
          md.append("- CPU (samples of the thread running Java code; waits on the socket are not sampled), share of "
              + "samples passing through: ").append(compact((Map<String, Object>) s.get("cpu_inclusive_pct_by_library"))).append("\n");
          md.append("- CPU, top methods (self %): ").append(compact((Map<String, Object>) s.get("cpu_top_methods_pct"))).append("\n");
          md.append("- allocation by class (%): ").append(compact((Map<String, Object>) s.get("alloc_top_classes_pct"))).append("\n");
          md.append("- allocation by site (%): ").append(compact((Map<String, Object>) s.get("alloc_top_sites_pct"))).append("\n");
        }
      }
      md.append("\n");
    }
    return md.toString();
  }

  private static String medianRatios(Map<String, Result> jmh) {
    List<String> parts = new ArrayList<>();
    for (Report.Ratio ratio : RATIOS) {
      Result n = jmh.get(ratio.numerator);
      Result d = jmh.get(ratio.denominator);
      if (n != null && d != null) {
        parts.add(ratio.key + " " + fmt(n.median / d.median, 3));
      }
    }
    return String.join(", ", parts);
  }

  /** The data-driven part of the explanation of a missed goal. */
  @SuppressWarnings("unchecked")
  private static String explain(String key, Map<String, Result> jmh, Map<String, Object> heap,
      Map<String, Object> builds, Map<String, Object> contract) {
    StringBuilder s = new StringBuilder();
    if (key.equals("design_vs_stock_generator")) {
      Result client = jmh.get("DesignBench.client");
      Result stock = jmh.get("DesignBench.stock");
      Result raw = jmh.get("DesignBench.raw");
      Result okio = jmh.get("DesignBench.rawOkioBase64");
      if (client != null && stock != null) {
        s.append("Our client takes ").append(fmt(client.mean, 3)).append(" ms, the stock client ").append(fmt(stock.mean, 3))
            .append(" ms. The stock client reads each base64 text character by character into a StringBuilder (Gson's "
                + "`nextQuotedValue`) but then decodes it with java.util.Base64, through the adapter the benchmark had to "
                + "add; our client reads the text faster (Moshi over Okio) but decodes it with Okio's decoder.");
        if (raw != null && okio != null) {
          double withJdk = client.mean - (okio.mean - raw.mean);
          s.append(" The decoder costs ").append(fmt(okio.mean - raw.mean, 3)).append(" ms per call here (anchor with Okio's "
              + "decoder minus anchor with java.util.Base64): with java.util.Base64, our client would take about ")
              .append(fmt(withJdk, 2)).append(" ms, a ratio of about ").append(fmt(withJdk / stock.mean, 2)).append(".");
        }
        double[] r = ratio(jmh, RATIOS.get(2));
        if (r != null) {
          s.append(" The measured ratio is ").append(fmt(r[0], 3)).append(" ± ").append(fmt(r[1], 3))
              .append(r[0] - r[1] <= 1.0 ? ": within its error of the goal." : ".");
        }
      }
    } else if (key.equals("design_overhead_vs_raw")) {
      s.append("Measured in one JVM (design-pairs.json: the blocks' ms a call, both sides); the JMH rows of "
          + "DesignBench.client and DesignBench.raw are the same calls, fork by fork, and break the gap down. ");
      Result client = jmh.get("DesignBench.client");
      Result raw = jmh.get("DesignBench.raw");
      Result okio = jmh.get("DesignBench.rawOkioBase64");
      Result stream = jmh.get("DesignBench.rawStreamingBase64");
      Result dOkio = jmh.get("DecodeBench.okioBase64");
      Result dJdk = jmh.get("DecodeBench.jdkBase64");
      if (client != null && raw != null) {
        double gap = client.mean - raw.mean;
        s.append("Our client takes ").append(fmt(client.mean, 3)).append(" ms, the anchor ").append(fmt(raw.mean, 3))
            .append(" ms: ").append(fmt(gap, 3)).append(" ms more per call.");
        if (okio != null) {
          s.append(" The anchor with Okio's base64 decoder instead of java.util.Base64 (the one change that makes it decode "
              + "like our generated `JsonFields.readBase64`) takes ").append(fmt(okio.mean, 3)).append(" ms: the decoder alone "
              + "accounts for ").append(fmt(100 * (okio.mean - raw.mean) / gap, 0)).append("% of the gap; the remaining ")
              .append(fmt(client.mean - okio.mean, 3)).append(" ms (").append(fmt(100 * (client.mean / okio.mean - 1), 0))
              .append("% over that, within the noise of this machine) is the rest of the stack (Retrofit, interceptors, the "
                  + "watched body, generated models); it allocates ");
          if (client.allocBytesPerOp != null && okio.allocBytesPerOp != null) {
            s.append(bytes(client.allocBytesPerOp - okio.allocBytesPerOp)).append(" per call more than that anchor.");
          } else {
            s.append("about as much as that anchor.");
          }
        }
        if (dOkio != null && dJdk != null) {
          s.append(" On the 21 MB decode, Okio's decoder runs at ").append(fmt(mbPerS(dOkio.mean), 0))
              .append(" MB/s against java.util.Base64's ").append(fmt(mbPerS(dJdk.mean), 0))
              .append(" MB/s (JDK 17 decodes with a vectorised intrinsic on CPUs with AVX-512 VBMI, as this one has).");
        }
        if (stream != null) {
          s.append(" The streaming sketch (no base64 String, java.util.Base64 on 48 KiB chunks) takes ")
              .append(fmt(stream.mean, 3)).append(" ms.");
        }
      }
    } else if (key.equals("create_model_overhead_vs_raw")) {
      Result client = jmh.get("CreateModelBench.client");
      Result raw = jmh.get("CreateModelBench.raw");
      if (client != null && raw != null) {
        s.append("Our client takes ").append(fmt(client.mean, 3)).append(" ms and allocates ")
            .append(client.allocBytesPerOp == null ? "?" : bytes(client.allocBytesPerOp)).append("/op; the hand-built multipart ")
            .append(fmt(raw.mean, 3)).append(" ms, ").append(raw.allocBytesPerOp == null ? "?" : bytes(raw.allocBytesPerOp)).append("/op.");
      }
    } else if (key.equals("decode_peak_heap_vs_payload")) {
      Map<String, Object> c = (Map<String, Object>) heap.get("client");
      if (c != null && c.get("at_min") != null) {
        Map<String, Object> atMin = (Map<String, Object>) c.get("at_min");
        double min = num(c.get("min_xmx_mib"));
        double before = num(atMin.get("baseline_used_bytes")) / MIB;
        double decoded = DecodeHeap.DECODED_BYTES / MIB;
        s.append("Decoding needs ").append(fmt(min, 0)).append(" MiB of heap: ").append(fmt(before, 1))
            .append(" MiB live before the call, the ").append(fmt(decoded, 1)).append(" MiB of audio it returns, and ")
            .append(fmt(min - before - decoded, 1)).append(" MiB of transient copies and GC room. Per candidate, the "
                + "generated adapter reads `audio_base64` with Moshi's `nextString()`: Okio first buffers the whole 7.1 MB "
                + "value, copies it into a byte[] (`readUtf8` across segments), the JDK copies that into the String, and "
                + "`ByteString.decodeBase64` then allocates the 5.3 MB result: two 7.1 MB copies of the text (about 2.7 x "
                + "the candidate's decoded size) in flight at once, on top of the candidates already decoded. G1 places each of these arrays (> 0.5 MiB) "
                + "in whole humongous regions, which rounds every one up to the next MiB.");
      }
      Map<String, Object> raw = (Map<String, Object>) heap.get("raw");
      Map<String, Object> stream = (Map<String, Object>) heap.get("raw-stream");
      if (raw != null && raw.get("ratio") != null) {
        s.append(" The hand-written anchor (nextString + java.util.Base64, which adds a byte[] copy of the String) needs ")
            .append(raw.get("min_xmx_mib")).append(" MiB (ratio ").append(raw.get("ratio")).append("): the goal is missed by "
                + "the read-a-String design itself, not by anything our layer adds.");
      }
      if (stream != null && stream.get("ratio") != null) {
        s.append(" The streaming sketch (Moshi `nextSource()`, java.util.Base64 over 48 KiB chunks, the bytes kept in "
            + "Okio segments and returned as `Buffer.snapshot()`, no copy) needs ").append(stream.get("min_xmx_mib"))
            .append(" MiB (ratio ").append(stream.get("ratio")).append(").");
      }
    } else if (key.equals("contract_suite_wall_s")) {
      Map<String, Object> b = (Map<String, Object>) builds.get("contract_suite");
      if (b != null && b.get("slowest_steps_s") != null) {
        s.append("Slowest Maven steps (s): ").append(compact((Map<String, Object>) b.get("slowest_steps_s"))).append(".");
      }
      if (contract != null) {
        s.append(" Test classes (s, run in parallel): ").append(compact((Map<String, Object>) contract.get("class_seconds"))).append(".");
      }
    } else if (key.startsWith("upload_vs_curl") || key.startsWith("tier_") || key.startsWith("first_call")) {
      s.append("See the section \"Against curl, at the account's tier, and in a fresh JVM\" for the runs and the class counts.");
    } else if (key.equals("upload_streamed_mib_under_xmx64m")) {
      s.append("See the upload section: the error is the finding.");
    }
    return s.toString();
  }

  private static String secondsText(Properties t, String step) {
    Double s = seconds(t, step);
    return s == null ? "n/a (" + t.getProperty(step + "_note", "not run") + ")" : fmt(s, 0) + " s" + rcNote(t, step);
  }

  private static String rcNote(Properties t, String step) {
    String rc = t.getProperty(step + "_rc");
    return rc == null || rc.equals("0") ? "" : " (FAILED, exit " + rc + ": see target/bench/logs/" + step + ".log)";
  }

  private static String row(String key, String value, String goal, Boolean met) {
    return "| `" + key + "` | " + value + " | " + goal + " | " + (met == null ? "" : met ? "met" : "**MISSED**") + " |\n";
  }

  private static String compact(Map<String, Object> map) {
    if (map == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      parts.add(e.getKey() + " " + e.getValue());
    }
    return String.join("; ", parts);
  }

  private static String bytes(double b) {
    return b >= MIB ? fmt(b / MIB, 2) + " MiB" : b >= 1024 ? fmt(b / 1024, 1) + " KiB" : fmt(b, 0) + " B";
  }
}
