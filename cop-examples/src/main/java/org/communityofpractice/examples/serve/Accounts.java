package org.communityofpractice.examples.serve;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The accounts that may sign in to {@code cop serve} when it runs with login: each an opaque id
 * (the audit log names only that), a user name, its roles and its password hashed with Argon2id.
 * They are kept in one file beside the store's communities, {@code .cop-serve/accounts}, written
 * whole and moved into place so a crash leaves the old file or the new one. No password is kept,
 * only its hash.
 */
final class Accounts {
  /**
   * Argon2id as OWASP's Password Storage Cheat Sheet recommends at least: 19 MiB of memory, two
   * passes, one lane; a 16-byte random salt and a 32-byte hash. cop's own choice from that sheet.
   */
  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

  private static final int SALT_BYTES = 16;

  /**
   * The shortest password accepted: cop's own choice, above the 8 NIST SP 800-63B asks of a
   * password chosen by its user, since the app may be reachable from a whole network.
   */
  static final int MIN_PASSWORD = 12;

  /** A password longer than this is refused: hashing it would cost nothing more but the memory. */
  static final int MAX_PASSWORD = 256;

  private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

  /**
   * A hash to check against when the user name is unknown, so the answer takes as long either way.
   */
  private static final String DECOY =
      Password.hash("not a password of anyone")
          .addRandomSalt(SALT_BYTES)
          .with(ARGON2ID)
          .getResult();

  private final Path file;
  private final Map<String, Account> byId = new LinkedHashMap<>();

  /**
   * One account.
   *
   * @param id the opaque id the audit log uses, such as {@code a-7hq2mx4k}
   * @param userName what is typed to sign in
   * @param roles what it may do
   * @param hash the password's Argon2id hash, in the PHC string format
   */
  record Account(String id, String userName, Set<Role> roles, String hash) {
    boolean may(Role.Permission permission) {
      return roles.stream().anyMatch(r -> r.may(permission));
    }

    /** The roles in the pages' words, such as "Facilichair, Data protection lead". */
    String roleLabels(Text text) {
      return roles.stream().sorted().map(text::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
      return "Account[" + id + "]";
    }
  }

  private Accounts(Path file) {
    this.file = file;
  }

  /** The accounts kept under the store's root; none when the file does not exist yet. */
  static Accounts in(Path storeRoot) {
    Accounts accounts = new Accounts(storeRoot.resolve(".cop-serve").resolve("accounts"));
    accounts.read();
    return accounts;
  }

  private void read() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException(
              file + ": a line does not have the four fields id, user name, roles, hash");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : f[2].split(",")) {
          roles.add(Role.valueOf(r));
        }
        byId.put(f[0], new Account(f[0], f[1], roles, f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized boolean isEmpty() {
    return byId.isEmpty();
  }

  synchronized List<Account> all() {
    List<Account> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(Account::userName));
    return all;
  }

  synchronized Optional<Account> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A user name as typed, in the form it is kept: trimmed, lower case. */
  static String userName(String typed) {
    return typed.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Adds an account.
   *
   * @throws Forms.Problem when the user name is not of the allowed form or taken, no role is given,
   *     or the password is too short or too long
   */
  synchronized Account add(String typedUserName, Set<Role> roles, String password) {
    String name = userName(typedUserName);
    if (!USER_NAME.matcher(name).matches()) {
      throw new Forms.Problem("problem.userName");
    }
    if (byId.values().stream().anyMatch(a -> a.userName().equals(name))) {
      throw new Forms.Problem("problem.userNameTaken");
    }
    if (roles.isEmpty()) {
      throw new Forms.Problem("problem.noRole");
    }
    checkPassword(password);
    Account account = new Account(Forms.randomId("a-"), name, Set.copyOf(roles), hash(password));
    byId.put(account.id(), account);
    write();
    return account;
  }

  /** Removes an account; refused when it is the last one that may manage accounts. */
  synchronized void remove(String id) {
    Account gone = byId.get(id);
    if (gone == null) {
      throw new Store.NotFound();
    }
    if (gone.may(Role.Permission.ACCOUNTS)
        && byId.values().stream().filter(a -> a.may(Role.Permission.ACCOUNTS)).count() == 1) {
      throw new Forms.Problem("problem.lastFacilichair");
    }
    byId.remove(id);
    write();
  }

  /** Changes an account's password. */
  synchronized void changePassword(String id, String password) {
    Account held = Optional.ofNullable(byId.get(id)).orElseThrow(Store.NotFound::new);
    checkPassword(password);
    byId.put(id, new Account(id, held.userName(), held.roles(), hash(password)));
    write();
  }

  static void checkPassword(String password) {
    if (password.length() < MIN_PASSWORD) {
      throw new Forms.Problem("problem.passwordShort", MIN_PASSWORD);
    }
    if (password.length() > MAX_PASSWORD) {
      throw new Forms.Problem("problem.passwordLong", MAX_PASSWORD);
    }
  }

  /**
   * The account whose user name and password these are; empty when either is wrong (which one is
   * not said).
   */
  Optional<Account> check(String typedUserName, String password) {
    String name = userName(typedUserName);
    Optional<Account> account;
    synchronized (this) {
      account = byId.values().stream().filter(a -> a.userName().equals(name)).findFirst();
    }
    if (password.length() > MAX_PASSWORD) {
      return Optional.empty();
    }
    String hash = account.map(Account::hash).orElse(DECOY);
    boolean right = Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    return right ? account : Optional.empty();
  }

  private static String hash(String password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
  }

  private void write() {
    StringBuilder text =
        new StringBuilder(
            "# cop serve's accounts: id, user name, roles, Argon2id hash of the password\n");
    for (Account a : byId.values()) {
      text.append(a.id())
          .append('\t')
          .append(a.userName())
          .append('\t')
          .append(a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
          .append('\t')
          .append(a.hash())
          .append('\n');
    }
    try {
      Files.createDirectories(file.getParent());
      Path next = file.resolveSibling("accounts.next");
      Files.writeString(next, text, StandardCharsets.UTF_8);
      try {
        // the hashes are for this server's eyes only: readable by its owner alone where the disk
        // allows
        Files.setPosixFilePermissions(
            next, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system (Windows): the folder's own permissions apply
      }
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
