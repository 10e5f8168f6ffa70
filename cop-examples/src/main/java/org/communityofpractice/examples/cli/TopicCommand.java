package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cop topic add} and {@code cop series add}: what the community explores, and the series it
 * explores it in.
 */
@Command(
    name = "topic",
    mixinStandardHelpOptions = true,
    description =
        "The community's topics: add one, with the perspectives that should be in the room.",
    subcommands = {TopicCommand.Add.class})
final class TopicCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.topic"));
  }

  /** {@code cop topic add STORE --id ID --title TITLE [--needs LIST]}. */
  @Command(
      name = "add",
      description =
          "Add a topic, such as prison release, and who should be in the room to explore it.")
  static final class Add extends CopCommand {
    @Parameters(
        paramLabel = "STORE",
        description = "a community's folder in an archive store, or the store cop init made")
    Path store;

    @Option(
        names = "--id",
        paramLabel = "ID",
        required = true,
        description = "the topic's id, such as prison-release")
    String id;

    @Option(
        names = "--title",
        paramLabel = "TITLE",
        required = true,
        description = "the topic's title, such as \"Prison release\"")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "what it is about")
    String description;

    @Option(
        names = "--needs",
        paramLabel = "LIST",
        description =
            "the perspectives that should be in the room (\"Who should be here?\"), separated by ';', such as expert-by-experience;frontline-practitioner")
    String needs;

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      Community community = in.community();
      TopicId topic = Ids.topic(id);
      if (community.topic(topic).isPresent()) {
        throw UserError.usage(ToolText.says("topic.taken", topic.value()));
      }
      List<Perspective> needed = new ArrayList<>();
      if (needs != null) {
        for (String p : needs.split("[;,]")) {
          needed.add(
              Words.parse(Perspective.class, p)
                  .orElseThrow(
                      () ->
                          UserError.usage(
                              ToolText.says("topic.needs", Words.all(Perspective.class)))));
        }
      }
      Topic.Builder b = Topic.builder().id(topic).title(title).neededPerspectives(needed);
      if (description != null) {
        b.description(description);
      }
      Topic added = Records.build(b::build);
      out().println(words().format("topic.added", topic.value()));
      Records.save(
          in, Records.build(Community.builder().from(community).addTopics(added)), out(), words());
      return Cop.OK;
    }
  }

  /** {@code cop series}: the series a topic is explored in. */
  @Command(
      name = "series",
      mixinStandardHelpOptions = true,
      description =
          "The series of sessions a topic is explored over: add one, and the decision makers its findings go to.",
      subcommands = {SeriesAdd.class, DecisionMakerCommand.class})
  static final class SeriesGroup implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new SaidParameterException(spec.commandLine(), ToolText.says("group.series"));
    }
  }

  /** {@code cop series add STORE --id ID --topic ID --title TITLE}. */
  @Command(name = "add", description = "Add a series of sessions exploring one topic.")
  static final class SeriesAdd extends CopCommand {
    @Parameters(
        paramLabel = "STORE",
        description = "a community's folder in an archive store, or the store cop init made")
    Path store;

    @Option(
        names = "--id",
        paramLabel = "ID",
        required = true,
        description = "the series' id, such as prison-release-2016")
    String id;

    @Option(
        names = "--topic",
        paramLabel = "ID",
        required = true,
        description = "the topic it explores")
    String topic;

    @Option(
        names = "--title",
        paramLabel = "TITLE",
        required = true,
        description = "the series' title")
    String title;

    @Option(
        names = "--introduction",
        paramLabel = "TEXT",
        description = "the chair's introduction, for the series report")
    String introduction;

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      Community community = in.community();
      SeriesId series = Ids.series(id);
      TopicId about = Ids.topic(topic);
      if (community.series(series).isPresent()) {
        throw UserError.usage(ToolText.says("series.taken", series.value()));
      }
      if (community.topic(about).isEmpty()) {
        throw UserError.usage(ToolText.says("series.noTopic", about.value()));
      }
      Series.Builder b = Series.builder().id(series).topic(about).title(title);
      if (introduction != null) {
        b.introduction(introduction);
      }
      Series added = Records.build(b::build);
      out().println(words().format("series.added", series.value(), about.value()));
      Records.save(
          in, Records.build(Community.builder().from(community).addSeries(added)), out(), words());
      return Cop.OK;
    }
  }
}
