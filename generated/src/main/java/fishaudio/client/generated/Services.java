// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import fishaudio.client.internal.ClientRuntime;

/**
 * One accessor per service of the spec, each service the operations of one tag. The client
 * extends this class, so an operation the spec adds is on the client after regeneration, with no
 * hand-written line.
 */
public abstract class Services {
  private final AccountService account;
  private final SpeechService speech;
  private final SpeechRecognitionService speechRecognition;
  private final VoiceCloningService voiceCloning;
  private final VoiceDesignService voiceDesign;

  /** Every service on {@code runtime}, the client's one pipeline. */
  protected Services(ClientRuntime runtime) {
    this.account = new AccountService(runtime);
    this.speech = new SpeechService(runtime);
    this.speechRecognition = new SpeechRecognitionService(runtime);
    this.voiceCloning = new VoiceCloningService(runtime);
    this.voiceDesign = new VoiceDesignService(runtime);
  }

  /** The {@code Account} operations: {@link AccountService#getApiCredit getApiCredit}. */
  public AccountService account() {
    return account;
  }

  /** The {@code Speech} operations: {@link SpeechService#textToSpeech textToSpeech}, {@link SpeechService#textToSpeechWithTimestamps textToSpeechWithTimestamps}. */
  public SpeechService speech() {
    return speech;
  }

  /** The {@code SpeechRecognition} operations: {@link SpeechRecognitionService#transcribe transcribe}. */
  public SpeechRecognitionService speechRecognition() {
    return speechRecognition;
  }

  /** The {@code VoiceCloning} operations: {@link VoiceCloningService#createModel createModel}, {@link VoiceCloningService#deleteModel deleteModel}, {@link VoiceCloningService#getModel getModel}, {@link VoiceCloningService#listModels listModels}, {@link VoiceCloningService#updateModel updateModel}. */
  public VoiceCloningService voiceCloning() {
    return voiceCloning;
  }

  /** The {@code VoiceDesign} operations: {@link VoiceDesignService#designVoice designVoice}. */
  public VoiceDesignService voiceDesign() {
    return voiceDesign;
  }
}
