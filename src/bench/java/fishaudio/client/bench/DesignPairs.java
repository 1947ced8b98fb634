package fishaudio.client.bench;

import com.squareup.moshi.Moshi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * design_overhead_vs_raw measured in one JVM, interleaved: blocks of CALLS voice-design calls
 * through the client and through the raw anchor ({@link DesignBench}'s two states, each with its
 * own loopback server), alternating, PAIRS times after WARMUP_S seconds of the same. A drift in
 * the machine's load, or a JIT decision that a JMH fork makes once for the whole fork, then weighs
 * on both sides of every pair. Run with {@code -Xms1g -Xmx1g}, as the JMH forks are. Writes OUT.
 *
 * <p>Arguments: OUT [PAIRS=150] [CALLS=10] [WARMUP_S=10]
 */
public final class DesignPairs {
  static final double GOAL = 1.10;

  public static void main(String[] args) throws Exception {
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 150;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long warmupNanos = (args.length > 3 ? Long.parseLong(args[3]) : 10) * 1_000_000_000L;
    DesignBench.Ours ours = new DesignBench.Ours();
    DesignBench.Raw raw = new DesignBench.Raw();
    ours.setUp();
    raw.setUp();
    Map<String, Object> result = new LinkedHashMap<>();
    try {
      IntSupplier client = ours::call;
      IntSupplier anchor = () -> raw.call(RawClients.Decode.JDK);
      for (long end = System.nanoTime() + warmupNanos; System.nanoTime() < end; ) {
        block(client, calls);
        block(anchor, calls);
      }
      List<Double> clientMs = new ArrayList<>();
      List<Double> rawMs = new ArrayList<>();
      for (int i = 0; i < pairs; i++) {
        // Alternate which side goes first, so that neither always follows the other's garbage.
        if (i % 2 == 0) {
          clientMs.add(block(client, calls));
          rawMs.add(block(anchor, calls));
        } else {
          rawMs.add(block(anchor, calls));
          clientMs.add(block(client, calls));
        }
      }
      result.put("calls_per_block", calls);
      result.put("client_ms_per_call", clientMs);
      result.put("raw_ms_per_call", rawMs);
      result.put("design_overhead_vs_raw", Stats.pairedRatio(clientMs, rawMs, GOAL));
      result.put("error", null);
    } catch (RuntimeException e) {
      result.put("error", e.toString());
    } finally {
      ours.tearDown();
      raw.tearDown();
    }
    String json = new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ").toJson(result);
    Files.write(Paths.get(args[0]), json.getBytes(StandardCharsets.UTF_8));
    System.out.println(json);
  }

  /** Milliseconds a call, over one block; each call's decoded size is checked. */
  private static double block(IntSupplier call, int calls) {
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      DesignBench.check("design pairs", call.getAsInt());
    }
    return (System.nanoTime() - t0) / 1e6 / calls;
  }
}
