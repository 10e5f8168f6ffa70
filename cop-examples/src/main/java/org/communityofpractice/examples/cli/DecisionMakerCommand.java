package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.topic.DecisionMaker;
import org.communityofpractice.core.topic.Organisation;
import org.communityofpractice.core.topic.OrganisationId;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.validation.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cop series decision-maker add|remove}: who a series' findings go to — a person in the
 * register, or an organisation at its generic address.
 */
@Command(
    name = "decision-maker",
    mixinStandardHelpOptions = true,
    description =
        "The influencers, groups and Boards a series' findings go to ('cop send --series ID"
            + " --decision-makers'): add or remove one.",
    subcommands = {DecisionMakerCommand.Add.class, DecisionMakerCommand.Remove.class})
final class DecisionMakerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.decisionMaker"));
  }

  /**
   * A series in a store, and exactly one of a person or an organisation, checked by {@link
   * #exactlyOne}.
   */
  abstract static class Who extends CopCommand {
    @Parameters(
        paramLabel = "STORE",
        description = "a community's folder in an archive store, or the store cop init made")
    Path store;

    @Option(names = "--series", paramLabel = "ID", required = true, description = "the series")
    String series;

    @Option(
        names = "--person",
        paramLabel = "ID",
        description =
            "a person in the register; they receive the findings only with their own consent"
                + " (cop consent grant --purpose decision-maker-communications)")
    String person;

    @Option(
        names = "--organisation",
        paramLabel = "ID",
        description =
            "an organisation, such as safeguarding-board, written to at its generic address; kept with the"
                + " series, not in the register (not personal data, so no consent is asked)")
    String organisation;

    void exactlyOne() {
      if ((person == null) == (organisation == null)) {
        throw UserError.usage(ToolText.says("decisionMaker.exactlyOne"));
      }
    }
  }

  /**
   * {@code cop series decision-maker add STORE --series ID (--person ID | --organisation ID --name
   * NAME --address EMAIL) --kind KIND}.
   */
  @Command(name = "add", description = "Add a decision maker the series' findings go to.")
  static final class Add extends Who {

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description =
            "with --organisation: its name, such as \"Example Safeguarding Adults Board\"")
    String name;

    @Option(
        names = "--address",
        paramLabel = "EMAIL",
        description =
            "with --organisation: its generic address, such as board@council.example.org (never a person's own)")
    String address;

    @Option(
        names = "--kind",
        paramLabel = "KIND",
        required = true,
        description = "influencer, group or board")
    String kind;

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      exactlyOne();
      Community community = in.community();
      Series held = series(community, series);
      DecisionMaker.Kind k =
          Words.parse(DecisionMaker.Kind.class, kind)
              .orElseThrow(
                  () ->
                      UserError.usage(
                          ToolText.says(
                              "decisionMaker.kind", Words.all(DecisionMaker.Kind.class))));
      DecisionMaker added;
      if (person != null) {
        if (name != null || address != null) {
          throw UserError.usage(ToolText.says("decisionMaker.personHasNoAddress"));
        }
        added = DecisionMaker.of(Records.held(community, store, person), k);
      } else {
        if (name == null || address == null) {
          throw UserError.usage(ToolText.says("decisionMaker.organisationNeedsAddress"));
        }
        OrganisationId id = organisation(organisation);
        try {
          added = Organisation.of(id, name, address, k);
        } catch (InvalidValueException e) {
          throw UserError.usage(ToolText.core(e::messageIn));
        }
      }
      if (held.decisionMakers().stream().anyMatch(d -> d.recipient().equals(added.recipient()))) {
        throw UserError.usage(
            ToolText.says("decisionMaker.already", shown(added.recipient()), held.id().value()));
      }
      Series changed =
          Records.build(() -> Series.builder().from(held).addDecisionMakers(added).build());
      out()
          .println(
              words()
                  .say(
                      ToolText.says(
                          "decisionMaker.added", shown(added.recipient()), held.id().value())));
      Records.save(in, Records.build(() -> community.withSeries(changed)), out(), words());
      return Cop.OK;
    }
  }

  /**
   * {@code cop series decision-maker remove STORE --series ID (--person ID | --organisation ID)}.
   */
  @Command(
      name = "remove",
      description =
          "Take a decision maker off the series, such as an organisation that asked to hear no more; the"
              + " follow-ups owed to them go too.")
  static final class Remove extends Who {

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      exactlyOne();
      Community community = in.community();
      Series held = series(community, series);
      RecipientId gone =
          person != null
              ? RecipientId.of(Ids.person(person))
              : RecipientId.of(organisation(organisation));
      List<DecisionMaker> kept = new ArrayList<>(held.decisionMakers());
      if (!kept.removeIf(d -> d.recipient().equals(gone))) {
        throw UserError.usage(
            ToolText.says("decisionMaker.notOne", shown(gone), held.id().value()));
      }
      Series changed =
          Records.build(
              () ->
                  Series.builder()
                      .from(held)
                      .decisionMakers(kept)
                      .followUps(
                          held.followUps().stream()
                              .filter(f -> !f.decisionMaker().equals(gone))
                              .toList())
                      .build());
      out()
          .println(
              words().say(ToolText.says("decisionMaker.removed", shown(gone), held.id().value())));
      Records.save(in, Records.build(() -> community.withSeries(changed)), out(), words());
      return Cop.OK;
    }
  }

  private static Series series(Community community, String text) {
    SeriesId id = Ids.series(text);
    return community
        .series(id)
        .orElseThrow(() -> UserError.usage(ToolText.says("decisionMaker.noSeries", id.value())));
  }

  private static OrganisationId organisation(String text) {
    try {
      return OrganisationId.of(text);
    } catch (InvalidValueException e) {
      throw UserError.usage(ToolText.says("decisionMaker.organisationId"));
    }
  }

  /** A decision maker in a message; a person's id only as {@link Ids#shown} allows. */
  private static ToolText.Says shown(RecipientId r) {
    return r.kind() == RecipientId.Kind.PERSON
        ? ToolText.says("decisionMaker.person", Ids.says(Ids.person(r.value())))
        : ToolText.says("decisionMaker.organisation", r.value());
  }
}
