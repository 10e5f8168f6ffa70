package org.communityofpractice.examples.cli;

import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.examples.text.CoreWords;
import picocli.CommandLine.Option;

/**
 * {@code --suppression-threshold N}: the community's own choice of how small a count is too small
 * to publish, for the commands that write reports. Without it the policy's default holds (cop's own
 * 5, from UK official statistics; see {@link DisclosurePolicy#DEFAULT_SUPPRESSION_THRESHOLD}). The
 * policy itself checks the value, so the command accepts exactly what the API accepts.
 */
final class SuppressionThreshold {
  @Option(
      names = "--suppression-threshold",
      paramLabel = "N",
      description =
          "publish counts below N as \"fewer than N\" and leave such groups out of the lists"
              + " (default "
              + DisclosurePolicy.DEFAULT_SUPPRESSION_THRESHOLD
              + ", cop's own, after UK official statistics; at least 2: a smaller, close-knit community may choose more)")
  Integer threshold;

  /** The threshold given, or the policy's default when none was. */
  int value() {
    return threshold == null ? DisclosurePolicy.DEFAULT_SUPPRESSION_THRESHOLD : threshold;
  }

  /** {@code policy} with the threshold given, or as it is when none was. */
  DisclosurePolicy applyTo(DisclosurePolicy policy) {
    if (threshold == null) {
      return policy;
    }
    try {
      return policy.withSuppressionThreshold(threshold);
    } catch (InvalidValueException e) {
      throw UserError.usage(
          ToolText.says(
              "threshold.invalid", new CoreWords(e::expectationIn), String.valueOf(threshold)));
    }
  }
}
