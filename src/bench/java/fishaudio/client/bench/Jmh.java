package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH beside the paired keys: voice design through the client and the raw anchor, fork by fork,
 * for design_overhead_vs_raw_jmh and the allocation per call ({@code -prof gc}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Jmh {
  @State(Scope.Benchmark)
  public static class Calls {
    Loopback server;
    FishAudio client;
    RawClients raw;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      server = Design.server(null);
      client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
      raw = new RawClients(server.url());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      client.close();
      raw.close();
      server.close();
    }
  }

  @Benchmark
  public long designClient(Calls c) {
    return Design.design(c.client);
  }

  @Benchmark
  public Object designRaw(Calls c) {
    return c.raw.designVoice(Design.CANDIDATES);
  }
}
