package fishaudio.client.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.RequestBody;
import okio.AsyncTimeout;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Sink;
import okio.Timeout;
import org.junit.jupiter.api.Test;

/**
 * A file part written under the lead wakes Okio's watchdog a handful of times, not once per
 * 64 KiB, and a stalled write under it still times out. The sinks here are Okio's own
 * {@link AsyncTimeout#sink}, which is what OkHttp puts between a request body and its socket.
 */
@org.junit.jupiter.api.Timeout(60)
class QuietWatchdogTest {
  private static final int BODY = 16 * 1024 * 1024; // 256 guarded writes of 64 KiB

  @Test
  void writesUnderTheLeadLeaveTheWatchdogAsleep() throws Exception {
    assumeTrue(Files.isDirectory(Paths.get("/proc/self/task")), "thread switch counts come from Linux's /proc");
    long bare = watchdogSwitchesDuring(body -> body);
    long led = watchdogSwitchesDuring(QuietWatchdog::around);

    // Without the lead each guarded write puts its timeout at the queue's front, and wakes the watchdog.
    assertTrue(bare >= 100, "the count should see the bare writes' wake-ups: " + bare);
    assertTrue(led <= 10, "the watchdog woke " + led + " times under the lead (" + bare + " without)");
  }

  @Test
  void aStalledWriteUnderTheLeadStillTimesOut() {
    CountDownLatch timedOut = new CountDownLatch(1);
    AsyncTimeout guard = new AsyncTimeout() {
      @Override
      protected void timedOut() {
        timedOut.countDown();
      }
    };
    guard.timeout(200, TimeUnit.MILLISECONDS);
    // A peer that stops reading: the write blocks until the timeout closes it (here, the latch).
    Sink stalled = consuming(() -> {
      try {
        timedOut.await();
      } catch (InterruptedException e) {
        throw new InterruptedIOException();
      }
    });
    BufferedSink sink = Okio.buffer(guard.sink(stalled));

    InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> {
      QuietWatchdog.around(RequestBody.create(new byte[BODY])).writeTo(sink);
      sink.flush();
    });
    assertEquals("timeout", e.getMessage());
  }

  @Test
  void aLongWriteOutlivesManyLeadsAndEndsWithoutATimeout() throws IOException {
    AtomicInteger writes = new AtomicInteger();
    AsyncTimeout guard = new AsyncTimeout();
    // The lead expires and is queued again every 150 ms; each write takes 10 ms, so the whole write
    // outlives several leads while no single write comes near the 300 ms timeout, even on a loaded machine.
    guard.timeout(300, TimeUnit.MILLISECONDS);
    Sink slow = consuming(() -> {
      writes.incrementAndGet();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    });
    BufferedSink sink = Okio.buffer(guard.sink(slow));

    QuietWatchdog.around(RequestBody.create("x".repeat(4 * 1024 * 1024), null)).writeTo(sink);
    sink.flush();

    assertEquals(64, writes.get(), "4 MiB in 64 KiB writes, at least 640 ms in all");
  }

  @Test
  void withoutATimeoutTheBodyIsWrittenAsItIs() throws IOException {
    Buffer sink = new Buffer(); // Timeout.NONE
    QuietWatchdog.around(RequestBody.create("voice", null)).writeTo(sink);
    assertEquals("voice", sink.readString(StandardCharsets.UTF_8));
  }

  /** Voluntary context switches of Okio's watchdog thread while {@code wrap(body)} is written. */
  private static long watchdogSwitchesDuring(UnaryOperator<RequestBody> wrap) throws IOException {
    AsyncTimeout guard = new AsyncTimeout();
    guard.timeout(30, TimeUnit.SECONDS);
    // Each write takes a little while, so that a woken watchdog is back asleep before the next one.
    Sink pacedBlackhole = consuming(() -> LockSupport.parkNanos(50_000));
    BufferedSink sink = Okio.buffer(guard.sink(pacedBlackhole));
    sink.writeUtf8("x").flush(); // starts the watchdog thread, if no test has
    long before = watchdogSwitches();
    wrap.apply(RequestBody.create(new byte[BODY])).writeTo(sink);
    sink.flush();
    return watchdogSwitches() - before;
  }

  /** What each write does before its bytes are dropped. */
  private interface BeforeEach {
    void run() throws IOException;
  }

  /** A sink that runs {@code beforeEach} for each write, then drops the bytes. */
  private static Sink consuming(BeforeEach beforeEach) {
    return new Sink() {
      @Override
      public void write(Buffer source, long byteCount) throws IOException {
        beforeEach.run();
        source.skip(byteCount);
      }

      @Override
      public void flush() {}

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {}
    };
  }

  private static long watchdogSwitches() throws IOException {
    long sum = 0;
    try (Stream<Path> tasks = Files.list(Paths.get("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          if (new String(Files.readAllBytes(task.resolve("comm")), StandardCharsets.UTF_8).trim().equals("Okio Watchdog")) {
            for (String line : Files.readAllLines(task.resolve("status"))) {
              if (line.startsWith("voluntary_ctxt_switches:")) {
                sum += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
              }
            }
          }
        } catch (IOException threadEnded) {
          // A thread that ended while listed has nothing to count.
        }
      }
    }
    return sum;
  }
}
