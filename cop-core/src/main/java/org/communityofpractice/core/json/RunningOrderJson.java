package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;

/**
 * Running orders. A community's own are written in full; a session names its running order by id,
 * which must be one of the guide's templates or of the community's own.
 */
final class RunningOrderJson {
  private RunningOrderJson() {}

  static JsonNode runningOrder(RunningOrder order) {
    ObjectNode o = object();
    o.set("id", text(order.id()));
    o.set("name", text(order.name()));
    o.set("stages", array(order.stages(), RunningOrderJson::stage));
    return o;
  }

  static RunningOrder runningOrder(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "name", "stages");
    var id = o.required("id", JsonIn::string);
    var name = o.required("name", JsonIn::string);
    var stages = o.list("stages", RunningOrderJson::stage);
    o.read();
    return in.build(
        () -> RunningOrder.builder().id(id.get()).name(name.get()).stages(stages.get()).build());
  }

  static JsonNode stage(Stage stage) {
    ObjectNode o = object();
    o.set("key", text(stage.key()));
    o.set("title", text(stage.title()));
    o.set("prompts", array(stage.prompts(), JsonOut::text));
    o.set("core", NODES.booleanNode(stage.core()));
    return o;
  }

  static Stage stage(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("key", "title", "prompts", "core");
    var key = o.required("key", RunningOrderJson::stageKey);
    var title = o.required("title", JsonIn::string);
    var prompts = o.list("prompts", JsonIn::string);
    var core = o.required("core", JsonIn::bool);
    o.read();
    return in.build(() -> new Stage(key.get(), title.get(), prompts.get(), core.get()));
  }

  /** An array of stage keys, each as {@link #stageKey} reads it. */
  static List<StageKey> stageKeys(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<StageKey> keys = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(keys.size())) != null; ) {
      keys.add(stageKey(e));
    }
    return keys;
  }

  static StageKey stageKey(JsonIn in) throws ArchiveFormatException {
    return in.madeOnce(in.refs().stageKeys, StageKey::of);
  }

  /** A session's running order, named by id. */
  static RunningOrder runningOrderRef(JsonIn in) throws ArchiveFormatException {
    String id = in.string();
    return in.refs()
        .runningOrder(id)
        .orElseThrow(
            () ->
                in.dangling(
                    "must name one of the guide's templates or one of the community's running orders",
                    id));
  }
}
