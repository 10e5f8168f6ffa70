package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --help} in Welsh: every command's description and every option's and parameter's, word for
 * word in the help bundle, for each command the tool has.
 */
class HelpInWelshTest {
  /** What a description holds that is not prose: options, picocli's variables and numbers. */
  private static final Pattern CODE = Pattern.compile("--[a-z][a-z-]*|\\$\\{[A-Z-]+}|\\d+");

  private static Map<String, CommandLine> commands(String... args) {
    Map<String, CommandLine> all = new LinkedHashMap<>();
    collect(Cop.commandLine(new Cop(InputStream.nullInputStream()), args), all);
    return all;
  }

  private static void collect(CommandLine cli, Map<String, CommandLine> into) {
    into.put(cli.getCommandSpec().qualifiedName("."), cli);
    cli.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  /** Each text of a command's help, by what it describes. */
  private static Map<String, String> texts(CommandSpec spec) {
    Map<String, String> texts = new LinkedHashMap<>();
    String command = spec.qualifiedName(".");
    texts.put(command, String.join(" ", spec.usageMessage().description()));
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        texts.put(command + " " + o.longestName(), String.join(" ", o.description()));
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        texts.put(command + " " + p.paramLabel(), String.join(" ", p.description()));
      }
    }
    return texts;
  }

  @Test
  void everyCommandOptionAndParameterIsDescribedInWelsh() {
    Map<String, CommandLine> english = commands();
    Map<String, CommandLine> welsh = commands("--language", "cy");
    assertThat(welsh.keySet()).isEqualTo(english.keySet());
    List<String> untranslated = new ArrayList<>();
    for (String command : english.keySet()) {
      Map<String, String> en = texts(english.get(command).getCommandSpec());
      Map<String, String> cy = texts(welsh.get(command).getCommandSpec());
      en.forEach(
          (what, text) -> {
            String translation = cy.get(what);
            if (text.isBlank()) {
              return;
            }
            if (translation.equals(text)) {
              untranslated.add(what + ": " + text);
            } else if (!codes(translation).containsAll(codes(text))) {
              untranslated.add(what + " lost " + codes(text) + ": " + translation);
            }
          });
    }
    assertThat(untranslated).as("help texts with no Welsh, or a Welsh that lost a code").isEmpty();
  }

  private static Set<String> codes(String text) {
    Set<String> codes = new LinkedHashSet<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      codes.add(m.group());
    }
    return codes;
  }

  @Test
  void theHeadingsFooterAndExitCodesAreInWelsh() {
    CopRun welsh = CopRun.of("--help", "--language", "cy");
    assertThat(welsh.out())
        .contains("Defnydd: cop", "Gorchmynion:", "Dechreuwch yma:", "Codau gadael:")
        .contains("cop <gorchymyn> --help", "gwall defnydd")
        .doesNotContain("Usage:", "Commands:", "Start here:", "Exit codes:", "usage error");
  }

  @Test
  void aCommandsHelpFollowsLanguageWhereverItIsTyped() {
    String english = CopRun.of("render", "--help").out();
    assertThat(english).contains("Write the report of a session or a series in one format.");
    for (String[] args :
        List.of(
            new String[] {"render", "--help", "--language", "cy"},
            new String[] {"render", "--language=cy", "--help"},
            new String[] {"render", "--language", "CY", "--help"})) {
      CopRun welsh = CopRun.of(args);
      assertThat(welsh.out())
          .as("%s", String.join(" ", args))
          .contains(
              "Ysgrifennu adroddiad sesiwn neu gyfres mewn un fformat.", "fformat yr adroddiad")
          .doesNotContain("Write the report", "the report format");
    }
  }

  @Test
  void everyKeyOfTheWelshHelpIsOneTheHelpReads() {
    ResourceBundle bundle = ToolText.help(Language.CY).orElseThrow();
    Set<String> read = new LinkedHashSet<>();
    for (CommandLine cli : commands().values()) {
      CommandSpec spec = cli.getCommandSpec();
      String command = spec.qualifiedName(".");
      read.add(command + ".usage.description");
      for (ArgSpec arg : spec.args()) {
        String key =
            !arg.descriptionKey().isEmpty()
                ? arg.descriptionKey()
                : arg instanceof OptionSpec o
                    ? o.longestName().replaceFirst("^-+", "")
                    : arg.paramLabel() + "[" + ((PositionalParamSpec) arg).index() + "]";
        read.add(command + "." + key);
      }
    }
    List<String> stale = new ArrayList<>();
    for (String key : bundle.keySet()) {
      String base = key.replaceFirst("\\.\\d+$", "");
      boolean used =
          base.startsWith("usage.")
              || base.matches(
                  "cop\\.usage\\.(footer|footerHeading|exitCodeList|exitCodeListHeading)")
              || read.contains(base)
              || read.stream().anyMatch(k -> k.endsWith("." + base));
      if (!used) {
        stale.add(key);
      }
    }
    assertThat(stale).as("keys no command reads").isEmpty();
  }
}
