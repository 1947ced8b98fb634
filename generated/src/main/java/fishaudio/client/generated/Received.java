// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

/**
 * A model as the server sent it can check itself against the bounds the spec states for it; the
 * client's pipeline calls {@link #validateReceived()} on every model it decodes, so a body that
 * breaks the spec is a malformed response, not a value the caller trusts.
 */
public interface Received {
  /** @throws ConstraintViolation naming the first field that breaks a bound */
  void validateReceived();
}
