// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer names what it created (and may have billed) in a top-level field
 * ({@code x-created-id: <field>} in the spec): the decoding step reads it at run time from the
 * method's annotations, and finds that field in an answer that breaks, so the created thing is not
 * lost with the answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CreatedId {
  /** The JSON name of the top-level field, such as {@code _id}. */
  String value();
}
