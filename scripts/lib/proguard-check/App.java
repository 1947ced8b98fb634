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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;

/** The app that scripts/lib/proguard-check.sh shrinks: design, save and clone, against a local server. */
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
      System.out.println("proguard-check: shrunk app designed " + design.candidates().size()
          + " candidates, saved " + Files.size(wav) + " bytes, cloned model " + model.id());
    }
  }
}
