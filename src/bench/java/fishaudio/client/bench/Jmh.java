package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.CreateModelRequest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;
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
 * JMH beside the paired keys: the calls of {@link Design} fork by fork, for
 * design_overhead_vs_raw_jmh and the allocation per call ({@code -prof gc}).
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
    CreateModelRequest form;
    List<RequestBody> rawVoices;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      server = Design.server(null);
      client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
      raw = new RawClients(server.url());
      form = Design.createModelRequest();
      rawVoices = Design.rawVoices();
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

  @Benchmark
  public Object createModelClient(Calls c) {
    return c.client.voiceCloning().createModel(c.form);
  }

  @Benchmark
  public Object createModelRaw(Calls c) {
    return c.raw.createModel(c.rawVoices, Design.TEXTS);
  }
}
