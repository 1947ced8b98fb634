package fishaudio.client.bench;

import com.squareup.moshi.JsonReader;
import fishaudio.client.FishAudio;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsTimestampEvent;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Speech, client against raw OkHttp + Moshi, in one JVM under -Xmx64m: tts_first_byte_vs_raw (the
 * server sends the head, waits, then a chunk: from its flush to the caller's first byte),
 * tts_stream_mib_s_vs_raw (an hour of 44.1 kHz 16-bit WAV, 317.5 MB, read to the end, and the heap
 * peak while the client streams it) and sse_events_per_s_vs_raw (timestamped events with 4 KiB of
 * audio each, decoded to TtsTimestampEvent, or by hand to a Map and java.util.Base64).
 *
 * <p>Counts: ROUNDS first byte [200], ROUNDS stream and events [20], EVENTS [4000].
 */
final class Speech {
  private static final long HOUR = Payloads.wavSize(3_600_000);
  private static final TtsRequest REQUEST = TtsRequest.builder().text("Welcome to Fish Audio.").build();

  private Speech() {}

  static void run(Path out, int[] counts, Bench.Result result) throws Exception {
    AtomicLong flushed = new AtomicLong();
    Loopback.Body firstByte = new Loopback.Body(2, o -> {
      o.flush(); // the head: the call returns and the caller waits in read()
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        throw new InterruptedIOException();
      }
      flushed.set(System.nanoTime());
      o.write('R');
      o.flush();
      o.write('F');
    });
    try (Loopback chunk = new Loopback().route("POST", "/v1/tts", 200, "audio/wav", firstByte).start(null);
        Loopback hour = new Loopback().route("POST", "/v1/tts", 200, "audio/wav", new Loopback.Body(HOUR, o -> Payloads.writeWav(o, HOUR, 1)))
            .route("POST", "/v1/tts/stream/with-timestamp", 200, "text/event-stream", events(Bench.count(counts, 2, 4000)))
            .start(null);
        FishAudio toChunk = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(chunk.url()).build();
        FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(hour.url()).build()) {
      OkHttpClient raw = new OkHttpClient();
      Pairs first = new Pairs()
          .side("client", () -> {
            try (BinaryResponse speech = toChunk.speech().textToSpeech(REQUEST)) {
              return firstByte(speech.inputStream(), flushed);
            }
          })
          .side("raw", () -> {
            try (Response speech = raw.newCall(post(chunk.url() + "v1/tts")).execute()) {
              return firstByte(speech.body().byteStream(), flushed);
            }
          })
          .measure(10, 0, Bench.count(counts, 0, 200));
      Map<String, Object> row = first.key("tts_first_byte_vs_raw", "client", "raw", 1.05,
          "from the server's flush of the first chunk to the caller's first byte, client / raw OkHttp; median µs: "
              + Pairs.round(Pairs.median(first.wall("client")) * 1e6, 0) + " / " + Pairs.round(Pairs.median(first.wall("raw")) * 1e6, 0));
      if (!"met".equals(row.get("verdict")) && Pairs.median(first.wall("client")) - Pairs.median(first.wall("raw")) < 0.001) {
        row.put("verdict", "met (within 1 ms)");
      }
      result.rows.add(row);

      Callable<Long> clientHour = () -> {
        try (BinaryResponse speech = client.speech().textToSpeech(REQUEST)) {
          return drain(speech.inputStream(), HOUR);
        }
      };
      Pairs stream = new Pairs()
          .side("client", Pairs.inJvm(clientHour))
          .side("raw", Pairs.inJvm(() -> {
            try (Response speech = raw.newCall(post(hour.url() + "v1/tts")).execute()) {
              return drain(speech.body().byteStream(), HOUR);
            }
          }))
          .measure(1, 0, Bench.count(counts, 1, 20));
      result.rows.add(atLeast(stream.key("tts_stream_mib_s_vs_raw", "raw", "client", Double.NaN,
          "MiB/s reading an hour of WAV (317.5 MB) to its end, client / raw OkHttp (the wall ratio raw / client)"), 0.95));
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      clientHour.call();
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      result.rows.add(Pairs.value("tts_hour_heap_peak_mib", Pairs.round(peak / 1048576.0, 1), "<= 64", peak <= 64 << 20,
          "heap pools' peak while an hour of WAV streams through the client, -Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m"));

      Pairs sse = new Pairs()
          .side("client", Pairs.inJvm(() -> {
            try (EventStream<TtsTimestampEvent> events = client.speech().textToSpeechWithTimestamps(REQUEST)) {
              return events.stream().mapToLong(e -> e.audio().size()).sum();
            }
          }))
          .side("raw", Pairs.inJvm(() -> rawEvents(raw, hour.url())))
          .measure(2, 0, Bench.count(counts, 1, 20));
      result.rows.add(sse.key("sse_events_per_s_vs_raw", "raw", "client", Double.NaN, Bench.count(counts, 2, 4000)
          + " timestamped events of 4 KiB of audio each, events/s client / hand-written line reader + Moshi (the wall ratio raw / client)"));
      result.details.putAll(Map.of("first_byte_s", first.raw(), "hour_s", stream.raw(), "sse_s", sse.raw()));
    }
  }

  private static Request post(String url) {
    return new Request.Builder().url(url).header("Authorization", "Bearer " + Payloads.API_KEY)
        .post(RequestBody.create("{\"text\":\"Welcome to Fish Audio.\"}", RawClients.JSON)).build();
  }

  private static Pairs.Run firstByte(InputStream in, AtomicLong flushed) throws Exception {
    if (in.read() != 'R') {
      throw new IllegalStateException("no first byte");
    }
    long latency = System.nanoTime() - flushed.get();
    in.transferTo(OutputStream.nullOutputStream());
    return new Pairs.Run(latency / 1e9, Double.NaN);
  }

  private static long drain(InputStream in, long expected) throws Exception {
    long n = in.transferTo(OutputStream.nullOutputStream());
    if (n != expected) {
      throw new IllegalStateException("read " + n + " of " + expected);
    }
    return n;
  }

  /** A ratio row whose goal is a floor: met when the interval lies wholly at or above it. */
  private static Map<String, Object> atLeast(Map<String, Object> row, double floor) {
    List<?> interval = (List<?>) row.get("interval_999");
    row.put("goal", ">= " + floor);
    row.put("verdict", interval.contains(null) ? "undecided" : ((Number) interval.get(0)).doubleValue() >= floor ? "met" : ((Number) interval.get(1)).doubleValue() < floor ? "missed" : "undecided");
    return row;
  }

  /** The same events by hand: lines from Okio, each data line a Map from Moshi, its audio decoded by java.util.Base64. */
  private static long rawEvents(OkHttpClient raw, String url) throws Exception {
    long bytes = 0;
    try (Response response = raw.newCall(post(url + "v1/tts/stream/with-timestamp")).execute()) {
      BufferedSource source = response.body().source();
      for (String line = source.readUtf8Line(); line != null; line = source.readUtf8Line()) {
        if (line.startsWith("data:")) {
          Map<?, ?> event = (Map<?, ?>) JsonReader.of(new okio.Buffer().writeUtf8(line.substring(5).trim())).readJsonValue();
          bytes += Base64.getDecoder().decode((String) event.get("audio_base64")).length;
        }
      }
    }
    return bytes;
  }

  /** COUNT events, written as they are sent (the sink holds none of them). */
  private static Loopback.Body events(int count) {
    String audio = Base64.getEncoder().encodeToString(Payloads.wav(4096, 1));
    IntFunction<byte[]> event = i -> ("data: {\"audio_base64\":\"" + audio + "\",\"content\":\"word" + i + "\",\"alignment\":"
        + "{\"segments\":[{\"text\":\"word" + i + "\",\"start\":0.1,\"end\":0.2}],\"audio_duration\":0.2},\"chunk_seq\":" + i / 10
        + ",\"chunk_audio_offset_sec\":1.5}\n\n").getBytes(StandardCharsets.UTF_8);
    return new Loopback.Body(IntStream.range(0, count).mapToLong(i -> event.apply(i).length).sum(), out -> {
      for (int i = 0; i < count; i++) {
        out.write(event.apply(i));
      }
    });
  }
}
