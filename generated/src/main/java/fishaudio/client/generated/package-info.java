// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

/**
 * The spec's models, their Moshi adapters and the Retrofit interfaces, all generated. Every type
 * here is non-null unless marked {@code @Nullable}: an optional or nullable field's accessor is.
 */
@NullMarked
package fishaudio.client.generated;

import org.jspecify.annotations.NullMarked;
