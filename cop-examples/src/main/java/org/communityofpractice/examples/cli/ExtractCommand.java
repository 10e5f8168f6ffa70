package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.analysis.AnalysisTables;
import org.communityofpractice.core.privacy.ResearchExtract;
import org.communityofpractice.core.privacy.StudyKey;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.examples.text.CoreWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop extract}: the de-identified research extract ({@link ResearchExtract}) of one archive
 * or many, for pooling several organisations' data in one study. Person ids become keys made with
 * the study's secret, read from {@code --study-key-file} (or made there once with {@code
 * --new-study-key}); that file is refused anywhere inside the extract's folder, so the secret is
 * never written beside the extract.
 */
@Command(
    name = "extract",
    description =
        "Write the de-identified research extract of one or many archives, for pooling data in"
            + " a study: no register, person ids replaced by keys made with the study's secret key, small"
            + " counts withheld as in reports, a data dictionary per table and notes on what was removed."
            + " The key file is kept apart from the extract.")
final class ExtractCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      arity = "1..*",
      description = "community archives: JSON files or store folders")
  List<Path> archives;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "the folder to write the extract into; created when missing")
  Path dir;

  @Option(
      names = "--study-key-file",
      paramLabel = "FILE",
      required = true,
      description =
          "the study's secret key, as hex digits on one line; kept by the study, never inside --out")
  Path keyFile;

  @Option(
      names = "--new-study-key",
      description =
          "make a new random key and write it to --study-key-file, readable by you only (the file"
              + " must not exist yet): once, when the study starts")
  boolean newKey;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      completionCandidates = AnalyseCommand.Formats.class,
      description = "csv (the default) or jsonl")
  String format;

  @Mixin SuppressionThreshold suppression;

  @Override
  int run() throws IOException {
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw UserError.usage(ToolText.says("table.unknownFormat", Words.says(format)));
    }
    requireApart(keyFile, dir);
    if (newKey && Files.exists(keyFile)) {
      throw alreadyExists(keyFile);
    }
    for (Path archive : archives) {
      Outputs.requireNotAnInput(dir, archive);
    }
    int threshold = suppression.value();
    Analysis.Run run = Analysis.asOf(Instant.now()).start();
    long sessions = AnalyseCommand.fold(archives, run::accept, err(), words());
    AnalysisTables tables = run.finish();
    StudyKey key = newKey ? StudyKey.generate() : readKey(keyFile);
    ResearchExtract extract;
    try {
      extract = ResearchExtract.of(tables, key, threshold);
    } catch (InvalidValueException e) {
      throw UserError.usage(
          ToolText.says(
              "threshold.invalid", new CoreWords(e::expectationIn), String.valueOf(threshold)));
    }
    if (newKey) {
      keep(key, keyFile); // only once all is well: a study's key is made once
    }
    if (format.equals("csv")) {
      extract.exportCsv(dir);
    } else {
      extract.exportJsonLines(dir);
    }
    out()
        .println(
            words()
                .format(
                    "extract.wrote",
                    String.valueOf(sessions),
                    String.valueOf(dir),
                    String.valueOf(extract.tables().size()),
                    format));
    if (newKey) {
      out().println("  " + words().format("extract.newKey", String.valueOf(keyFile)));
    }
    out().println(words().get("extract.notAnonymous"));
    return Cop.OK;
  }

  /**
   * Refuses a key file inside the extract's folder, by any path, so the secret never travels with
   * it.
   */
  private static void requireApart(Path keyFile, Path dir) throws IOException {
    Path key = real(keyFile);
    Path out = real(dir);
    if (key.startsWith(out)) {
      throw UserError.usage(
          ToolText.says("extract.keyInside", String.valueOf(keyFile), String.valueOf(dir)));
    }
  }

  /** The path with every part that exists resolved (links followed), the rest as given. */
  private static Path real(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null
        ? absolute
        : existing.toRealPath().resolve(existing.relativize(absolute));
  }

  private static StudyKey readKey(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw UserError.usage(ToolText.says("extract.noKey", String.valueOf(file)));
    }
    if (Files.size(file) > 1024) {
      throw UserError.invalid(ToolText.says("extract.keyTooLong", String.valueOf(file)));
    }
    String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    try {
      return StudyKey.of(HexFormat.of().parseHex(text));
    } catch (IllegalArgumentException e) {
      // never the file's content: it is the secret
      throw UserError.invalid(
          ToolText.says(
              "extract.notAKey", String.valueOf(file), String.valueOf(2 * StudyKey.MIN_BYTES)));
    }
  }

  private static UserError alreadyExists(Path file) {
    return UserError.usage(ToolText.says("extract.keyExists", String.valueOf(file)));
  }

  /** Writes a new key to {@code file}, which must not exist, readable by its owner only. */
  private static void keep(StudyKey key, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
      throw UserError.usage(
          ToolText.says("extract.noKeyFolder", String.valueOf(absolute.getParent())));
    }
    FileAttribute<?>[] ownerOnly =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    try {
      Files.createFile(file, ownerOnly);
    } catch (FileAlreadyExistsException e) {
      throw alreadyExists(file);
    }
    Files.write(
        file,
        (HexFormat.of().formatHex(key.bytes()) + System.lineSeparator())
            .getBytes(StandardCharsets.US_ASCII),
        StandardOpenOption.TRUNCATE_EXISTING);
  }
}
