package org.communityofpractice.examples.cli;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code cop}: the command-line tool built on the SDK. A newcomer starts with {@code cop demo},
 * which writes the guide's example community as reports and as an archive the other commands read.
 *
 * <pre>{@code
 * int exit = new CommandLine(new Cop()).execute("demo", "--out", folder.resolve("cop-demo-out").toString());
 * // then: cop validate cop-demo-out/sotcop.json
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} ok; {@value #FINDINGS_OR_INVALID} findings (review warnings) or
 * invalid data; {@value #USAGE} a usage error (an unknown option, a missing file, an unknown id or
 * format). Errors are one line saying what to do, never a stack trace.
 */
@Command(
    name = Cop.NAME,
    addMethodSubcommands = false,
    versionProvider = Cop.Version.class,
    description =
        "Run Communities of Practice the way the Stoke-on-Trent guide describes:"
            + " archives, reports, review, analysis, live capture and circulation.",
    footerHeading = "%nStart here:%n",
    footer = {"  cop demo --out cop-demo-out", "  cop <command> --help"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:findings, or the archive holds invalid data",
      "2:usage error: an unknown option, a missing file, an unknown id or format"
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      ValidateCommand.class,
      RenderCommand.class,
      PublishCommand.class,
      ReviewCommand.class,
      AnalyseCommand.class,
      ExtractCommand.class,
      SubjectCommand.class,
      CaptureCommand.class,
      SendCommand.class,
      InitCommand.class,
      PeopleCommand.class,
      PersonCommand.class,
      ConsentCommand.class,
      TopicCommand.class,
      TopicCommand.SeriesGroup.class,
      ActionCommand.class,
      LifeCycleCommand.class,
      RetentionCommand.class,
      ServeCommand.class,
    })
public final class Cop implements Runnable {
  private static final String NO_CLOSURES = "picocli.disable.closures";
  private static final String LOGGING_PROVIDER = "slf4j.provider";
  private static final String LOGGING_VERBOSITY = "slf4j.internal.verbosity";
  private static final String SIMPLE_PROVIDER = "org.slf4j.simple.SimpleServiceProvider";
  private static final String LANGUAGE = "--language";
  private static final String COPS_OWN_LOGGING =
      "org.slf4j.simpleLogger.log.org.communityofpractice";

  /** The tool's name, as its help and errors say it. */
  static final String NAME = "cop";

  /** Everything went well. */
  public static final int OK = 0;

  /** Findings, or invalid data. */
  public static final int FINDINGS_OR_INVALID = 1;

  /** A usage error. */
  public static final int USAGE = 2;

  @Spec CommandSpec spec;

  // not picocli's usageHelp: that prints this help, exit 0, even after a word that is no command
  @Option(
      names = {"-h", "--help"},
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Print version information and exit.")
  boolean version;

  // read before parsing, by commandLine: here so that picocli takes it, and lists it
  @Option(
      names = "--language",
      paramLabel = "LANGUAGE",
      description =
          "the language of this help and of what the tool says: en (British English, the default)"
              + " or cy (Welsh)")
  String language;

  @Parameters(arity = "0..*", hidden = true)
  List<String> words = List.of();

  /**
   * Each command's class by the words that name it (its name and aliases), so that running one
   * command reads no other command's annotations; {@code CopTest} holds it to {@link
   * Command#subcommands()} above.
   */
  static final Map<String, Class<?>> COMMANDS =
      Map.ofEntries(
          Map.entry("demo", DemoCommand.class),
          Map.entry("validate", ValidateCommand.class),
          Map.entry("render", RenderCommand.class),
          Map.entry("publish", PublishCommand.class),
          Map.entry("review", ReviewCommand.class),
          Map.entry("analyse", AnalyseCommand.class),
          Map.entry("analyze", AnalyseCommand.class),
          Map.entry("extract", ExtractCommand.class),
          Map.entry("subject", SubjectCommand.class),
          Map.entry("capture", CaptureCommand.class),
          Map.entry("send", SendCommand.class),
          Map.entry("init", InitCommand.class),
          Map.entry("people", PeopleCommand.class),
          Map.entry("person", PersonCommand.class),
          Map.entry("consent", ConsentCommand.class),
          Map.entry("topic", TopicCommand.class),
          Map.entry("series", TopicCommand.SeriesGroup.class),
          Map.entry("action", ActionCommand.class),
          Map.entry("life-cycle", LifeCycleCommand.class),
          Map.entry("retention", RetentionCommand.class),
          Map.entry("serve", ServeCommand.class));

  private final InputStream in;
  private final boolean terminal;

  /** A tool reading answers (to confirmations and during capture) from standard in. */
  public Cop() {
    this(System.in, Terminal.isInteractive());
  }

  /**
   * A tool reading answers from {@code in}: a test, or another program, can drive {@code cop
   * capture} and confirm {@code cop subject erase} through it.
   *
   * @param in where answers come from, must not be {@literal null}
   */
  public Cop(InputStream in) {
    this(in, false);
  }

  /** A tool reading from {@code in}, which is someone at a terminal when {@code terminal}. */
  Cop(InputStream in, boolean terminal) {
    this.in = Objects.requireNonNull(in, "in");
    this.terminal = terminal;
  }

  /** Runs {@code cop} and exits with its exit code. */
  public static void main(String[] args) {
    // picocli looks for Groovy closures unless told not to: a class that is nowhere, so a search of
    // every jar in the distribution at every start
    if (System.getProperty(NO_CLOSURES) == null) {
      System.setProperty(NO_CLOSURES, "true");
    }
    namedLoggingProvider();
    if (namedCommand(args) == ServeCommand.class && System.getProperty(COPS_OWN_LOGGING) == null) {
      // a server's log is read by whoever runs it: it says what cop did (circulations, erasures)
      System.setProperty(COPS_OWN_LOGGING, "info");
    }
    StartUpAhead.start(args);
    System.exit(commandLine(new Cop(), args).execute(args));
  }

  /**
   * Names the distribution's logging provider, slf4j-simple, when nothing else is named and it is
   * there: SLF4J otherwise looks through every jar of the distribution for providers the first time
   * anything logs. SLF4J's note that it loads the named one is left out; its warnings are not.
   */
  static void namedLoggingProvider() {
    if (System.getProperty(LOGGING_PROVIDER) != null) {
      return;
    }
    try {
      Class.forName(SIMPLE_PROVIDER, false, Cop.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return; // another distribution, with another provider: SLF4J finds it
    }
    System.setProperty(LOGGING_PROVIDER, SIMPLE_PROVIDER);
    if (System.getProperty(LOGGING_VERBOSITY) == null) {
      System.setProperty(LOGGING_VERBOSITY, "WARN");
    }
  }

  /**
   * The command line to run {@code args} with. When the first word names a command, only that
   * command's model is built: picocli otherwise reflects over every command (a quarter of a {@code
   * cop validate}'s start-up), and a command's own parsing, help and errors do not depend on its
   * siblings. Anything else ({@code --help}, {@code help}, an unknown word) gets the whole tool.
   *
   * @param cop the tool, must not be {@literal null}
   * @param args what was typed, must not be {@literal null}
   */
  static CommandLine commandLine(Cop cop, String... args) {
    Class<?> named = namedCommand(args);
    CommandLine cli;
    if (named == null) {
      cli = new CommandLine(cop);
    } else {
      // the tool's own --language, which may come before the command's name
      cli =
          new CommandLine(
              CommandSpec.wrapWithoutInspection(cop)
                  .name(NAME)
                  .addOption(
                      OptionSpec.builder(LANGUAGE)
                          .paramLabel("LANGUAGE")
                          .type(String.class)
                          .build()));
      cli.addSubcommand(named);
    }
    // a class and an if, not a method reference and ifPresent: a lambda that links picocli
    // (compiled for Java 5) while the class-data sharing archive is made keeps picocli out of it
    cli.setParameterExceptionHandler(new BadParameters());
    // the help is written while picocli parses, before any command knows its --language
    Optional<ResourceBundle> help = helpLanguage(args).flatMap(ToolText::help);
    if (help.isPresent()) {
      cli.setResourceBundle(help.get());
    }
    // cop --language cy render ... speaks Welsh as cop render --language cy ... does: the language
    // typed anywhere is every command's unless the command is given its own
    Optional<String> language = languageTyped(args);
    if (language.isPresent()) {
      cli.setDefaultValueProvider(new TypedLanguage(language.get()));
    }
    return cli;
  }

  /**
   * The class of the command {@code args} name first, past the tool's own {@code --language};
   * {@literal null} when the first word is no command's name.
   */
  static Class<?> namedCommand(String... args) {
    int i = 0;
    while (i < args.length) {
      if (args[i].equals(LANGUAGE) && i + 1 < args.length) {
        i += 2;
      } else if (args[i].startsWith(LANGUAGE + "=")) {
        i++;
      } else {
        break;
      }
    }
    return i < args.length ? COMMANDS.get(args[i]) : null;
  }

  /**
   * The language {@code --language} names among {@code args} (as {@code --language cy} or {@code
   * --language=cy}, before any {@code --}), for the help; an unknown one is the command's to
   * refuse.
   */
  static Optional<Language> helpLanguage(String... args) {
    return languageTyped(args).flatMap(Language::named);
  }

  /**
   * The word given to the first {@code --language} among {@code args} (before any {@code --}), as
   * typed.
   */
  private static Optional<String> languageTyped(String... args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals(LANGUAGE) && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
      if (args[i].startsWith(LANGUAGE + "=")) {
        return Optional.of(args[i].substring(LANGUAGE.length() + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * The language typed, as the value of every command's {@code --language} that is not given one: a
   * command refuses a language cop does not have as it refuses its own.
   */
  private static final class TypedLanguage implements IDefaultValueProvider {
    private final String typed;

    TypedLanguage(String typed) {
      this.typed = typed;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
      if (argument instanceof OptionSpec option && option.longestName().equals(LANGUAGE)) {
        return typed;
      }
      return null;
    }
  }

  /**
   * picocli's handling of what could not be parsed, with every word typed that is not one of the
   * tool's own kind of words (a name or an email given where an option belongs) left out of the
   * message: the rest (suggestions, usage, exit code) as picocli does it.
   */
  private static final class BadParameters implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      return badParameters(e, args);
    }
  }

  private static int badParameters(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    Language language = helpLanguage(args).orElse(Language.EN);
    ToolText words = ToolText.in(language);
    // in British English, picocli's own words as before; in any other language, the bundle's
    if (e instanceof SaidParameterException said) {
      cli.getErr().println(words.say(said.says()));
    } else if (language == Language.EN) {
      cli.getErr().println(picocliMessage(e, args));
    } else {
      cli.getErr().println(words.say(ParseErrors.says(e)));
    }
    boolean suggested;
    if (language == Language.EN) {
      suggested = UnmatchedArgumentException.printSuggestions(e, cli.getErr());
    } else {
      Optional<ToolText.Says> suggestions = ParseErrors.suggestions(e);
      if (suggestions.isPresent()) {
        cli.getErr().println(words.say(suggestions.get()));
      }
      suggested = suggestions.isPresent();
    }
    if (!suggested) {
      cli.usage(cli.getErr(), cli.getColorScheme());
    }
    CommandSpec spec = cli.getCommandSpec();
    return cli.getExitCodeExceptionMapper() != null
        ? cli.getExitCodeExceptionMapper().getExitCode(e)
        : spec.exitCodeOnInvalidInput();
  }

  /**
   * picocli's own (English) message, with every word typed that is not one of the tool's own kind
   * of words left out.
   */
  private static String picocliMessage(ParameterException e, String[] args) {
    String message = String.valueOf(e.getMessage());
    for (String arg : args) {
      List<String> typedParts = new java.util.ArrayList<>(List.of(arg));
      if (arg.startsWith("--") && arg.contains("=")) {
        typedParts.addAll(List.of(arg.split("=", 2)));
      }
      for (String typed : typedParts) {
        if (!typed.isEmpty()) {
          message = message.replace("'" + typed + "'", Words.typed(typed));
        }
      }
    }
    return message;
  }

  /** Where answers come from. */
  InputStream in() {
    return in;
  }

  /**
   * Whether someone is typing the answers at a terminal: commands that ask for what is missing
   * (such as {@code cop init}) ask only then, and otherwise say what to give.
   */
  boolean atTerminal() {
    return terminal;
  }

  @Override
  public void run() {
    if (!words.isEmpty()) {
      throw new SaidParameterException(
          spec.commandLine(),
          ToolText.says(
              "cop.notACommand",
              Words.says(words.get(0)),
              String.join(", ", spec.subcommands().keySet())));
    }
    if (help) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return;
    }
    throw new SaidParameterException(spec.commandLine(), ToolText.says("cop.sayWhich"));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cop.class.getPackage().getImplementationVersion();
      return new String[] {"cop " + (v == null ? "(development build)" : v)};
    }
  }
}
