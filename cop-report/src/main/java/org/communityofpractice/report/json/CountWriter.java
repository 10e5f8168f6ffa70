package org.communityofpractice.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.communityofpractice.core.privacy.Count;

/**
 * Writes a published count as the report's schema has it ({@code $defs/count}): {@code exactly} or
 * {@code fewerThan} when it applies, then {@code withheld}, always. The count is the privacy view's
 * own type, which keeps Jackson out of its package, so its JSON form is written here by hand.
 */
final class CountWriter extends JsonSerializer<Count> {
  @Override
  public Class<Count> handledType() {
    return Count.class;
  }

  @Override
  public void serialize(Count count, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    json.writeStartObject(count);
    switch (count.suppression()) {
      case SHOWN -> json.writeNumberField("exactly", count.value().getAsInt());
      case FEWER_THAN_THRESHOLD -> json.writeNumberField("fewerThan", count.threshold());
      case WITHHELD -> {
        // neither a number nor a threshold: only that it is withheld
      }
    }
    json.writeBooleanField("withheld", count.suppression() == Count.Suppression.WITHHELD);
    json.writeEndObject();
  }
}
