package org.communityofpractice.core.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.communityofpractice.core.json.internal.JsonValues;

/** This package's side of {@link JsonValues}: single values through the archive's own codec. */
final class ValueBridge implements JsonValues.Codec {
  private final ArchiveJson archive;

  ValueBridge(ArchiveJson archive) {
    this.archive = archive;
  }

  @Override
  public Set<Class<?>> valueTypes() {
    return ValueCodecs.types();
  }

  @Override
  public JsonNode encode(Object value) {
    return ValueCodecs.encode(archive, value);
  }

  @Override
  public <T> T decode(JsonNode node, Class<T> type, String path) throws ArchiveFormatException {
    return ValueCodecs.decode(archive, node, type, path);
  }

  @Override
  public JsonNode readTree(String json) throws ArchiveFormatException {
    return archive.readTree(json);
  }

  @Override
  public String writeLine(JsonNode tree) {
    return archive.writeLine(tree);
  }

  @Override
  public String pathOf(JsonStreamContext context) {
    return StrictDocuments.pathOf(context, true);
  }
}
