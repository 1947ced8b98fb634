package fishaudio.client.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The one Prism mock server of a test run: a container started on first use, shared by every
 * contract test, and closed at the end (by the root {@code ExtensionContext.Store}, which closes
 * {@link AutoCloseable} values, with a JVM shutdown hook as a backstop). Ryuk is disabled where
 * these tests run, so nothing else would remove the container.
 *
 * <p>Settings, both system properties that failsafe passes from the POM:
 * <ul>
 *   <li>{@code contract.spec}: the OpenAPI file Prism mocks (default: the committed spec). Point it
 *       at a proposed change to see which contract tests it breaks.
 *   <li>{@code prism.image}: the image ({@code stoplight/prism:5.14.2}, or the offline-built
 *       {@code localhost/prism:5.14.2} that {@code scripts/test} provisions).
 * </ul>
 */
final class Prism implements AutoCloseable {
  static final int PORT = 4010;
  private static final String SPEC_IN_CONTAINER = "/tmp/spec.yaml";
  private static final int LOG_LINES_KEPT = 400;

  private static Prism instance;
  private static Throwable startFailure;

  private final GenericContainer<?> container;
  private final Path spec;
  private final String image;
  private final String baseUrl;
  private final long startMillis;
  private final long suiteStartNanos;
  private final Deque<String> log = new ArrayDeque<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** The shared server, started by the first caller; a failed start fails every later caller too. */
  static synchronized Prism get() {
    if (instance != null) {
      return instance;
    }
    if (startFailure != null) {
      throw new IllegalStateException("Prism did not start earlier in this run: " + startFailure.getMessage(), startFailure);
    }
    try {
      instance = start();
      return instance;
    } catch (RuntimeException | Error e) {
      startFailure = e;
      throw e;
    }
  }

  private Prism(GenericContainer<?> container, Path spec, String image, long startMillis, long suiteStartNanos) {
    this.container = container;
    this.spec = spec;
    this.image = image;
    this.startMillis = startMillis;
    this.suiteStartNanos = suiteStartNanos;
    String host = container.getHost();
    this.baseUrl = "http://" + host + ":" + container.getMappedPort(PORT) + "/";
  }

  private static Prism start() {
    long suiteStart = System.nanoTime();
    Path spec = Paths.get(requiredProperty("contract.spec")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(spec)) {
      throw new IllegalStateException("contract.spec=" + spec + " is not a file. Pass an OpenAPI file with "
          + "-Dcontract.spec=/path/to/spec.yaml, or leave it unset for the committed openapi/fish-audio.yaml.");
    }
    String image = requiredProperty("prism.image");
    requireDocker(image);

    GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
        .withCopyFileToContainer(MountableFile.forHostPath(spec), SPEC_IN_CONTAINER)
        .withCommand("mock", "-h", "0.0.0.0", SPEC_IN_CONTAINER)
        .withExposedPorts(PORT)
        .waitingFor(Wait.forLogMessage(".*Prism is listening.*", 1).withStartupTimeout(Duration.ofSeconds(90)));
    Prism[] self = new Prism[1];
    Deque<String> early = new ArrayDeque<>();
    container.withLogConsumer(frame -> {
      String line = frame.getUtf8StringWithoutLineEnding();
      Deque<String> target = self[0] != null ? self[0].log : early;
      synchronized (target) {
        target.addLast(line);
        while (target.size() > LOG_LINES_KEPT) {
          target.removeFirst();
        }
      }
    });
    long t0 = System.nanoTime();
    try {
      container.start();
    } catch (RuntimeException e) {
      String logs;
      synchronized (early) {
        logs = String.join("\n", early);
      }
      try {
        container.close();
      } catch (RuntimeException ignored) {
        // Already failing; the start error is the one to report.
      }
      throw new IllegalStateException("Prism (image " + image + ", spec " + spec + ") did not start: "
          + e.getMessage() + (logs.isEmpty() ? "" : "\nPrism's output:\n" + logs), e);
    }
    long startMillis = (System.nanoTime() - t0) / 1_000_000;
    Prism prism = new Prism(container, spec, image, startMillis, suiteStart);
    synchronized (early) {
      prism.log.addAll(early);
      self[0] = prism;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(prism::close, "prism-container-close"));
    System.out.printf("[contract] Prism container started in %d ms (image %s, spec %s) at %s%n",
        startMillis, image, spec, prism.baseUrl);
    return prism;
  }

  /** Never skips: without an engine the suite fails, and says how to get one. */
  private static void requireDocker(String image) {
    boolean available;
    Throwable cause = null;
    try {
      available = DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | Error e) {
      available = false;
      cause = e;
    }
    if (!available) {
      String dockerHost = System.getenv("DOCKER_HOST");
      throw new IllegalStateException(
          "No Docker engine is reachable (DOCKER_HOST=" + (dockerHost == null ? "<unset>" : dockerHost) + "). "
              + "The contract tests run Prism (" + image + ") in a container and never skip. To fix, run "
              + "`scripts/lib/provision.sh` once (as root: it installs Podman, starts its Docker-compatible API "
              + "on /run/podman/podman.sock and builds the Prism image offline); after that plain `mvn install` "
              + "finds both (pom.xml's podman profile). Or set DOCKER_HOST to a running engine (and "
              + "TESTCONTAINERS_RYUK_DISABLED=true where the Ryuk image cannot be pulled).",
          cause);
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalStateException("System property " + name + " is not set. Run the contract tests "
          + "through Maven (failsafe passes it from the POM), e.g. `scripts/test`.");
    }
    return value.trim();
  }

  /** Base URL of the mock, ending in "/". */
  String baseUrl() {
    return baseUrl;
  }

  Path spec() {
    return spec;
  }

  long startMillis() {
    return startMillis;
  }

  /** The last lines Prism logged, to attach to a failure. */
  String recentLog(int lines) {
    synchronized (log) {
      return log.stream().skip(Math.max(0, log.size() - lines)).reduce((a, b) -> a + "\n" + b).orElse("");
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    long suiteMillis = (System.nanoTime() - suiteStartNanos) / 1_000_000;
    container.close();
    System.out.printf("[contract] Prism container closed (%s); contract suite wall time %d ms "
        + "(container start %d ms, image %s)%n",
        Thread.currentThread().getName().equals("prism-container-close") ? "by the shutdown hook" : "at the end of the run",
        suiteMillis, startMillis, image);
  }
}
