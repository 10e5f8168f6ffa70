package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LifeCycleEntry;
import org.communityofpractice.core.community.LifeCycleStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop life-cycle STORE [STAGE] [--on DATE]}: where the community is in its life cycle. With
 * a stage it records that the community entered it (today unless {@code --on} says otherwise, never
 * a day still to come); without one it shows the history.
 */
@Command(
    name = "life-cycle",
    mixinStandardHelpOptions = true,
    description = {
      "Where the community is in its life cycle (forming, storming, norming, performing, adjourning).",
      "With STAGE, record that the community entered it; without, show each stage it has been through.",
      "The impact report shows the stage and this history."
    })
final class LifeCycleCommand extends CopCommand {
  @Parameters(
      index = "0",
      paramLabel = "STORE",
      description = "a community's folder in an archive store, or the store cop init made")
  Path store;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "STAGE",
      description = "the stage entered: forming, storming, norming, performing or adjourning")
  String stage;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "the day it was entered, such as 2017-05-04 (default: today)")
  LocalDate on;

  @Override
  int run() {
    Archives.InStore in = Archives.inStore(store);
    Community community = in.community();
    if (stage == null) {
      if (on != null) {
        throw UserError.usage(ToolText.says("lifeCycle.onNeedsStage", on.toString()));
      }
      community.lifeCycleHistory().forEach(e -> out().println(line(e, words())));
      return Cop.OK;
    }
    LifeCycleStage entered =
        Words.parse(LifeCycleStage.class, stage)
            .orElseThrow(
                () ->
                    UserError.usage(
                        ToolText.says("lifeCycle.stage", Words.all(LifeCycleStage.class))));
    LocalDate today = LocalDate.now(InitCommand.zoneOf(in.store().root()));
    LocalDate day = on != null ? on : today;
    if (day.isAfter(today)) {
      throw UserError.usage(ToolText.says("lifeCycle.future", day.toString()));
    }
    if (entered == community.lifeCycleStage()) {
      throw UserError.usage(ToolText.says("lifeCycle.already", Words.of(entered)));
    }
    Community changed = Records.build(() -> community.enteringStage(entered, day));
    out().println(words().format("lifeCycle.entered", Words.of(entered), day.toString()));
    Records.save(in, changed, out(), words());
    return Cop.OK;
  }

  private static String line(LifeCycleEntry e, ToolText words) {
    return Words.of(e.stage())
        + "  "
        + e.enteredOn().map(LocalDate::toString).orElse(words.get("lifeCycle.noDate"));
  }
}
