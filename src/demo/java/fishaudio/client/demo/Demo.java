package fishaudio.client.demo;

import fishaudio.client.FishAudio;
import fishaudio.client.ProgressListener;
import fishaudio.client.Upload;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.generated.ApiCredit;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import fishaudio.client.generated.TranscribeRequest;
import fishaudio.client.generated.Transcription;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import fishaudio.client.generated.TtsTimestampEvent;
import fishaudio.client.generated.Visibility;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.VoiceDesignResponse;
import fishaudio.client.helpers.LiveSpeech;
import fishaudio.client.helpers.TimedSpeech;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The whole voice journey, with the public client only: design two voice candidates from an
 * instruction, save each as {@code DIR/candidate-<index>.wav}, clone a voice model from the first
 * one and wait until it is trained, speak a sentence with it ({@code DIR/speech.mp3}), speak it again
 * with timestamps ({@code DIR/speech-timestamped.wav} and {@code DIR/speech.vtt}), transcribe the
 * speech back, and read the account's credit. {@code scripts/demo} builds and runs it, against a
 * local Prism mock when no {@code FISH_API_KEY} is set.
 *
 * <pre>
 * Demo [--out DIR] [--instruction TEXT] [--sentence TEXT] [--mock BASE_URL] [--delete] [--live]
 * </pre>
 *
 * <p>{@code --live} adds a step before the delete: a sentence fed to a live session a word at a time,
 * spoken with the new voice, its audio read as it comes into {@code DIR/live.mp3}.
 *
 * <p>Every failure ends the run with exit code 1 and one line on the error stream that names the
 * step and the status or field, never a stack trace and never the API key. Candidates are saved
 * atomically, and a failed design stops the run before anything is uploaded.
 */
public final class Demo {
  static final String DEFAULT_INSTRUCTION = "Warm, confident studio narrator with a natural tone";
  static final String DEFAULT_OUT = "out";
  static final int CANDIDATES = 2;
  /** Sent to the local mock, which checks only that a Bearer token is there. */
  static final String MOCK_API_KEY = "demo-key-for-the-local-mock";
  static final int MAX_TITLE_CHARS = 60;
  static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(10);

  static final String DEFAULT_SENTENCE = "Hello from Fish Audio.";
  /** What {@code --live} speaks, fed to a live session a word at a time. */
  static final String LIVE_SENTENCE = "Hello from Fish Audio, spoken live, word by word.";

  static final String USAGE = "Demo [--out DIR] [--instruction TEXT] [--sentence TEXT] [--mock BASE_URL] [--delete] [--live]";

  private Demo() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** {@link #run(String[], PrintStream, PrintStream)} with progress and errors on one stream. */
  public static int run(String[] args, PrintStream out) {
    return run(args, out, out);
  }

  /**
   * Runs the demo. The arguments are parsed here only ({@code scripts/demo} passes them through).
   * Without {@code --mock}, the key and the server come from the client's own
   * {@link FishAudio.Builder#fromEnv()}: the system properties {@code fishaudio.apiKey} and
   * {@code fishaudio.baseUrl}, then {@code FISH_API_KEY} and {@code FISH_BASE_URL}.
   *
   * @return 0 on success, 1 when a step failed, 2 on bad arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("demo: " + e.getMessage() + "; usage: " + USAGE);
      return 2;
    }
    if (options.help) {
      out.println("usage: " + USAGE);
      out.println("  --out DIR           where candidate-<index>.wav files go (default " + DEFAULT_OUT + ")");
      out.println("  --instruction TEXT  the voice to design (default \"" + DEFAULT_INSTRUCTION + "\")");
      out.println("  --sentence TEXT     what the new voice says (default \"" + DEFAULT_SENTENCE + "\")");
      out.println("  --mock BASE_URL     use a local mock at BASE_URL with a dummy key (scripts/demo sets it)");
      out.println("  --delete            delete the cloned model at the end");
      out.println("  --live              speak a sentence fed word by word over a live session, to DIR/live.mp3");
      out.println("Without --mock: FISH_API_KEY, and FISH_BASE_URL (default " + FishAudio.DEFAULT_BASE_URL + ").");
      return 0;
    }

    Set<String> secrets = secrets();
    String step = "configuration";
    try (FishAudio client = client(options)) {
      out.println("demo: server " + client.baseUrl()
          + (options.mockUrl != null ? " (local Prism mock with a dummy key; set FISH_API_KEY for the real service)" : ""));

      step = "voice design";
      out.println("demo: designing " + CANDIDATES + " voice candidates for \"" + abbreviate(options.instruction, 100) + "\"");
      VoiceDesignResponse result = client.voiceDesign().designVoice(
          VoiceDesignRequest.builder().instruction(options.instruction).n(CANDIDATES).build());
      if (result.candidates().isEmpty()) {
        err.println("demo: voice design failed: the server returned no candidates");
        return 1;
      }

      step = "saving candidates";
      List<Path> files = new ArrayList<>();
      for (VoiceDesignCandidate candidate : result.candidates()) {
        // save() writes a temporary file and renames it: a failure never leaves half a WAV.
        Path file = candidate.save(options.out.resolve("candidate-" + candidate.index() + ".wav"));
        files.add(file);
        out.println(String.format(Locale.ROOT, "demo: wrote %s (%.2f s, %,d bytes, %d Hz)%s", file,
            candidate.durationMs() / 1000.0, candidate.audio().size(), candidate.sampleRate(),
            candidate.text() == null ? "" : ": \"" + candidate.text() + "\""));
      }

      step = "voice cloning";
      VoiceDesignCandidate first = result.candidates().get(0);
      String title = title(options.instruction);
      CreateModelRequest.Builder request = CreateModelRequest.builder()
          .type(CreateModelType.TTS)
          .title(title)
          .trainMode(CreateModelTrainMode.FAST)
          // The file on disk, streamed: what gets uploaded is exactly what was saved.
          .voices(List.of(Upload.of(files.get(0))))
          // Private, explicitly: the spec's default visibility is public, and a public model
          // requires a cover_image, which this demo has none of (the client would refuse it).
          .visibility(Visibility.PRIVATE);
      if (first.text() != null && !first.text().trim().isEmpty()) {
        request.texts(List.of(first.text()));   // else the service transcribes the audio (ASR)
      }
      out.println("demo: cloning a private voice model \"" + title + "\" from " + files.get(0));
      ModelEntity model = client.voiceCloning().createModel(request.build(), new UploadProgress(out));

      out.println("demo: created voice model");
      out.println("  id:    " + model.id());
      out.println("  title: " + model.title());
      out.println("  state: " + state(model));
      // Wait only for the states that lead to trained; a state the spec does not list is shown as it is.
      if (ModelState.CREATED.equals(model.state()) || ModelState.TRAINING.equals(model.state())) {
        step = "waiting for training";
        out.println("demo: waiting for the model to be trained (at most " + TRAINING_TIMEOUT.toMinutes() + " min)");
        model = client.voiceCloning().waitUntilTrained(model.id(), TRAINING_TIMEOUT,
            changed -> out.println("demo:   state " + state(changed)));
        out.println("demo: trained voice model " + model.id() + " \"" + model.title() + "\"");
      }
      if (!ModelState.TRAINED.equals(model.state())) {
        out.println("demo: the model is " + state(model) + ", not trained: speaking with it is skipped");
        step = "deleting the model";
        return finish(client, model, options, out);
      }

      step = "speaking";
      Path speech = speak(client, model, options, out);

      step = "speaking with timestamps";
      speakWithTimestamps(client, model, options, out);

      step = "transcribing";
      out.println("demo: transcribing " + speech);
      Transcription transcript = client.speechRecognition().transcribe(
          TranscribeRequest.builder().audio(Upload.of(speech)).build());
      out.println("demo:   said:  \"" + options.sentence + "\"");
      out.println("demo:   heard: \"" + transcript.text() + "\"" + String.format(Locale.ROOT, " (%.2f s%s)",
          transcript.duration(), transcript.language() == null ? "" : ", " + transcript.language()));

      step = "reading the credit";
      ApiCredit credit = client.account().getApiCredit();
      out.println("demo: API credit " + credit.credit().toPlainString() + " (topped up "
          + credit.cumulativeTopUp().toPlainString() + " in all)");

      if (options.live) {
        step = "live speech";
        live(client, options, model, out);
      }

      step = "deleting the model";
      return finish(client, model, options, out);
    } catch (IOException e) {
      err.println(redact(oneLine("demo: " + step + " failed: " + e), secrets));
      return 1;
    } catch (FishAudioException | UncheckedIOException | InvalidPathException e) {
      err.println(redact(oneLine("demo: " + step + " failed: " + describe(e)), secrets));
      return 1;
    } catch (RuntimeException e) {
      // A bug, not a failure the client names; still one line, never a stack trace.
      err.println(redact(oneLine("demo: " + step + " failed unexpectedly: " + e), secrets));
      return 1;
    }
  }

  /**
   * The live step: {@link #LIVE_SENTENCE} fed to a live session a word at a time, with the new voice,
   * its audio read as it comes into {@code DIR/live.mp3}. Offline ({@code --mock}), against a loopback
   * live server, as Prism has no WebSocket.
   */
  private static void live(FishAudio client, Options options, ModelEntity model, PrintStream out) throws IOException {
    try (LoopbackLiveServer loopback = options.mockUrl != null ? LoopbackLiveServer.start() : null;
        FishAudio offline = loopback != null
            ? FishAudio.builder().apiKey(MOCK_API_KEY).baseUrl(loopback.baseUrl()).build() : null) {
      FishAudio speaker = offline != null ? offline : client;
      TtsRequest request = TtsRequest.builder().text("").referenceId(model.id()).format(TtsRequestFormat.MP3).build();
      out.println("demo: live: speaking \"" + LIVE_SENTENCE + "\" word by word" + (loopback != null
          ? " (to a loopback live server: the Prism mock has no WebSocket)" : ""));
      Path file = options.out.resolve("live.mp3");
      Path part = options.out.resolve("live.mp3.part");
      Files.createDirectories(options.out);
      long start = System.nanoTime();
      try (LiveSpeech live = speaker.speech().liveSpeech(request);
          OutputStream sink = Files.newOutputStream(part)) {
        for (String word : LIVE_SENTENCE.split(" ")) {
          live.sendText(word + " ");
        }
        live.flush();    // the last words are spoken only after a flush (or the stop)
        live.finish();
        InputStream audio = live.audio();
        byte[] chunk = new byte[8192];
        long bytes = 0;
        for (int read; (read = audio.read(chunk)) != -1; ) {
          if (bytes == 0) {
            out.println(String.format(Locale.ROOT, "demo: live: first audio after %d ms",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
          }
          sink.write(chunk, 0, read);
          bytes += read;
        }
        out.println(String.format(Locale.ROOT, "demo: live: wrote %s (%,d bytes)", file, bytes));
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(options.out.resolve("live.mp3.part"));
    }
  }

  /** With {@code --delete}, deletes the model; the run then ends well. */
  private static int finish(FishAudio client, ModelEntity model, Options options, PrintStream out) {
    if (options.delete) {
      client.voiceCloning().deleteModel(model.id());
      out.println("demo: deleted voice model " + model.id());
    }
    return 0;
  }

  /** Speaks the sentence with the model, streamed to {@code DIR/speech.mp3} as it arrives. */
  private static Path speak(FishAudio client, ModelEntity model, Options options, PrintStream out) {
    Path file = options.out.resolve("speech.mp3");
    out.println("demo: speaking \"" + options.sentence + "\" with " + model.id());
    TtsRequest request = TtsRequest.builder().text(options.sentence).referenceId(model.id())
        .format(TtsRequestFormat.MP3).build();
    try (BinaryResponse audio = client.speech().textToSpeech(request)) {
      // saveTo writes a temporary file and renames it: a stream that breaks leaves no speech.mp3.
      long bytes = audio.saveTo(file);
      out.println(String.format(Locale.ROOT, "demo: wrote %s (%,d bytes, %s)", file, bytes, audio.contentType()));
    }
    return file;
  }

  /** Speaks the sentence again as WAV with timestamps: the audio and its WebVTT captions. */
  private static void speakWithTimestamps(FishAudio client, ModelEntity model, Options options, PrintStream out) {
    Path wav = options.out.resolve("speech-timestamped.wav");
    Path vtt = options.out.resolve("speech.vtt");
    out.println("demo: speaking it again with timestamps");
    TtsRequest request = TtsRequest.builder().text(options.sentence).referenceId(model.id())
        .format(TtsRequestFormat.WAV).build();
    try (EventStream<TtsTimestampEvent> events = client.speech().textToSpeechWithTimestamps(request)) {
      TimedSpeech timed = TimedSpeech.save(events, wav);
      timed.saveWebVtt(vtt);
      out.println(String.format(Locale.ROOT, "demo: wrote %s (%,d bytes from %d events) and %s (%d captions)", wav,
          timed.audioBytes(), timed.events(), vtt, timed.segments().size()));
    }
  }

  private static FishAudio client(Options options) {
    FishAudio.Builder builder = FishAudio.builder();
    if (options.mockUrl != null) {
      builder.baseUrl(options.mockUrl).apiKey(MOCK_API_KEY);
    }
    // Fills whatever is still unset, with the client's own precedence.
    return builder.fromEnv().build();
  }

  /** The model's title: the instruction on one line, cut at a word to {@value #MAX_TITLE_CHARS} characters. */
  static String title(String instruction) {
    String text = instruction.trim().replaceAll("\\s+", " ");
    if (text.length() <= MAX_TITLE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_TITLE_CHARS - 3);
    return text.substring(0, cut > 0 ? cut : MAX_TITLE_CHARS - 3).replaceAll("[\\s,.;:]+$", "") + "...";
  }

  /** The state as the server sent it, also when this client's spec does not know the value. */
  private static String state(ModelEntity model) {
    if (model.state() == null) {
      return "(not sent)";
    }
    return model.state().value() + (model.state().isKnown() ? "" : " (a state this client's spec does not list)");
  }

  private static String describe(RuntimeException e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")";
    }
    return e.getMessage();
  }

  private static Set<String> secrets() {
    Set<String> secrets = new LinkedHashSet<>();
    for (String key : new String[] {System.getenv("FISH_API_KEY"), System.getProperty("fishaudio.apiKey")}) {
      if (key != null && !key.trim().isEmpty()) {
        secrets.add(key.trim());
      }
    }
    return secrets;
  }

  /** The client never puts the key in a message; a server that echoes it back is redacted here. */
  private static String redact(String line, Set<String> secrets) {
    for (String secret : secrets) {
      line = line.replace(secret, "<FISH_API_KEY>");
    }
    return line;
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  /** Prints a line each time the upload crosses another tenth of its size. */
  static final class UploadProgress implements ProgressListener {
    private final PrintStream out;
    private long lastSent;
    private long lastTenth = -1;

    UploadProgress(PrintStream out) {
      this.out = out;
    }

    @Override
    public void onProgress(long bytesSent, long totalBytes) {
      if (totalBytes <= 0) {
        return;
      }
      if (bytesSent < lastSent) {
        lastTenth = -1;   // a retry starts the upload over
      }
      lastSent = bytesSent;
      long tenth = bytesSent * 10 / totalBytes;
      if (tenth > lastTenth) {
        lastTenth = tenth;
        out.println(String.format(Locale.ROOT, "demo:   uploaded %,d of %,d bytes (%d%%)",
            bytesSent, totalBytes, bytesSent * 100 / totalBytes));
      }
    }
  }

  static final class Options {
    Path out = Paths.get(DEFAULT_OUT);
    String instruction = DEFAULT_INSTRUCTION;
    String sentence = DEFAULT_SENTENCE;
    String mockUrl;
    boolean help;
    boolean delete;
    boolean live;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String name = arg;
        String value = null;
        int equals = arg.indexOf('=');
        if (arg.startsWith("--") && equals > 0) {
          name = arg.substring(0, equals);
          value = arg.substring(equals + 1);
        }
        switch (name) {
          case "-h":
          case "--help":
            options.help = true;
            break;
          case "--delete":
            options.delete = true;
            break;
          case "--live":
            options.live = true;
            break;
          case "--out":
          case "--instruction":
          case "--sentence":
          case "--mock":
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
              }
              value = args[++i];
            }
            if (name.equals("--out")) {
              if (value.isEmpty()) {
                throw new IllegalArgumentException("--out needs a directory");
              }
              options.out = Paths.get(value);
            } else if (name.equals("--instruction")) {
              options.instruction = value;
            } else if (name.equals("--sentence")) {
              if (value.trim().isEmpty()) {
                throw new IllegalArgumentException("--sentence must not be empty");
              }
              options.sentence = value;
            } else {
              options.mockUrl = value;
            }
            break;
          default:
            throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      return options;
    }
  }
}
