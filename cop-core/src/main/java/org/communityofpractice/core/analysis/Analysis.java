package org.communityofpractice.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.RowSink;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import org.communityofpractice.core.table.internal.TableFiles;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The analysis suite: streaming folds over sessions, from one community or a whole national
 * network, producing tidy {@link Table}s a researcher can load as they are (see {@link
 * AnalysisTables}). Sessions are taken one at a time and let go, so memory grows with the result
 * tables only — a million sessions fit in a modest heap. {@link #stream(Map)} and {@link
 * #export(Stream, Path, TableFormat)} hold no tables at all: rows go to their files as the sessions
 * come, so ten million sessions run in a 2 GiB heap.
 *
 * <p><b>What a fold holds.</b> Rows about one session — scaling, paired movement, attendance,
 * representation — are written as it comes; a session's ratings are held only while its quantiles
 * are worked out. What waits for later sessions is held, and why: each community's register as
 * small arrays and who has come before (one bit a person); for each series (and each question in
 * it) its first and latest figures, the people at its first and latest sessions and each consenting
 * person's latest rating, since the series may take up again at any later session; every action,
 * since a small step at any later session may follow it; and contribution counts per community,
 * stage and kind. Series states beyond the few thousand used most recently, and every action with
 * the small steps that follow one, go to temporary files (deleted when the run finishes) and are
 * joined at the end in blocks of a million actions; what stays on the heap is a map entry per
 * series, with the numbers of its questions' states, to find them. Spilled states hold communities
 * and questions as numbers and small counts in a byte, so that little is written per session.
 *
 * <pre>{@code
 * Analysis analysis = Analysis.builder()
 *     .asOf(Instant.now())                         // when consent is judged
 *     .consentRules(ConsentRules.none().withExpiry(Period.ofYears(2)))
 *     .build();
 * AnalysisTables tables = analysis.run(List.of(community));          // every session of each
 * AnalysisTables big = analysis.run(network.sessions(200));         // or a stream, of any length
 * Analysis.Run run = analysis.start();                                // or push them in
 * run.accept(community, session);
 * AnalysisTables pushed = run.finish();
 * tables.exportCsv(folder.resolve("out"));
 * analysis.export(network.sessions(200), folder.resolve("streamed"), TableFormat.CSV); // held by no table
 * }</pre>
 *
 * <p><b>Who appears where.</b> Counts and statistics take in everyone in the room, and every
 * rating, anonymous ones included. Perspectives, sectors and organisations come from the register,
 * except for people whose processing is restricted (and erased people), who count as "not known".
 * Person-level rows — {@code paired_movement} — hold only people who are not restricted and whose
 * {@code RESEARCH_USE} consent is in force at {@link Builder#asOf(Instant)}; everyone else is never
 * held by the fold at all.
 *
 * <p><b>Lived experience and restriction.</b> The tables are research data, not a publication: they
 * hold exact small counts, so keep them apart from reports (the {@code cop demo} folder writes them
 * only on request, under {@code restricted-research/}). Even so, by default they follow the
 * report's rules for the two things a single row must never give away: the ratings of restricted
 * people are not counted, and the expert-by-experience perspective is not analysed — the {@code
 * expert_by_experience} and {@code lived_experience_present} columns are empty and it adds nothing
 * to the other counts. {@link Builder#withLivedExperience()} analyses it, for a trusted research
 * environment that may hold special-category data; what it writes is restricted research data.
 *
 * <p><b>Order.</b> Each community's sessions must arrive in date order (as {@link
 * Community#sessions()} keeps them); communities may interleave. New and returning members,
 * retention and pairs are judged in that order. A community is known by its id: the first {@code
 * Community} seen with an id supplies the register and consent for all its sessions.
 */
public final class Analysis {
  /**
   * scaling, scaling_movement, paired_movement, attendance, retention, representation, actions,
   * contributions.
   */
  private static final List<Schema> SCHEMAS =
      List.of(
          ScalingFold.SCALING,
          ScalingFold.MOVEMENT,
          ScalingFold.PAIRED,
          AttendanceFold.ATTENDANCE,
          AttendanceFold.RETENTION,
          RepresentationFold.REPRESENTATION,
          ActionsFold.ACTIONS,
          ContributionsFold.CONTRIBUTIONS);

  private final Instant asOf;
  private final ConsentRules consentRules;
  private final boolean livedExperience;
  private final TableFold.Limits limits;

  private Analysis(Builder b) {
    this.limits = b.limits;
    this.asOf = Objects.requireNonNull(b.asOf, "asOf must be set");
    this.consentRules = b.consentRules;
    this.livedExperience = b.livedExperience;
  }

  /**
   * {@return a builder for an analysis, which needs {@link Builder#asOf(Instant)}; never {@literal
   * null}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The analysis as of an instant, with consent that never expires and any notice accepted.
   *
   * @param asOf when research consent is judged, usually the time of the analysis; must not be
   *     {@literal null}
   * @return the analysis, never {@literal null}
   */
  public static Analysis asOf(Instant asOf) {
    return builder().asOf(asOf).build();
  }

  /**
   * {@return a new fold to push sessions into, never {@literal null}; a run is not thread-safe, the
   * analysis is}
   */
  public Run start() {
    return new Run();
  }

  /**
   * Folds over a stream of sessions, consuming it.
   *
   * @param sessions the sessions, each community's in date order; must not be {@literal null}
   * @return the tables, never {@literal null}
   * @throws InvalidValueException when a session starts before its community's previous one
   */
  public AnalysisTables run(Stream<CommunitySession> sessions) {
    Run run = start();
    sessions.forEachOrdered(run::accept);
    return run.finish();
  }

  /**
   * Folds over every session of each community, community by community.
   *
   * @param communities the communities; must not be {@literal null} nor hold {@literal null}
   * @return the tables, never {@literal null}
   */
  public AnalysisTables run(Collection<Community> communities) {
    Run run = start();
    for (Community c : communities) {
      for (Session s : c.sessions()) {
        run.accept(c, s);
      }
    }
    return run.finish();
  }

  /**
   * The schemas of every table, in the order {@link AnalysisTables#all()} gives them: for opening
   * sinks before a {@link #stream(Map)}.
   *
   * @return the schemas, unmodifiable; never {@literal null}
   */
  public static List<Schema> schemas() {
    return SCHEMAS;
  }

  /**
   * Starts a fold that writes each table's rows to its sink as they are produced, holding no table.
   * Rows about one session (scaling, paired movement, attendance, representation) are written as it
   * comes; rows that wait for every session (scaling movement and retention per series, actions,
   * contributions) when the fold finishes. Only the tables named are worked out. The rows, and so
   * what a {@link TableFormat} makes of them, are the same as {@link #run(Stream)}'s tables.
   *
   * <pre>{@code
   * Analysis analysis = Analysis.asOf(Instant.now());
   * Schema scaling = Analysis.schemas().get(0);
   * try (Writer out = Files.newBufferedWriter(folder.resolve("scaling.csv"))) {
   *   Analysis.Streaming fold = analysis.stream(Map.of("scaling", TableFormat.CSV.open(scaling, out)));
   *   for (CommunitySession s : (Iterable<CommunitySession>) network.sessions(200)::iterator) {
   *     fold.accept(s);
   *   }
   *   fold.finish();
   * }
   * }</pre>
   *
   * @param sinks by table name (see {@link #schemas()}), each opened for that table's schema; not
   *     closed by the fold
   * @return the fold, never {@literal null}; not thread-safe
   * @throws IllegalArgumentException naming a table the analysis does not have
   */
  public Streaming stream(Map<String, RowSink> sinks) {
    Map<String, RowSink> given = new LinkedHashMap<>(sinks);
    for (String name : given.keySet()) {
      if (SCHEMAS.stream().noneMatch(schema -> schema.name().equals(name))) {
        throw new IllegalArgumentException(
            "the analysis has no table "
                + name
                + "; its tables are "
                + SCHEMAS.stream().map(Schema::name).collect(Collectors.joining(", ")));
      }
    }
    return new Streaming(given);
  }

  /**
   * Folds over a stream of sessions and writes every table and its data dictionary into {@code
   * directory} as the rows come, each table into a file of its own: the same files, byte for byte,
   * as {@code run(sessions).export(directory, format)}, without holding the tables.
   *
   * @param sessions the sessions, each community's in date order; must not be {@literal null}
   * @param directory where to write, created when missing; must not be {@literal null}
   * @param format the file format; must not be {@literal null}
   * @return the files written, in order
   * @throws IOException when a file cannot be written
   * @throws InvalidValueException when a session starts before its community's previous one
   */
  public List<Path> export(Stream<CommunitySession> sessions, Path directory, TableFormat format)
      throws IOException {
    Objects.requireNonNull(format, "format");
    String extension = format.extension();
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    List<Writer> open = new ArrayList<>();
    try {
      Map<String, RowSink> sinks = new LinkedHashMap<>();
      for (Schema schema : SCHEMAS) {
        Path file = directory.resolve(schema.name() + "." + extension);
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        open.add(out);
        sinks.put(schema.name(), format.open(schema, out));
        written.add(file);
        written.add(directory.resolve(schema.name() + "_dictionary." + extension));
      }
      Streaming fold = stream(sinks);
      for (Iterator<CommunitySession> each = sessions.iterator(); each.hasNext(); ) {
        fold.accept(each.next());
      }
      fold.finish();
    } catch (IOException | RuntimeException | Error e) {
      for (Writer out : open) {
        try {
          out.close();
        } catch (IOException also) {
          e.addSuppressed(also);
        }
      }
      throw e;
    }
    for (Writer out : open) {
      out.close();
    }
    List<Table> dictionaries =
        SCHEMAS.stream().map(Schema::dictionary).collect(Collectors.toList());
    TableFiles.write(List.of(), dictionaries, directory, format);
    return List.copyOf(written);
  }

  /** {@return the instant consent is judged at, never {@literal null}} */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The fold itself, shared by {@link Run} and {@link Streaming}: it indexes each community's
   * people once and hands each session to the folds of the tables asked for.
   */
  private final class Fold {
    private final List<TableFold> folds = new ArrayList<>();
    private final Map<CommunityId, CommunityIndex> communities = new HashMap<>();
    private CommunityIndex last;
    private long sessions;
    private boolean finished;

    Fold(TableFold.Outputs outputs) {
      List<Function<TableFold.Outputs, TableFold>> all =
          List.of(
              o -> new ScalingFold(o, limits),
              o -> new AttendanceFold(o, limits),
              RepresentationFold::new,
              o -> new ActionsFold(o, limits),
              ContributionsFold::new);
      List<List<Schema>> theirs =
          List.of(
              List.of(ScalingFold.SCALING, ScalingFold.MOVEMENT, ScalingFold.PAIRED),
              List.of(AttendanceFold.ATTENDANCE, AttendanceFold.RETENTION),
              List.of(RepresentationFold.REPRESENTATION),
              List.of(ActionsFold.ACTIONS),
              List.of(ContributionsFold.CONTRIBUTIONS));
      for (int i = 0; i < all.size(); i++) {
        if (theirs.get(i).stream().anyMatch(schema -> outputs.apply(schema) != null)) {
          folds.add(all.get(i).apply(outputs));
        }
      }
    }

    void accept(Community community, Session session) {
      if (finished) {
        throw new IllegalStateException("the run is finished");
      }
      CommunityIndex c = last != null && last.community == community ? last : index(community);
      last = c;
      Instant start = session.startsAt().toInstant();
      if (start.isBefore(c.latestStart)) {
        // the session that starts before the one before it, by its id
        throw InvalidValueException.of(
            "sessions", "must arrive in date order within community " + c.id, session.id());
      }
      c.latestStart = start;
      List<PersonId> people = session.attendees();
      int[] attendees = new int[people.size()];
      for (int i = 0; i < attendees.length; i++) {
        attendees[i] = c.index(people.get(i));
      }
      for (TableFold fold : folds) {
        fold.accept(c, session, attendees);
      }
      sessions++;
    }

    private CommunityIndex index(Community community) {
      return communities.computeIfAbsent(
          community.id(),
          id ->
              new CommunityIndex(
                  communities.size(), community, asOf, consentRules, livedExperience));
    }

    void finish() {
      if (finished) {
        throw new IllegalStateException("the run is finished");
      }
      finished = true;
      for (TableFold fold : folds) {
        fold.finish();
      }
    }
  }

  /** One pass of the suite over sessions pushed in one at a time, into tables held in memory. */
  public final class Run {
    private final Map<Schema, Table.Builder> builders = new LinkedHashMap<>();
    private final Fold fold;

    private Run() {
      SCHEMAS.forEach(schema -> builders.put(schema, Table.builder(schema)));
      fold = new Fold(schema -> builders.get(schema)::addRow);
    }

    /**
     * Takes in one session with its community.
     *
     * @param session the session and its community; must not be {@literal null}
     * @throws InvalidValueException when the session starts before the community's previous one
     * @throws IllegalStateException after {@link #finish()}
     */
    public void accept(CommunitySession session) {
      accept(session.community(), session.session());
    }

    /**
     * Takes in one session of a community.
     *
     * @param community the community that held it; must not be {@literal null}
     * @param session the session; must not be {@literal null}
     * @throws InvalidValueException when the session starts before the community's previous one
     * @throws IllegalStateException after {@link #finish()}
     */
    public void accept(Community community, Session session) {
      fold.accept(community, session);
    }

    /** {@return the tables, never {@literal null}; the run takes no more sessions} */
    public AnalysisTables finish() {
      fold.finish();
      List<Table> tables = new ArrayList<>();
      builders.values().forEach(b -> tables.add(b.build()));
      return new AnalysisTables(tables, fold.sessions, fold.communities.size());
    }
  }

  /**
   * One pass over sessions pushed in one at a time, writing rows to sinks as they are produced; see
   * {@link Analysis#stream(Map)}. Not thread-safe.
   */
  public final class Streaming {
    private final Fold fold;
    private final Map<String, RowSink> sinks;

    private Streaming(Map<String, RowSink> sinks) {
      this.sinks = sinks;
      this.fold =
          new Fold(
              schema -> {
                RowSink sink = sinks.get(schema.name());
                return sink == null
                    ? null
                    : cells -> {
                      try {
                        sink.row(cells);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    };
              });
    }

    /**
     * Takes in one session with its community, writing the rows it completes.
     *
     * @param session the session and its community; must not be {@literal null}
     * @throws InvalidValueException when the session starts before the community's previous one
     * @throws IllegalStateException after {@link #finish()}
     * @throws IOException when a sink fails
     */
    public void accept(CommunitySession session) throws IOException {
      accept(session.community(), session.session());
    }

    /**
     * Takes in one session of a community, writing the rows it completes.
     *
     * @param community the community that held it; must not be {@literal null}
     * @param session the session; must not be {@literal null}
     * @throws InvalidValueException when the session starts before the community's previous one
     * @throws IllegalStateException after {@link #finish()}
     * @throws IOException when a sink fails
     */
    public void accept(Community community, Session session) throws IOException {
      try {
        fold.accept(community, session);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /**
     * Writes the rows that wait for every session; the fold takes no more sessions. Sinks are not
     * closed or flushed.
     *
     * @return how many sessions were analysed
     * @throws IOException when a sink fails
     */
    public long finish() throws IOException {
      try {
        fold.finish();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return fold.sessions;
    }

    /**
     * How many rows were written to a table's sink so far.
     *
     * @param table the table's name; must not be {@literal null}
     * @return the number of rows, 0 for a table not asked for
     */
    public long rowCount(String table) {
      RowSink sink = sinks.get(table);
      return sink == null ? 0 : sink.rowCount();
    }
  }

  /** Configures an {@link Analysis}. */
  public static final class Builder {
    private Instant asOf;
    private ConsentRules consentRules = ConsentRules.none();
    private boolean livedExperience;
    private TableFold.Limits limits = TableFold.Limits.DEFAULT;

    private Builder() {}

    /** For tests: spill state past these limits, so that every path is taken on small input. */
    Builder spillPast(TableFold.Limits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Analyses the expert-by-experience perspective too. Lived experience is special-category or
     * criminal-offence data, and the tables then tell, for small rooms, who brings it: use this
     * only in a trusted research environment, and treat what it writes as restricted research data
     * that is never published.
     *
     * @return this builder, never {@literal null}
     */
    public Builder withLivedExperience() {
      this.livedExperience = true;
      return this;
    }

    /**
     * When research consent is judged; required. Use the time of the analysis.
     *
     * @param asOf the instant; must not be {@literal null}
     * @return this builder, never {@literal null}
     */
    public Builder asOf(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * When consent lapses; by default it never expires and any notice will do.
     *
     * @param rules the expiry and current notice; must not be {@literal null}
     * @return this builder, never {@literal null}
     */
    public Builder consentRules(ConsentRules rules) {
      this.consentRules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * {@return the analysis, never {@literal null}}
     *
     * @throws NullPointerException when {@link #asOf(Instant)} was not given
     */
    public Analysis build() {
      return new Analysis(this);
    }
  }
}
