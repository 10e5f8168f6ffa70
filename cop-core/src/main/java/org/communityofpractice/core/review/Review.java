package org.communityofpractice.core.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.internal.GuideText;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Runs the guide's warnings — and a community's own checks — over a community, returning what they
 * notice as {@link Finding}s. A review is immutable and thread-safe once built.
 *
 * <pre>{@code
 * ReviewRule ourOwnRule = () -> "our-own-rule";                  // see ReviewRule
 * Review review = Review.guide()                                  // all of the guide's checks
 *     .language("cy")                                             // what they say, in Welsh
 *     .settings(ReviewSettings.guide().withMaximumPresentation(Duration.ofMinutes(7)))
 *     .without(GuideCheck.NO_USEFULNESS_ROUND)                    // switched off
 *     .with(ourOwnRule)                                           // a check of our own
 *     .build();
 * List<Finding> all = review.review(community, Instant.now());
 * List<Finding> one = review.reviewSession(community, SessionId.of("prison-release-2"), Instant.now());
 * for (Finding f : all) {
 *   System.out.println(f.code() + ": " + f.noticed() + " " + f.tryNext());
 * }
 * }</pre>
 *
 * <p>Findings come in a fixed order: about the community first, then each series in the community's
 * order, then each session in date order; within each, in the order the rules were added.
 */
public final class Review {
  private final List<ReviewRule> rules;
  private final ReviewSettings settings;
  private final GuideText text;

  private Review(List<ReviewRule> rules, ReviewSettings settings, GuideText text) {
    this.rules = List.copyOf(rules);
    this.settings = settings;
    this.text = text;
  }

  /**
   * {@return a builder holding all of the guide's checks with the guide's settings; never {@literal
   * null}}
   */
  public static Builder guide() {
    Builder b = new Builder();
    for (GuideCheck check : GuideCheck.values()) {
      b.with(check.rule());
    }
    return b;
  }

  /** {@return a builder holding no checks at all, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rules run, in order; never {@literal null}} */
  public List<ReviewRule> rules() {
    return rules;
  }

  /** {@return the thresholds the guide's checks use, never {@literal null}} */
  public ReviewSettings settings() {
    return settings;
  }

  /**
   * Reviews the whole community as it stood at {@code asOf}.
   *
   * @param community must not be {@literal null}
   * @param asOf the instant the review is made at; sessions starting before it count as held
   * @return the findings, never {@literal null}
   */
  public List<Finding> review(Community community, Instant asOf) {
    ReviewContext context = new ReviewContext(community, asOf, settings, text);
    List<Finding> findings = new ArrayList<>();
    for (ReviewRule rule : rules) {
      findings.addAll(rule.community(context));
    }
    for (Series series : community.series()) {
      for (ReviewRule rule : rules) {
        findings.addAll(rule.series(series, context));
      }
    }
    for (Session session : community.sessions()) {
      findings.addAll(sessionFindings(session, context));
    }
    return List.copyOf(findings);
  }

  /**
   * Reviews one session of the community.
   *
   * @param community the community; must not be {@literal null}
   * @param session the id of one of its sessions; must not be {@literal null}
   * @param asOf the instant the review is made at; must not be {@literal null}
   * @return the findings about that session, in the order of the rules; never {@literal null}
   * @throws InvalidValueException naming {@code session} when the community has no such session
   */
  public List<Finding> reviewSession(Community community, SessionId session, Instant asOf) {
    Session s =
        community
            .session(session)
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        "session", "must be a session of the community", session));
    return sessionFindings(s, new ReviewContext(community, asOf, settings, text));
  }

  private List<Finding> sessionFindings(Session session, ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ReviewRule rule : rules) {
      findings.addAll(rule.session(session, context));
    }
    return List.copyOf(findings);
  }

  @Override
  public String toString() {
    return "Review{rules=" + rules.stream().map(ReviewRule::code).toList() + "}";
  }

  /** Builds a {@link Review}. */
  public static final class Builder {
    private final Map<String, ReviewRule> rules = new LinkedHashMap<>();
    private ReviewSettings settings = ReviewSettings.guide();
    private GuideText text = GuideText.british();

    private Builder() {}

    /**
     * Adds a rule; its code must not already be taken.
     *
     * @param rule the rule; must not be {@literal null}
     * @return this builder, never {@literal null}
     * @throws InvalidValueException naming {@code rule.code} when the code is not an identifier or
     *     is already taken
     */
    public Builder with(ReviewRule rule) {
      Objects.requireNonNull(rule, "rule");
      String code = Checks.identifier(rule.code(), "rule.code");
      if (rules.containsKey(code)) {
        throw InvalidValueException.of("rule.code", "must be unique within the review", code);
      }
      rules.put(code, rule);
      return this;
    }

    /**
     * Switches one of the guide's checks off.
     *
     * @param check the check; must not be {@literal null}
     * @return this builder, never {@literal null}
     */
    public Builder without(GuideCheck check) {
      return without(check.code());
    }

    /**
     * Switches a rule off by its code; nothing happens when no rule has it.
     *
     * @param code the rule's code; must not be {@literal null}
     * @return this builder, never {@literal null}
     */
    public Builder without(String code) {
      rules.remove(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * The thresholds the guide's checks use; the guide's own by default.
     *
     * @param settings the settings; must not be {@literal null}
     * @return this builder, never {@literal null}
     */
    public Builder settings(ReviewSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * The language the guide's checks say what they noticed in: a BCP 47 tag such as {@code "cy"}
     * (Welsh) or {@code "en-GB"} (the default); British English for a language cop has no words
     * for. A finding's code and evidence are the same in every language.
     *
     * @param tag a BCP 47 language tag; must not be {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code tag} is {@literal null}
     * @throws InvalidValueException if {@code tag} is not a BCP 47 language tag
     */
    public Builder language(String tag) {
      Objects.requireNonNull(tag, "language");
      // bounded first (RFC 5646 4.4.1: 35 characters hold any tag in use), as the report
      // composer's
      if (tag.length() > 35 || !tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
        throw InvalidValueException.of(
            "language", "must be a BCP 47 language tag such as en-GB", tag);
      }
      text = GuideText.of(tag);
      return this;
    }

    /**
     * {@return a review with the rules added, in the order added, and the settings; never {@literal
     * null}}
     */
    public Review build() {
      return new Review(new ArrayList<>(rules.values()), settings, text);
    }
  }
}
