package org.communityofpractice.examples;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.community.LifeCycleEntry;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.session.Session;

/**
 * The guide's example community: @SoTCoP in Stoke-on-Trent, with the prison release series ({@link
 * PrisonReleaseSeries}) and the lone-working case study ({@link LoneWorkingCaseStudy}). {@code cop
 * demo} renders it, and writes it as an archive for the other commands to read.
 *
 * <pre>{@code
 * Community sotcop = GuideExample.community();
 * sotcop.sessionsOf(PrisonReleaseSeries.SERIES).size(); // 3
 * }</pre>
 */
public final class GuideExample {
  /** The community's id, and the name of the archive {@code cop demo} writes. */
  public static final CommunityId ID = CommunityId.of("sotcop");

  private GuideExample() {}

  /** Prints what the example community holds. */
  public static void main(String[] args) {
    Community c = community();
    System.out.printf(
        "%s (%s): %d members, %d topics, %d sessions, %d legacy outcomes%n",
        c.name(),
        c.place(),
        c.register().size(),
        c.topics().size(),
        c.sessions().size(),
        c.legacy().size());
  }

  /** Both of the guide's stories in one community; never {@literal null}. */
  public static Community community() {
    List<Session> sessions = new ArrayList<>(PrisonReleaseSeries.sessions());
    sessions.addAll(LoneWorkingCaseStudy.sessions());
    sessions.sort(Community.byStart());
    return builder()
        // the guide asks for regular reviews of the life-cycle stage; its story gives no dates, so
        // these are the example's own: forming at the first session, performing once the series
        // had made its recommendations
        .addLifeCycleHistory(
            LifeCycleEntry.of(LifeCycleStage.FORMING, LocalDate.of(2016, 3, 3)),
            LifeCycleEntry.of(LifeCycleStage.PERFORMING, LocalDate.of(2016, 5, 5)))
        .addTopics(PrisonReleaseSeries.topic(), LoneWorkingCaseStudy.topic())
        .addSeries(PrisonReleaseSeries.series(), LoneWorkingCaseStudy.series())
        .addAllSessions(sessions)
        .addAllLegacy(LoneWorkingCaseStudy.legacy())
        .build();
  }

  /** The community with its members, core group and resources, and nothing held yet. */
  static Community.Builder builder() {
    return Community.builder()
        .id(ID)
        .name("@SoTCoP")
        .place("Stoke-on-Trent")
        .focus("The health and social needs of people in Stoke-on-Trent")
        .register(GuideMembers.register())
        .consent(GuideMembers.consent())
        .addCoreGroup(GuideMembers.FACILICHAIR, GuideMembers.EXPERT_CITIZEN, GuideMembers.RECORDER)
        .addResources(
            Resource.of("Stoke-on-Trent Community of Practice guide"),
            Resource.of(
                "Solution focused practice: an introduction",
                URI.create("https://example.org/solution-focused")));
  }
}
