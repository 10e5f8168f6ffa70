package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.examples.GuideExample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error paths of every {@code cop} command that reads people, run on an archive whose every
 * personal field — names, emails, phones, roles, places, organisations, ids that look like names,
 * and what people said, presented and agreed — holds a canary, and with canaries typed where ids,
 * constants and columns are expected: no canary ever reaches standard out or standard error. (What
 * a command is meant to show the operator on success, such as {@code subject find}, is not an error
 * path.)
 */
class ErrorsEchoNoPersonalDataTest {
  /** Every canary holds this word, and nothing else printed does. */
  private static final String CANARY = "canary";

  /** Every phone number begins so. */
  private static final String PHONE = "07700 900";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  Path store;
  Path file;
  String json;
  String held;

  @BeforeEach
  void canaryArchive() throws IOException {
    ObjectNode root =
        (ObjectNode) MAPPER.readTree(ArchiveJson.create().write(GuideExample.community()));
    ArrayNode people = (ArrayNode) root.path("register").path("people");
    String text = root.toString();
    for (int i = 0; i < people.size(); i++) {
      ObjectNode p = (ObjectNode) people.get(i);
      String letter = String.valueOf((char) ('a' + i));
      text = text.replace("\"" + p.get("id").asText() + "\"", "\"zelda.canarywood" + letter + "\"");
    }
    root = (ObjectNode) MAPPER.readTree(text);
    people = (ArrayNode) root.path("register").path("people");
    for (int i = 0; i < people.size(); i++) {
      ObjectNode p = (ObjectNode) people.get(i);
      String letter = String.valueOf((char) ('a' + i));
      p.put("name", "Zelda Canarywood" + letter.toUpperCase(Locale.ROOT));
      ObjectNode contact = p.putObject("contact");
      contact.put("email", "zelda.canary" + letter + "@example.org");
      contact.put("phone", PHONE + (100 + i));
      p.put("role", "Canary keeper");
      p.put("place", "Canary Wharf");
      p.put("organisation", "Canary Trust " + letter);
    }
    each(root.path("sessions"), this::canaryTexts);
    text = root.toString();
    json = text;
    Community community = ArchiveJson.create().read(json);
    Path stores = Files.createDirectories(dir.resolve("store"));
    FileArchiveStore files = FileArchiveStore.builder(stores).build();
    files.save(community, ArchiveVersion.NONE);
    store = files.folderOf(community.id());
    file = dir.resolve("archive.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    held = "zelda.canarywooda";
  }

  /** Every text said, presented, hoped or agreed in a session gets a canary. */
  private void canaryTexts(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if ((field.getKey().equals("text") || field.getKey().equals("title"))
            && field.getValue().isTextual()) {
          field.setValue(new TextNode("Canary said " + field.getValue().asText()));
        } else {
          canaryTexts(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(this::canaryTexts);
    }
  }

  private static void each(JsonNode array, Consumer<JsonNode> action) {
    array.forEach(action);
  }

  /** The archive file with one change made to its JSON tree. */
  private Path changed(String name, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    change.accept(root);
    Path changed = dir.resolve(name + ".json");
    Files.writeString(changed, root.toString(), StandardCharsets.UTF_8);
    return changed;
  }

  private static ObjectNode person(ObjectNode root, int i) {
    return (ObjectNode) root.path("register").path("people").get(i);
  }

  private final List<String> leaks = new ArrayList<>();

  /** Runs a command that must fail, and notes it when anything it printed holds a canary. */
  private void fails(String... args) {
    CopRun run = CopRun.of(args);
    assertThat(run.exitCode()).as("%s: %s", String.join(" ", args), run).isNotZero();
    String printed = (run.out() + run.err()).toLowerCase(Locale.ROOT);
    if (printed.contains(CANARY) || printed.contains(PHONE)) {
      leaks.add(String.join(" ", args) + "\n" + run);
    }
  }

  @Test
  void theArchiveItselfIsValidSoEveryFailureBelowIsTheOneMadeForIt() {
    CopRun run = CopRun.of("validate", file.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(dir.toString().toLowerCase(Locale.ROOT)).doesNotContain(CANARY);
  }

  @Test
  void readerAndValidationErrorsNameTheFieldNeverThePersonalValue() throws IOException {
    fails(
        "validate",
        changed(
                "email",
                r ->
                    person(r, 0).withObjectProperty("contact").put("email", "zelda canary at home"))
            .toString());
    fails(
        "validate",
        changed(
                "phone",
                r -> person(r, 0).withObjectProperty("contact").put("phone", "canary 07700"))
            .toString());
    fails(
        "validate",
        changed("perspective", r -> person(r, 1).putArray("perspectives").add("Zelda Canarywood"))
            .toString());
    fails(
        "validate", changed("sector", r -> person(r, 1).put("sector", "Canary Sector")).toString());
    fails(
        "validate",
        changed("lived", r -> person(r, 1).putArray("livedExperience").add("zelda canarywood"))
            .toString());
    fails(
        "validate",
        changed("personid", r -> person(r, 2).put("id", "Zelda Canarywood")).toString());
    fails(
        "validate",
        changed("duplicate", r -> person(r, 2).put("id", "zelda.canarywooda")).toString());
    fails(
        "validate",
        changed(
                "attendee",
                r ->
                    ((ArrayNode) r.path("sessions").get(0).path("attendees"))
                        .add("zelda.canarymissing"))
            .toString());
    fails(
        "validate",
        changed(
                "consent",
                r ->
                    ((ObjectNode) r.path("consent").path("events").get(0).path("terms"))
                        .put("person", "zelda.canarymissing"))
            .toString());
    fails(
        "validate",
        changed(
                "method",
                r ->
                    ((ObjectNode) r.path("consent").path("events").get(0).path("terms"))
                        .put("method", "told Zelda Canarywood"))
            .toString());
    fails(
        "validate",
        changed("name", r -> person(r, 0).put("name", "Zelda Canarywood\u0000" + "x".repeat(300)))
            .toString());
    fails(
        "validate",
        changed("wrongtype", r -> person(r, 0).putArray("name").add("Zelda Canarywood"))
            .toString());
    assertThat(leaks).as("commands whose output held a canary").isEmpty();
  }

  @Test
  void commandsAboutOnePersonNeverRepeatAPersonalIdOrNameTheyWereGiven() throws IOException {
    for (String person :
        new String[] {"Zelda Canarywood", "zelda.canarymissing", "zelda@canary.example.org"}) {
      fails(
          "subject",
          "export",
          store.toString(),
          "--person",
          person,
          "--out",
          dir.resolve("x").toString());
      fails(
          "subject",
          "erase",
          store.toString(),
          "--person",
          person,
          "--yes",
          "--by",
          "data protection lead");
      fails(
          "subject",
          "restrict",
          store.toString(),
          "--person",
          person,
          "--ground",
          "accuracy-contested",
          "--by",
          "data protection lead");
      fails(
          "subject",
          "rectify",
          store.toString(),
          "--person",
          person,
          "--by",
          "data protection lead",
          "--role",
          "Chair");
      fails(
          "consent",
          "grant",
          store.toString(),
          "--person",
          person,
          "--purpose",
          "named",
          "--notice",
          "2016-1",
          "--method",
          "verbal",
          "--by",
          "data protection lead");
      fails("capture", store.toString(), "--facilitator", person, "--topic", "prison-release");
    }
    fails(
        "subject",
        "rectify",
        store.toString(),
        "--person",
        held,
        "--by",
        "data protection lead",
        "--email",
        "zelda canary at home");
    fails(
        "subject",
        "rectify",
        store.toString(),
        "--person",
        held,
        "--by",
        "Zelda Canarywood, DPO 2");
    fails(
        "subject",
        "restrict",
        store.toString(),
        "--person",
        held,
        "--ground",
        "Zelda Canarywood",
        "--by",
        "data protection lead");
    fails("person", "add", store.toString(), "--id", held, "--name", "Zelda Canarywood");
    fails(
        "person",
        "add",
        store.toString(),
        "--name",
        "Zelda Canarywood",
        "--email",
        "zelda canary at home");
    fails(
        "person",
        "add",
        store.toString(),
        "--name",
        "Zelda Canarywood",
        "--sector",
        "Canary sector");
    fails(
        "person",
        "add",
        store.toString(),
        "--name",
        "Zelda Canarywood",
        "--perspectives",
        "Canary perspective");
    fails(
        "consent",
        "grant",
        store.toString(),
        "--person",
        held,
        "--purpose",
        "Zelda Canarywood",
        "--notice",
        "2016-1",
        "--method",
        "verbal",
        "--by",
        "data protection lead");
    fails(
        "consent",
        "grant",
        store.toString(),
        "--person",
        held,
        "--purpose",
        "named",
        "--notice",
        "2016-1",
        "--method",
        "told Zelda Canarywood",
        "--by",
        "data protection lead");
    fails("subject", "find", store.toString(), "--email", "zelda.canarymissing@example.org");
    assertThat(leaks).as("commands whose output held a canary").isEmpty();
  }

  @Test
  void captureSaysWhyAnArrivalWasNotRecordedWithoutTheIdOrNameTyped() {
    CopRun run =
        CopRun.withInput(
            String.join(
                "\n",
                "arrived zelda.canarymissing",
                "arrived Zelda Canarywood",
                "arrived zelda@canary.example.org",
                "pause",
                ""),
            "capture",
            store.toString(),
            "--session",
            "first",
            "--topic",
            "prison-release",
            "--facilitator",
            held,
            "--venue",
            "The hub",
            "--starts-at",
            "2017-04-06T10:00",
            "--zone",
            "Europe/London");
    assertThat(run.exitCode()).as("%s", run).isZero();
    // telling the chair who arrived is what capture is for; a refusal must not repeat what was
    // typed
    assertThat(run.out().lines().filter(l -> l.contains("not recorded")))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l.toLowerCase(Locale.ROOT)).doesNotContain(CANARY));
  }

  @Test
  void aSignInSheetsProblemsNameTheLineAndColumnNeverTheValue() throws IOException {
    Path noHeader = dir.resolve("no-header.csv");
    Files.writeString(noHeader, "Zelda Canarywood,zelda.canary@example.org,yes,2016-1\n");
    fails(
        "people", "import", store.toString(), noHeader.toString(), "--by", "data protection lead");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "id,name,email,phone,perspectives,sector,joined,communications,notice",
            "zelda.canarywooda,Zelda Canarywood,zelda.canary@example.org,,,,,yes,2016-1",
            ",Zelda Canarywood,zelda canary at home,,,,,,",
            ",Zelda Canarywood,,canary phone,,,,,",
            ",Zelda Canarywood,,,Canary perspective,Canary sector,canary day,Zelda Canarywood,",
            ",Zelda Canarywood,zelda.canarya@example.org,,,,,,",
            "Zelda Canarywood,,,,,,,,",
            ""));
    fails("people", "import", store.toString(), bad.toString(), "--by", "data protection lead");
    assertThat(leaks).as("commands whose output held a canary").isEmpty();
  }

  @Test
  void wordsTypedWhereACommandOrOptionBelongsAreNotRepeated() {
    fails("Zelda Canarywood");
    fails("validate", file.toString(), "Zelda Canarywood");
    fails("validate", "--email=Zelda Canarywood", file.toString());
    fails("subject", "export", store.toString(), "--person");
    fails("action", "done", store.toString(), "--action", "Zelda Canarywood");
    fails(
        "render",
        store.toString(),
        "--session",
        "prison-release-2",
        "--format",
        "Zelda Canarywood");
    fails("subject", "zelda.canarywood");
    fails("analyse", file.toString(), "--table", "Zelda Canarywood");
    assertThat(leaks).as("commands whose output held a canary").isEmpty();
  }
}
