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
import org.communityofpractice.core.validation.InvalidValueException;

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

  private static final String[] RUNNING_ORDER = {"id", "name", "stages"};

  static RunningOrder runningOrder(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String id = null;
    String name = null;
    List<Stage> stages = null;
    for (int f; (f = in.nextField(RUNNING_ORDER)) >= 0; ) {
      String field = RUNNING_ORDER[f];
      switch (f) {
        case 0 -> id = in.value(field).string();
        case 1 -> name = in.value(field).string();
        default -> stages = stages(in.value(field));
      }
    }
    in.require(id, "id");
    in.require(name, "name");
    in.require(stages, "stages");
    try {
      return RunningOrder.builder().id(id).name(name).stages(stages).build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<Stage> stages(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Stage> stages = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(stages.size())) != null; ) {
      stages.add(stage(e));
    }
    return stages;
  }

  static JsonNode stage(Stage stage) {
    ObjectNode o = object();
    o.set("key", text(stage.key()));
    o.set("title", text(stage.title()));
    o.set("prompts", array(stage.prompts(), JsonOut::text));
    o.set("core", NODES.booleanNode(stage.core()));
    return o;
  }

  private static final String[] STAGE = {"key", "title", "prompts", "core"};

  static Stage stage(JsonIn in) throws ArchiveFormatException {
    in.fields();
    StageKey key = null;
    String title = null;
    List<String> prompts = null;
    Boolean core = null;
    for (int f; (f = in.nextField(STAGE)) >= 0; ) {
      String field = STAGE[f];
      switch (f) {
        case 0 -> key = stageKey(in.value(field));
        case 1 -> title = in.value(field).string();
        case 2 -> prompts = in.value(field).strings();
        default -> core = in.value(field).bool();
      }
    }
    in.require(key, "key");
    in.require(title, "title");
    in.require(prompts, "prompts");
    in.require(core, "core");
    try {
      return new Stage(key, title, prompts, core);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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
    RunningOrder order = in.refs().runningOrder(id);
    if (order == null) {
      throw in.dangling(
          "must name one of the guide's templates or one of the community's running orders", id);
    }
    return order;
  }
}
