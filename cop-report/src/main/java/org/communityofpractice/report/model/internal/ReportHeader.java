package org.communityofpractice.report.model.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.ResourceLink;

/**
 * The parts every {@link Report} carries — its language, the community's heading, the chair's
 * introduction, who was represented, the community's resources and principles — checked here once
 * for the session, series and impact reports. Each report's constructor makes one and keeps the
 * copies it returns, so a rule for a shared part cannot drift between the three.
 *
 * @param language the BCP 47 tag of the report's language; not blank
 * @param community the community's name; not blank
 * @param place where the community meets; not blank
 * @param introduction the chair's introduction or foreword; empty, or not blank
 * @param representation who was represented
 * @param resources the community's resource list; no element {@literal null}
 * @param principles the community's principles; none blank
 */
public record ReportHeader(
    String language,
    String community,
    String place,
    Optional<String> introduction,
    RepresentationSummary representation,
    List<ResourceLink> resources,
    List<String> principles) {

  /**
   * Checks every part, naming it and never showing its text, and copies the lists.
   *
   * @throws NullPointerException if a part is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a text is blank,
   *     naming the part
   */
  public ReportHeader {
    Require.text(language, "language");
    Require.text(community, "community");
    Require.text(place, "place");
    Require.optionalText(introduction, "introduction");
    Objects.requireNonNull(representation, "representation");
    resources = Require.list(resources, "resources");
    principles = Require.texts(principles, "principles");
  }
}
