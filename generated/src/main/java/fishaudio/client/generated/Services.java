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
  private final VoiceCloningService voiceCloning;
  private final VoiceDesignService voiceDesign;

  /** Every service on {@code runtime}, the client's one pipeline. */
  protected Services(ClientRuntime runtime) {
    this.voiceCloning = new VoiceCloningService(runtime);
    this.voiceDesign = new VoiceDesignService(runtime);
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
