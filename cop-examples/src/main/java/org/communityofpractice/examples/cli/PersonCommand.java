package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Tombstone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cop person}: one person in the member register. */
@Command(
    name = "person",
    mixinStandardHelpOptions = true,
    description =
        "One person in the member register: add them. Record their consent with 'cop consent grant'.",
    subcommands = {PersonCommand.Add.class})
final class PersonCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.person"));
  }

  /**
   * The fields of a register entry, as options; shared by {@code person add} and {@code subject
   * rectify}.
   */
  static final class Fields {
    @Option(names = "--name", paramLabel = "NAME", description = "the name they wish to be called")
    String name;

    @Option(names = "--email", paramLabel = "EMAIL", description = "their email address")
    String email;

    @Option(names = "--phone", paramLabel = "PHONE", description = "their phone number")
    String phone;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        description = "their role, such as Housing Manager")
    String role;

    @Option(
        names = "--place",
        paramLabel = "PLACE",
        description = "the place of their role, such as Stoke-on-Trent")
    String place;

    @Option(names = "--organisation", paramLabel = "ORG", description = "their organisation")
    String organisation;

    @Option(
        names = "--perspectives",
        paramLabel = "LIST",
        description =
            "their perspectives, separated by ';', such as frontline-practitioner;manager")
    String perspectives;

    @Option(
        names = "--sector",
        paramLabel = "SECTOR",
        description = "statutory, voluntary, community, commissioned or independent")
    String sector;

    Map<String, String> asMap() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("email", email);
      m.put("phone", phone);
      m.put("role", role);
      m.put("place", place);
      m.put("organisation", organisation);
      m.put("perspectives", perspectives);
      m.put("sector", sector);
      return m;
    }

    /**
     * The person these fields make, from {@code base} when correcting; problems become invalid
     * data.
     */
    Person person(PersonId id, Person base) {
      List<PersonFields.Problem> problems = new ArrayList<>();
      Person person = PersonFields.person(id, asMap(), base, problems);
      if (person == null) {
        PersonFields.Problem first = problems.get(0);
        throw UserError.usage(ToolText.says("person.invalid", first.field(), first.message()));
      }
      return person;
    }
  }

  /** {@code cop person add STORE --id ID --name NAME …}. */
  @Command(
      name = "add",
      description = "Add one person to the register, such as someone who joined between sessions.")
  static final class Add extends CopCommand {
    @Parameters(
        paramLabel = "STORE",
        description = "a community's folder in an archive store, or the store cop init made")
    Path store;

    @Option(
        names = "--id",
        paramLabel = "ID",
        required = true,
        description = "their id, such as p-78nxwtq19mz6 (never their name)")
    String id;

    @picocli.CommandLine.Mixin Fields fields;

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      Community community = in.community();
      PersonId person = Ids.person(id, "--id");
      if (community.register().holds(person)
          || community.register().tombstones().stream()
              .map(Tombstone::id)
              .anyMatch(person::equals)) {
        throw UserError.usage(ToolText.says("person.taken", Ids.says(person)));
      }
      if (fields.name == null) {
        throw UserError.usage(ToolText.says("person.giveName"));
      }
      Person added = fields.person(person, null);
      Community changed =
          Records.build(
              Community.builder()
                  .from(community)
                  .register(
                      MemberRegister.builder()
                          .from(community.register())
                          .addPerson(added)
                          .build()));
      out()
          .println(
              words()
                  .format(
                      "person.added",
                      words().say(Ids.says(person)),
                      String.valueOf(store),
                      person.value()));
      Records.save(in, changed, out(), words());
      return Cop.OK;
    }
  }
}
