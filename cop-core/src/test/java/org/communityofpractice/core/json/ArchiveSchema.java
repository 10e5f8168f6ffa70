package org.communityofpractice.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The archive's published JSON Schema, as an independent validator (networknt's, on Jackson 3,
 * sharing no code with cop's reader) applies it, with {@code format} asserted rather than only
 * annotated.
 */
final class ArchiveSchema {
  /** Where the schema is in cop-core's jar. */
  static final String RESOURCE = "META-INF/cop/schema/archive.schema.json";

  private static final Schema SCHEMA = load(RESOURCE);

  private ArchiveSchema() {}

  /** A schema from the class path, read by a 2020-12 validator that asserts formats. */
  static Schema load(String resource) {
    try (InputStream in = ArchiveSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder -> builder.schemaRegistryConfig(
                  com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      return registry.getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the schema finds wrong with a document: empty when it is valid. */
  static List<String> errors(String json) {
    return errors(SCHEMA, json);
  }

  static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
