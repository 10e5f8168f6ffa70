package org.communityofpractice.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.communityofpractice.core.validation.internal.Refusals;
import org.communityofpractice.core.validation.internal.Refusals.Said;

/**
 * A typed error of the store, with its {@link Reason}. Each names where the fault is — a file, or
 * whatever an {@link ArchiveStore} keeps archives in — and messages name versions, line numbers and
 * JSON paths, never personal data. Two reasons carry more than a message and have their own type:
 * {@link CorruptArchiveException} (the JSON path and the newest good backup) and {@link
 * ArchiveConflictException} (the versions expected and stored).
 *
 * <pre>{@code
 * store.startSession(community.id(), plan).close();  // and then the laptop's battery ran out
 * try {
 *   store.resumeSession(community.id(), plan.id(), DamagedJournalPolicy.STRICT);
 * } catch (StoreException e) {
 *   e.reason(); // JOURNAL_DAMAGED
 *   e.line();   // OptionalInt[17]
 * }
 * }</pre>
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the store refused or failed; nothing was changed for any of them. */
  public enum Reason {
    /**
     * A stored archive cannot be read: {@link CorruptArchiveException} says where and which backup
     * reads.
     */
    ARCHIVE_UNREADABLE,
    /**
     * A save named a version that is no longer the stored one: {@link ArchiveConflictException}
     * names both.
     */
    VERSION_CONFLICT,
    /**
     * A journal is damaged before its last line, so opening it under {@link
     * DamagedJournalPolicy#STRICT} was refused; or one of its events no longer applies to the
     * community's archive when it is replayed. {@link StoreException#line()} gives the line; open a
     * damaged journal with {@link DamagedJournalPolicy#SKIP_DAMAGED_LINES} to keep the rest.
     */
    JOURNAL_DAMAGED,
    /** Another recorder, in this program or another, has the journal open for writing. */
    JOURNAL_IN_USE,
    /** Another circulation, in this program or another, holds the send log. */
    SEND_LOG_IN_USE,
    /**
     * A save refused because the archive given holds people the store's erasure log erased, and
     * their erasure is refused there (they are restricted for a legal claim in that copy): saving
     * it would bring them back. The message counts them and names no one.
     */
    ERASURE_NOT_REPLAYED
  }

  /** Why the store refused or failed. */
  private final Reason reason;

  /** Where the fault is, such as a file's path. */
  private final String location;

  /** The first damaged line of a journal, from 1; 0 when the reason is another. */
  private final int line;

  /** What the message says, kept to say it in another language; lost in a deserialized copy. */
  @SuppressWarnings("serial") // never serialized: a deserialized copy keeps the English message
  private final transient Said said;

  StoreException(Reason reason, String location, Said said) {
    this(reason, location, 0, said);
  }

  private StoreException(Reason reason, String location, int line, Said said) {
    super(Refusals.british().say(said));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.location = Objects.requireNonNull(location, "location");
    this.line = line;
    this.said = said;
  }

  static StoreException journalDamaged(Path file, int line, Said reason) {
    return new StoreException(
        Reason.JOURNAL_DAMAGED,
        file.toString(),
        line,
        Refusals.said("store.journalDamaged", file, line, reason));
  }

  static StoreException journalDoesNotApply(Path file, int line, Said reason) {
    return new StoreException(
        Reason.JOURNAL_DAMAGED,
        file.toString(),
        line,
        Refusals.said("store.journalDoesNotApply", file, line, reason));
  }

  static StoreException journalInUse(Path file) {
    return new StoreException(
        Reason.JOURNAL_IN_USE, file.toString(), Refusals.said("store.journalInUse", file));
  }

  static StoreException sendLogInUse(Path file) {
    return new StoreException(
        Reason.SEND_LOG_IN_USE, file.toString(), Refusals.said("store.sendLogInUse", file));
  }

  static StoreException erasureNotReplayed(String log, int refused) {
    return new StoreException(
        Reason.ERASURE_NOT_REPLAYED, log, Refusals.said("store.erasureNotReplayed", refused, log));
  }

  /**
   * The message in {@code language}: the same files, lines, versions and paths as {@link
   * #getMessage()}, with the words around them — and the reasons cop-core gives, such as what a
   * damaged journal line must hold — in that language. cop-core speaks British English and Welsh;
   * any other language, and a copy read back from Java serialization, is said in British English,
   * so {@code messageIn(Locale.UK)} is {@link #getMessage()}.
   *
   * <pre>{@code
   * import org.communityofpractice.core.community.Community;
   * import org.communityofpractice.core.community.LifeCycleStage;
   * StoredArchive loaded = store.load(community.id()).orElseThrow();
   * Community changed = community.enteringStage(LifeCycleStage.ADJOURNING, LocalDate.of(2019, 3, 1));
   * store.save(changed, loaded.version()); // another writer saves first
   * try {
   *   store.save(changed, loaded.version());
   * } catch (StoreException e) {
   *   System.out.println(e.messageIn(Locale.forLanguageTag("cy")));
   *   // "mae archif y gymuned 'sotcop' yn … ar fersiwn 2, nid ar fersiwn 1 fel y disgwyliai'r
   *   //  cadw: cadwodd rhywun arall yn gyntaf; ni ysgrifennwyd dim"
   * }
   * }</pre>
   *
   * @param language the language to say it in, such as {@code Locale.forLanguageTag("cy")}; must
   *     not be {@literal null}
   * @return the message, never {@literal null}
   */
  public String messageIn(Locale language) {
    Refusals words = Refusals.in(language);
    return said == null || words == Refusals.british() ? getMessage() : words.say(said);
  }

  /** {@return why the store refused or failed; never {@literal null}} */
  public Reason reason() {
    return reason;
  }

  /** {@return where the fault is, such as a file's path; never {@literal null}} */
  public String location() {
    return location;
  }

  /**
   * {@return the first damaged line of a journal, from 1, when the reason is {@link
   * Reason#JOURNAL_DAMAGED}; empty otherwise}
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
