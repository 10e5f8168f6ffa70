package org.communityofpractice.examples.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.validation.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop people import STORE sign-in.csv}: the guide's "prepared attendance list", typed up,
 * into the register. One column per person field and one per consent purpose ({@code yes} grants
 * it; blank or {@code no} records nothing: nothing is assumed), and the notice version people were
 * shown. Every bad cell is reported by line and column, and then nothing is written.
 */
@Command(
    name = "import",
    description =
        "Add the people on a sign-in sheet (CSV) to the register, with the consent each ticked."
            + " Columns: name (needed), email, phone, role, place, organisation, perspectives (separated by ';'),"
            + " sector, joined, id (made up when left out), one column per consent purpose (communications, named,"
            + " quoted, photographed, contact-shared, research: yes or blank) and notice (the privacy notice's"
            + " version, needed when anyone said yes). Every bad cell is reported by line and column, and then nothing"
            + " is written.")
final class PeopleImportCommand extends CopCommand {
  @Parameters(
      index = "0",
      paramLabel = "STORE",
      description = "a community's folder in an archive store, or the store cop init made")
  Path store;

  @Parameters(
      index = "1",
      paramLabel = "SHEET",
      description = "the sign-in sheet, a CSV file with a header line")
  Path sheet;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      required = true,
      description =
          "who typed the sheet up, kept with each consent: the id of someone in the register, or a role such as facilitator")
  String by;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "the day the sheet was signed, such as 2016-03-03 (default: today)")
  LocalDate on;

  /** One problem, by line and column; never the cell's value. */
  private record Problem(long line, Optional<ToolText.Says> column, ToolText.Says message) {
    /** A problem in the column headed {@code column}, or on the whole line when it is empty. */
    Problem(long line, String column, ToolText.Says message) {
      this(
          line,
          column.isEmpty()
              ? Optional.empty()
              : Optional.of(ToolText.says("import.column.named", column)),
          message);
    }

    Problem(long line, ToolText.Says column, ToolText.Says message) {
      this(line, Optional.of(column), message);
    }

    /** The line, the column (if any) and the problem, in the language of {@code words}. */
    String in(ToolText words) {
      return column.isEmpty()
          ? words.format("import.problem", String.valueOf(line), words.say(message))
          : words.format(
              "import.problem.column",
              String.valueOf(line),
              words.say(column.get()),
              words.say(message));
    }
  }

  @Override
  int run() throws IOException {
    Archives.InStore in = Archives.inStore(store);
    Community community = in.community();
    Actor actor = Records.actor(community, by);
    Instant at =
        (on == null ? LocalDate.now(InitCommand.zoneOf(in.store().root())) : on)
            .atStartOfDay(InitCommand.zoneOf(in.store().root()))
            .toInstant();

    List<CsvRecord> records = read();
    if (records.isEmpty()) {
      throw UserError.usage(ToolText.says("import.empty", String.valueOf(sheet)));
    }
    List<Problem> problems = new ArrayList<>();
    Map<Integer, String> fieldColumns = new HashMap<>();
    Map<Integer, ConsentPurpose> purposeColumns = new HashMap<>();
    int noticeColumn = -1;
    List<String> header = records.get(0).getFields();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip().toLowerCase(Locale.ROOT);
      Optional<ConsentPurpose> purpose = Words.purpose(column);
      if (PersonFields.NAMES.contains(column)) {
        fieldColumns.put(i, column);
      } else if (column.equals("notice")) {
        noticeColumn = i;
      } else if (purpose.isPresent() && !purpose.get().isSpecialCategory()) {
        purposeColumns.put(i, purpose.get());
      } else {
        // the column's number, not its heading: a sheet without a header line starts with a person
        problems.add(
            new Problem(
                1,
                ToolText.says("import.column.number", String.valueOf(i + 1)),
                ToolText.says("import.unknownColumn", String.join(", ", PersonFields.NAMES))));
      }
    }
    if (!fieldColumns.containsValue("name")) {
      problems.add(new Problem(1, "", ToolText.says("import.noName")));
    }

    Set<PersonId> taken = new HashSet<>(community.register().ids());
    community.register().tombstones().stream().map(Tombstone::id).forEach(taken::add);
    Set<String> emails = new HashSet<>();
    community
        .register()
        .people()
        .forEach(
            p -> p.contact().email().map(e -> e.toLowerCase(Locale.ROOT)).ifPresent(emails::add));
    List<Person> people = new ArrayList<>();
    ConsentLedger ledger = community.consent();
    Map<ConsentPurpose, Integer> granted = new EnumMap<>(ConsentPurpose.class);
    for (CsvRecord record : records.subList(1, records.size())) {
      long line = record.getStartingLineNumber();
      Map<String, String> fields = new LinkedHashMap<>();
      fieldColumns.forEach((i, name) -> fields.put(name, cell(record, i)));
      PersonId id;
      if (PersonFields.present(fields.get("id"))) {
        try {
          id = PersonId.of(fields.get("id").strip());
        } catch (InvalidValueException e) {
          problems.add(new Problem(line, "id", ToolText.says("import.notAnId")));
          continue;
        }
        if (!taken.add(id)) {
          problems.add(new Problem(line, "id", ToolText.says("import.idTaken")));
          continue;
        }
      } else {
        id = Ids.nextPerson(taken);
        taken.add(id);
      }
      List<PersonFields.Problem> wrong = new ArrayList<>();
      Person person = PersonFields.person(id, fields, null, wrong);
      wrong.forEach(w -> problems.add(new Problem(line, w.field(), w.message())));
      String email = fields.get("email");
      if (PersonFields.present(email) && !emails.add(email.strip().toLowerCase(Locale.ROOT))) {
        problems.add(new Problem(line, "email", ToolText.says("import.emailTaken")));
      }
      List<ConsentPurpose> yes = new ArrayList<>();
      for (Map.Entry<Integer, ConsentPurpose> column : purposeColumns.entrySet()) {
        String tick = cell(record, column.getKey()).strip().toLowerCase(Locale.ROOT);
        switch (tick) {
          case "yes", "y", "x", "true", "1" -> yes.add(column.getValue());
          case "", "no", "n", "false", "0" -> {}
          default ->
              problems.add(
                  new Problem(
                      line,
                      "'" + header.get(column.getKey()).strip() + "'",
                      ToolText.says("import.yesOrNo")));
        }
      }
      String notice = noticeColumn < 0 ? "" : cell(record, noticeColumn).strip();
      NoticeVersion version = null;
      if (!yes.isEmpty()) {
        try {
          version = NoticeVersion.of(notice);
        } catch (InvalidValueException | NullPointerException e) {
          problems.add(new Problem(line, "notice", ToolText.says("import.noticeNeeded")));
        }
      }
      if (person == null || (!yes.isEmpty() && version == null)) {
        continue;
      }
      people.add(person);
      for (ConsentPurpose purpose : yes) {
        ledger =
            ledger.grant(
                ConsentTerms.builder()
                    .person(id)
                    .purpose(purpose)
                    .at(at)
                    .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
                    .notice(version)
                    .recordedBy(actor)
                    .build());
        granted.merge(purpose, 1, Integer::sum);
      }
    }
    if (!problems.isEmpty()) {
      err()
          .println(
              words()
                  .format(
                      "import.nothingImported",
                      String.valueOf(sheet),
                      words().plural("import.problems", problems.size())));
      problems.forEach(p -> err().println("  " + p.in(words())));
      return Cop.FINDINGS_OR_INVALID;
    }
    Community changed =
        Records.build(
            Community.builder()
                .from(community)
                .register(
                    MemberRegister.builder()
                        .from(community.register())
                        .addAllPeople(people)
                        .build())
                .consent(ledger));
    out()
        .println(
            words()
                .format(
                    "import.imported",
                    words().plural("import.people", people.size()),
                    String.valueOf(sheet)));
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (purposeColumns.containsValue(purpose)) {
        out()
            .printf(
                "  %-30s %s%n",
                Words.of(purpose),
                words().format("import.agreed", String.valueOf(granted.getOrDefault(purpose, 0))));
      }
    }
    out()
        .println(
            "  "
                + (people.isEmpty()
                    ? words().get("import.ids.none")
                    : words()
                        .format(
                            "import.ids",
                            people.get(0).id().value(),
                            people.get(people.size() - 1).id().value())));
    Records.save(in, changed, out(), words());
    return Cop.OK;
  }

  private List<CsvRecord> read() throws IOException {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowMissingFields(true)
            .allowExtraFields(true)
            .ofCsvRecord(sheet)) {
      List<CsvRecord> all = new ArrayList<>();
      reader.forEach(all::add);
      return all;
    } catch (NoSuchFileException e) {
      throw UserError.usage(ToolText.says("archive.noSuchFile", String.valueOf(sheet)));
    } catch (CsvParseException e) {
      // the parser's message may quote a cell: say where, not what
      throw UserError.invalid(ToolText.says("import.notCsv", String.valueOf(sheet)));
    } catch (UncheckedIOException e) {
      throw UserError.invalid(
          ToolText.says("import.unreadable", String.valueOf(sheet), FileProblems.describe(e)));
    }
  }

  private static String cell(CsvRecord record, int i) {
    return i < record.getFieldCount() ? record.getField(i) : "";
  }
}
