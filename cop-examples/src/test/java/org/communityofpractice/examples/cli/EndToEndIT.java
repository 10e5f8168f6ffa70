package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A charity's first community, from the assembled distribution only ({@code bin/cop}, no Maven, no
 * test class path): the demo, a new community, its sign-in sheet with mixed consents, a session
 * captured at the keyboard with a walk-in registered at the door, an action done later, the review
 * and the report.
 */
class EndToEndIT {
  @TempDir Path work;

  @Test
  void aFirstCommunityFromInitToItsReport() throws Exception {
    Installed cop = Installed.in(work);

    CopRun demo = cop.run("demo");
    assertThat(demo.exitCode()).as("%s", demo).isZero();
    assertThat(work.resolve("cop-demo-out/reports")).isDirectory();

    CopRun init =
        cop.run(
            "init",
            "my-cop",
            "--name",
            "@MyCoP",
            "--place",
            "Stoke-on-Trent",
            "--zone",
            "Europe/London");
    assertThat(init.exitCode()).as("%s", init).isZero();

    Files.writeString(
        work.resolve("sign-in.csv"),
        String.join(
            "\n",
            "name,email,role,perspectives,communications,named,quoted,photographed,notice",
            "Sam Example,sam@example.org,Expert Citizen,expert-by-experience,yes,,yes,,2016-1",
            "Alex Example,alex@example.org,Housing Manager,manager,yes,yes,yes,yes,2016-1",
            "Kim Example,,Support Worker,frontline-practitioner,,,,,",
            "Steve Example,steve@example.org,Chair,neutral-expert,yes,yes,,,2016-1",
            ""),
        StandardCharsets.UTF_8);
    CopRun people =
        cop.run(
            "people",
            "import",
            "my-cop",
            "sign-in.csv",
            "--by",
            "facilitator",
            "--on",
            "2016-03-03");
    assertThat(people.exitCode()).as("%s", people).isZero();
    assertThat(people.out()).contains("Imported 4 people").contains("ids p-1 .. p-4");
    // an Expert Citizen's perspective is lived experience: recorded only with explicit consent, in
    // words
    // they confirm, which a tick on a sign-in sheet is not
    CopRun explicit =
        cop.run(
            "consent",
            "grant",
            "my-cop",
            "--person",
            "p-1",
            "--purpose",
            "lived-experience-recorded",
            "--notice",
            "2016-1",
            "--method",
            "form",
            "--by",
            "facilitator",
            "--on",
            "2016-03-03",
            "--wording",
            "I agree that my experience of leaving prison may be recorded");
    assertThat(explicit.exitCode()).as("%s", explicit).isZero();

    assertThat(
            cop.run(
                    "topic",
                    "add",
                    "my-cop",
                    "--id",
                    "prison-release",
                    "--title",
                    "Prison release",
                    "--needs",
                    "expert-by-experience;manager")
                .exitCode())
        .isZero();
    assertThat(
            cop.run(
                    "series",
                    "add",
                    "my-cop",
                    "--id",
                    "pr-2016",
                    "--topic",
                    "prison-release",
                    "--title",
                    "Prison release 2016")
                .exitCode())
        .isZero();

    // the first session's running order, typed at the keyboard, with a walk-in registered at the
    // door: each consent asked in turn, yes to the emails and to being named, no to the rest
    List<String> walkIn =
        new ArrayList<>(
            List.of("walk-in", "Jo Example", "jo@example.org", "Commissioner", "manager", ""));
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      walkIn.add(
          purpose == ConsentPurpose.COMMUNITY_COMMUNICATIONS
                  || purpose == ConsentPurpose.NAMED_IN_REPORTS
              ? "yes"
              : "no");
    }
    CopRun capture =
        cop.withInput(
            String.join(
                "\n",
                "arrived p-1 p-2 p-3",
                String.join("\n", walkIn),
                "next",
                "hope p-1: Hear what helps on release day",
                "next",
                "next",
                "next",
                "present case-study p-1: Release day, as it was",
                "stop",
                "next",
                "say good-practice p-2: A named contact on the day",
                "next",
                "next",
                "scale",
                "rate 6 7 p-1=5",
                "up A checklist for release day",
                "next",
                "action p-2: Draft a release-day checklist",
                "conclude A named contact on the day helps",
                "next",
                "say usefulness Hearing it first hand",
                "finish",
                ""),
            "capture",
            "my-cop",
            "--session",
            "pr-1",
            "--topic",
            "prison-release",
            "--series",
            "pr-2016",
            "--facilitator",
            "p-4",
            "--venue",
            "VOICES, Federation House",
            "--starts-at",
            "2016-03-03T10:00");
    assertThat(capture.exitCode()).as("%s", capture).isZero();
    assertThat(capture.out())
        .contains("Finished session pr-1")
        .contains("Registered p-5 with consent to")
        .contains("p-5 marked as arrived");

    CopRun done = cop.run("action", "done", "my-cop", "--action", "pr-1-a1", "--on", "2016-03-20");
    assertThat(done.exitCode()).as("%s", done).isZero();

    CopRun review = cop.run("review", "my-cop");
    assertThat(review.exitCode()).as("nothing in it needs acting on: %s", review).isZero();
    assertThat(review.out()).contains("0 important");
    CopRun walkedIn = cop.run("subject", "find", "my-cop", "--email", "jo@example.org");
    assertThat(walkedIn.exitCode()).as("%s", walkedIn).isZero();
    assertThat(walkedIn.out()).contains("p-5");

    CopRun render =
        cop.run("render", "my-cop", "--session", "pr-1", "--format", "html", "--out", "pr-1.html");
    assertThat(render.exitCode()).as("%s", render).isZero();
    String html = Files.readString(work.resolve("pr-1.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Prison release")
        .contains("A named contact on the day helps")
        .as("Sam did not agree to be named")
        .doesNotContain("Sam Example")
        .as("and no email address reaches a report")
        .doesNotContain("@example.org");
  }
}
