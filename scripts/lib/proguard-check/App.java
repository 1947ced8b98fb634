import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.Visibility;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.ApiCredit;
import fishaudio.client.generated.ReferenceAudio;
import fishaudio.client.generated.TranscribeRequest;
import fishaudio.client.generated.Transcription;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsTimestampEvent;
import fishaudio.client.helpers.TimedSpeech;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventStream;
import okio.ByteString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;

/** The app that scripts/lib/proguard-check.sh shrinks: the whole journey, against a local server. */
public final class App {
  public static void main(String[] args) throws Exception {
    Path out = Paths.get(args[1]);
    try (FishAudio client = FishAudio.builder().apiKey("proguard-check-key").baseUrl(args[0]).build()) {
      VoiceDesignResponse design = client.voiceDesign().designVoice(VoiceDesignRequest.builder().instruction("A calm narrator").build());
      VoiceDesignCandidate first = design.candidates().get(0);
      Path wav = first.save(out.resolve("candidate.wav"));
      if (Files.size(wav) != first.audio().size()) {
        throw new AssertionError("saved " + Files.size(wav) + " bytes of " + first.audio().size());
      }
      ModelEntity model = client.voiceCloning().createModel(CreateModelRequest.builder()
          .type(CreateModelType.TTS)
          .trainMode(CreateModelTrainMode.FAST)
          .title("Shrunk")
          .visibility(Visibility.PRIVATE)
          .voices(Collections.singletonList(Upload.of(wav)))
          .build());
      if (!"trained".equals(model.state().value()) || !model.author().nickname().equals("studio")) {
        throw new AssertionError("model decoded wrongly: " + model);
      }
      // Speech with reference audio goes as MessagePack (msgpack-core, found reflectively); the
      // audio streams back; the timed events decode through their generated adapters.
      TtsRequest speak = TtsRequest.builder().text("Hello").referenceId(model.id())
          .references(Collections.singletonList(ReferenceAudio.builder().audio(ByteString.of(new byte[] {1, 2, 3}))
              .text("ref").build())).build();
      long spoken;
      try (BinaryResponse speech = client.speech().textToSpeech(speak)) {
        spoken = speech.saveTo(out.resolve("speech.mp3"));
      }
      TimedSpeech timed;
      try (EventStream<TtsTimestampEvent> events = client.speech().textToSpeechWithTimestamps(
          TtsRequest.builder().text("Hello").build())) {
        timed = TimedSpeech.collect(events);
      }
      Transcription heard = client.speechRecognition().transcribe(TranscribeRequest.builder()
          .audio(Upload.of(out.resolve("speech.mp3"))).build());
      ApiCredit credit = client.account().getApiCredit();
      if (spoken != 3 || timed.audioBytes() != 4 || timed.segments().size() != 1 || !"Hello".equals(heard.text())
          || credit.credit().compareTo(new java.math.BigDecimal("1.5")) != 0) {
        throw new AssertionError("speech decoded wrongly: " + spoken + " " + timed + " " + heard + " " + credit);
      }
      System.out.println("proguard-check: shrunk app designed " + design.candidates().size()
          + " candidates, saved " + Files.size(wav) + " bytes, cloned model " + model.id() + ", spoke " + spoken
          + " bytes (MessagePack request), timed " + timed.events() + " events, heard \"" + heard.text()
          + "\", credit " + credit.credit());
    }
  }
}
