package org.communityofpractice.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.validation.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cop init STORE --name NAME --place PLACE}: a new community in a new archive store. At a
 * terminal it asks for what was not given; otherwise what is missing is a usage error.
 */
@Command(
    name = "init",
    description =
        "Start a new community in a new archive store folder, with its name, place and time zone."
            + " At a terminal it asks for what was not given.")
final class InitCommand extends CopCommand {
  /** The file beside the community's folder that keeps the community's time zone. */
  static final String SETTINGS = "cop.properties";

  /**
   * cop's own default time zone (the guide gives none): the zone of Stoke-on-Trent, where the
   * guide's community meets.
   */
  static final String DEFAULT_ZONE = "Europe/London";

  @ParentCommand Cop cop;

  @Parameters(
      paramLabel = "STORE",
      description = "the folder of the new store; must not exist yet, or be empty")
  Path store;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "the community's name, such as @SoTCoP")
  String name;

  @Option(
      names = "--place",
      paramLabel = "PLACE",
      description = "where it meets, such as Stoke-on-Trent")
  String place;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "the community's time zone, used for session times (default: "
              + DEFAULT_ZONE
              + ", cop's own default)")
  String zone;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "the community's id (default: made from the name, such as sotcop)")
  String id;

  @Override
  int run() throws IOException {
    if (Files.exists(store) && (!Files.isDirectory(store) || !isEmpty(store))) {
      throw UserError.usage(ToolText.says("init.exists", String.valueOf(store)));
    }
    BufferedReader terminal =
        !cop.atTerminal()
            ? null
            : new BufferedReader(new InputStreamReader(cop.in(), StandardCharsets.UTF_8));
    name = given(name, "--name", words().get("init.ask.name"), terminal);
    place = given(place, "--place", words().get("init.ask.place"), terminal);
    if (zone == null && terminal != null) {
      zone = ask(terminal, words().format("init.ask.zone", DEFAULT_ZONE));
    }
    ZoneId timeZone;
    try {
      timeZone = ZoneId.of(zone == null || zone.isBlank() ? DEFAULT_ZONE : zone.strip());
    } catch (DateTimeException e) {
      throw UserError.usage(ToolText.says("init.zone"));
    }
    CommunityId communityId = communityId();
    Community community =
        Records.build(Community.builder().id(communityId).name(name.strip()).place(place.strip()));

    FileArchiveStore files = FileArchiveStore.builder(store).build();
    ArchiveVersion version = files.save(community, ArchiveVersion.NONE);
    Properties settings = new Properties();
    settings.setProperty("zone", timeZone.getId());
    try (var w = Files.newBufferedWriter(store.resolve(SETTINGS), StandardCharsets.UTF_8)) {
      settings.store(w, "cop: this store's settings");
    }
    out()
        .println(
            words()
                .format(
                    "init.created",
                    community.name(),
                    communityId.value(),
                    String.valueOf(store),
                    timeZone.getId()));
    out()
        .println(
            "  "
                + words()
                    .format(
                        "records.saved", String.valueOf(files.archiveFile(communityId, version))));
    out().println(words().get("init.next"));
    out().println("  cop people import " + store + " sign-in.csv --by facilitator");
    out().println("  " + words().format("init.next.topic", String.valueOf(store)));
    out().println("  cop capture " + store);
    return Cop.OK;
  }

  /** The community's time zone kept in {@code STORE/cop.properties}, or cop's default. */
  static ZoneId zoneOf(Path storeRoot) {
    Path file = storeRoot.resolve(SETTINGS);
    if (Files.isRegularFile(file)) {
      Properties settings = new Properties();
      try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        settings.load(r);
        return ZoneId.of(settings.getProperty("zone", DEFAULT_ZONE));
      } catch (IOException | DateTimeException e) {
        throw UserError.invalid(ToolText.says("init.settings", String.valueOf(file)));
      }
    }
    return ZoneId.of(DEFAULT_ZONE);
  }

  private CommunityId communityId() {
    String text =
        id != null
            ? id
            : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    try {
      return CommunityId.of(text);
    } catch (InvalidValueException e) {
      throw UserError.usage(ToolText.says("init.noId"));
    }
  }

  private String given(String value, String option, String question, BufferedReader terminal)
      throws IOException {
    if (value == null && terminal != null) {
      value = ask(terminal, question);
    }
    if (value == null || value.isBlank()) {
      throw UserError.usage(ToolText.says("init.give", option));
    }
    return value;
  }

  private String ask(BufferedReader terminal, String question) throws IOException {
    out().print(question + ": ");
    out().flush();
    return terminal.readLine();
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty();
    }
  }
}
