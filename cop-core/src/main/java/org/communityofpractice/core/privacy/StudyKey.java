package org.communityofpractice.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The secret one study holds to turn person ids into keys for its {@link ResearchExtract}: the same
 * person gets the same key throughout the study, and without the secret a key cannot be turned back
 * into an id nor matched with another study's key for the same person. Keep it with the study,
 * never beside an extract. {@link #toString()} never shows it.
 *
 * <pre>{@code
 * Path keyFileOutsideTheExtract = folder.resolve("study.key");
 * StudyKey key = StudyKey.generate();                 // once per study
 * Files.write(keyFileOutsideTheExtract, key.bytes()); // the study keeps it
 * StudyKey again = StudyKey.of(Files.readAllBytes(keyFileOutsideTheExtract));
 * }</pre>
 */
public final class StudyKey {
  /** The fewest bytes a key may have: 128 bits. */
  public static final int MIN_BYTES = 16;

  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] secret;

  private StudyKey(byte[] secret) {
    this.secret = secret;
  }

  /** {@return a new random key of 32 bytes, never {@literal null}} */
  public static StudyKey generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return new StudyKey(secret);
  }

  /**
   * A key the study kept.
   *
   * @param secret the key's bytes, copied; must not be {@literal null}
   * @return the key, never {@literal null}
   * @throws InvalidValueException naming {@code key} when it has fewer than {@value #MIN_BYTES}
   *     bytes
   */
  public static StudyKey of(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_BYTES) {
      throw InvalidValueException.of(
          "key", "must have at least " + MIN_BYTES + " bytes", secret.length + " bytes");
    }
    return new StudyKey(secret.clone());
  }

  /** {@return the secret, a copy for the study to keep; never {@literal null}} */
  public byte[] bytes() {
    return secret.clone();
  }

  /** The key of one person of one community: 32 hex digits of HMAC-SHA-256, prefixed "k-". */
  String personKey(String community, String person) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal((community + "\n" + person).getBytes(StandardCharsets.UTF_8));
      return "k-" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "StudyKey{secret withheld}";
  }
}
