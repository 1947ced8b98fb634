// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer names what was asked for ({@code x-echoes} in the spec): the
 * response's top-level {@link #field()} must equal the path parameter {@link #parameter()}. The
 * client's pipeline reads it at run time from the call's {@code retrofit2.Invocation}, so an answer
 * about something else is a malformed response, not a value the caller trusts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Echoes {
  /** The response's top-level JSON field, such as {@code _id}. */
  String field();

  /** The path parameter it must equal, such as {@code id}. */
  String parameter();
}
