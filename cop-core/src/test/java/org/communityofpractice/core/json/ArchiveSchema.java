package org.communityofpractice.core.json;

import com.networknt.schema.Schema;
import java.util.List;
import org.communityofpractice.core.fixtures.JsonSchemas;

/** The archive's published JSON Schema, as an independent validator applies it. */
final class ArchiveSchema {
  /** Where the schema is in cop-core's jar. */
  static final String RESOURCE = JsonSchemas.ARCHIVE;

  private static final Schema SCHEMA = JsonSchemas.load(RESOURCE);

  private ArchiveSchema() {}

  /** What the schema finds wrong with a document: empty when it is valid. */
  static List<String> errors(String json) {
    return JsonSchemas.errors(SCHEMA, json);
  }
}
